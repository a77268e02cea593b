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
// The defaults as data and the bridge to a log. Validation, the choice's constructor and the
// way-back lookup stay private: the component and the hook run them and report to `onError`.
export {
  defaultWayBack,
  choiceToMoment,
  type ChoicePath,
  type Choice,
  type ChoicePointProblem,
  type ChoicePointError,
} from './choicePaths';
export type { DialogOpenProps, DialogSurfaceProps } from '../provider/DialogSurface';
export type { Moment, NoticedWhen } from '../shared/moment';
export {
  choicePointMessages,
  defaultPathIds,
  type ChoicePointMessages,
  type ChoicePathMessages,
  type DefaultPathId,
} from './messages';
// Types every widget's props use, so this entry alone can name them.
export type { WidgetStyleProps } from '../shared/widget';
export type { DeepPartial } from '../provider/messages';
