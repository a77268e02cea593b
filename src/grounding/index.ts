export { Grounding, type GroundingProps } from './Grounding';
export { useGrounding, type UseGroundingOptions, type GroundingState } from './useGrounding';
export {
  groundingSteps,
  groundingVariants,
  type GroundingVariant,
  type GroundingStep,
  type GroundingStepId,
  type GroundingSenseId,
  type GroundingOrientingId,
  type GroundingMark,
  type GroundingProgress,
  type GroundingStepState,
  type GroundingStepResult,
  type GroundingResult,
  type GroundingRecord,
} from './groundingExercise';
export { groundingMessages, type GroundingMessages, type GroundingStepMessages } from './messages';
// Types every widget's props use, so this entry alone can name them.
export type { WidgetStyleProps } from '../shared/widget';
export type { DeepPartial } from '../provider/messages';
