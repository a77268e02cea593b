export {
  MomentFlow,
  type MomentFlowClassNames,
  type MomentFlowOwnProps,
  type MomentFlowPart,
  type MomentFlowProps,
  type MomentSaveStatus,
} from './MomentFlow';
export {
  MomentFlowDialog,
  type MomentFlowDialogClassNames,
  type MomentFlowDialogOwnProps,
  type MomentFlowDialogProps,
} from './MomentFlowDialog';
export {
  useMomentFlow,
  type UseMomentFlowOptions,
  type UseMomentFlowResult,
  type MomentFlowResult,
} from './useMomentFlow';
// The step names are public (props and results carry them); the reducer that moves between
// steps is how the hook works, and stays private.
export type {
  MomentStep,
  MomentFlowState,
  MomentFlowAction,
  MomentFlowOptions,
  Noticed,
  SettleStep,
} from './flow';
export { appendMoment, type AppendMomentOptions } from './appendMoment';
// Types MomentFlow's props take from the widgets inside it, so this entry alone can name them.
export type { Moment, NoticedWhen } from '../shared/moment';
export type {
  BreathPattern,
  BreathPhase,
  BreathPatternInput,
  BreathPresetName,
  BreathRate,
  BreathStep,
} from '../breath-pacer/breathClock';
export type { ChoicePath } from '../choice-point/choicePaths';
export type { GroundingVariant } from '../grounding/groundingExercise';
export type { Perspective, Script, ScriptStep, ScriptText, StepKind } from '../observer-script/script';
export type { PatternLogEntry, PatternLogEntryVersion } from '../pattern-log/document';
export type {
  PatternLogStorage,
  PatternLogSyncErrorCode,
  PatternLogSyncSource,
  PatternLogSyncState,
} from '../pattern-log/storage';
export { momentFlowMessages, type MomentFlowMessages } from './messages';
// Types every widget's props use, so this entry alone can name them.
export type { PartClassNames, WidgetProps, WidgetStyleProps } from '../shared/widget';
export type { DialogClassNames, DialogPart } from '../provider/DialogSurface';
export type { DeepPartial } from '../provider/messages';
export type { DialogOpenProps } from '../provider/DialogSurface';
