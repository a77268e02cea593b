export { MomentFlow, type MomentFlowProps, type MomentSaveStatus } from './MomentFlow';
export { MomentFlowDialog, type MomentFlowDialogProps } from './MomentFlowDialog';
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
  startMoment,
  momentSteps,
  type MomentStep,
  type MomentFlowState,
  type MomentFlowAction,
  type MomentFlowOptions,
  type Noticed,
} from './flow';
export { appendMoment, type AppendMomentOptions } from './appendMoment';
export { momentFlowMessages, type MomentFlowMessages } from './messages';
