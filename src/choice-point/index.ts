export { ChoicePoint, type ChoicePointClassNames, type ChoicePointProps } from './ChoicePoint';
export {
  ChoicePointDialog,
  ChoicePointDialogRoot,
  ChoicePointDialogTrigger,
  ChoicePointDialogContent,
  ChoicePointDialogTitle,
  ChoicePointDialogDescription,
  ChoicePointDialogClose,
  type ChoicePointDialogClassNames,
  type ChoicePointDialogProps,
  type ChoicePointDialogContentProps,
} from './ChoicePointDialog';
export { useChoicePoint, type UseChoicePointOptions, type UseChoicePointResult } from './useChoicePoint';
export {
  defaultPathIds,
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
  type DefaultPathId,
  type ChoicePath,
  type Choice,
  type ChoicePointProblem,
  type ChoicePointError,
  type PathsValidation,
} from './choicePaths';
export { choicePointMessages, type ChoicePointMessages, type ChoicePathMessages } from './messages';
