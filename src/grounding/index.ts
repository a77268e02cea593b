export { Grounding, type GroundingClassNames, type GroundingProps } from './Grounding';
export { useGrounding, type UseGroundingOptions, type GroundingState } from './useGrounding';
export {
  groundingSteps,
  groundingVariants,
  groundingResult,
  type GroundingVariant,
  type GroundingStep,
  type GroundingStepId,
  type GroundingSenseId,
  type GroundingOrientingId,
  type GroundingMark,
  type GroundingStepState,
  type GroundingStepResult,
  type GroundingResult,
  type GroundingRecord,
} from './groundingExercise';
export { groundingMessages, type GroundingMessages, type GroundingStepMessages } from './messages';
