export {
  MomentFlow,
  type MomentFlowClassNames,
  type MomentFlowProps,
  type MomentSaveStatus,
} from './MomentFlow';
export {
  MomentFlowDialog,
  type MomentFlowDialogClassNames,
  type MomentFlowDialogProps,
} from './MomentFlowDialog';
export {
  useMomentFlow,
  type UseMomentFlowOptions,
  type UseMomentFlowResult,
  type MomentFlowResult,
} from './useMomentFlow';
export {
  momentFlowReducer,
  momentToSave,
  nextStep as nextMomentStep,
  otherSettleStep,
  startMoment,
  momentSteps,
  type MomentStep,
  type MomentFlowState,
  type MomentFlowAction,
  type MomentFlowOptions,
  type Noticed,
  type SettleStep,
} from './flow';
export { appendMoment, type AppendMomentOptions } from './appendMoment';
export { momentFlowMessages, type MomentFlowMessages } from './messages';
