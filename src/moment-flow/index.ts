export { MomentFlow, type MomentFlowProps, type MomentSaveStatus } from './MomentFlow';
export { MomentFlowDialog, type MomentFlowDialogProps } from './MomentFlowDialog';
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
export { momentFlowMessages, type MomentFlowMessages } from './messages';
