export { ChoicePoint, type ChoicePointProps } from './ChoicePoint';
export {
  ChoicePointDialog,
  ChoicePointDialogRoot,
  ChoicePointDialogTrigger,
  ChoicePointDialogContent,
  ChoicePointDialogTitle,
  ChoicePointDialogDescription,
  ChoicePointDialogClose,
  type ChoicePointDialogProps,
  type ChoicePointDialogContentProps,
} from './ChoicePointDialog';
export { useChoicePoint, type UseChoicePointOptions, type UseChoicePointResult } from './useChoicePoint';
export {
  defaultPaths,
  defaultWayBack,
  intensityRange,
  validatePaths,
  validateValue,
  describeProblem,
  wayBackFrom,
  createChoice,
  choiceToMoment,
  isIntensity,
  type ChoicePath,
  type Choice,
  type ChoicePointProblem,
  type ChoicePointError,
  type PathsValidation,
} from './choicePaths';
export {
  choicePointMessages,
  defaultPathIds,
  type ChoicePointMessages,
  type ChoicePathMessages,
  type DefaultPathId,
} from './messages';
