export { BreathPacer, type BreathPacerProps } from './BreathPacer';
export {
  useBreathPacer,
  type BreathPacerApi,
  type BreathPacerSnapshot,
  type BreathPacerStage,
  type BreathPacerStatus,
  type BreathPhaseEvent,
  type BreathSessionSummary,
  type PacerPosition,
  type UseBreathPacerOptions,
} from './useBreathPacer';
// Presets as data, and the check a host's own pattern goes through. Making a clock and its
// stopwatches stays private: they are how the hook keeps time (its result shows `clock`).
export {
  breathPresets,
  patternFromRate,
  resolvePattern,
  type BreathClock,
  type BreathInputError,
  type BreathPattern,
  type BreathPatternInput,
  type BreathPhase,
  type BreathPosition,
  type BreathPresetName,
  type BreathRate,
  type BreathSessionOptions,
  type BreathSlowing,
  type BreathStep,
  type PatternResult,
  type SessionPosition,
  type TimedStep,
} from './breathClock';
export type { BreathCues } from './cues';
export { breathPacerMessages, type BreathPacerMessages } from './messages';
// Types every widget's props use, so this entry alone can name them.
export type { WidgetStyleProps } from '../shared/widget';
export type { DeepPartial } from '../provider/messages';
