/** When a pattern was noticed, relative to the moment it played out. Noticing earlier is progress. */
export type NoticedWhen = 'before' | 'during' | 'after';

/**
 * One whole moment of noticing: the record that ties the four widgets together and that
 * PatternLog stores. It is an open shape: hosts may add fields, and attune-ui keeps them.
 */
export interface Moment {
  /** ISO 8601 time the moment was noticed. */
  at: string;
  /** A pattern id (see `defaultPatternIds`) or any text the person wrote. */
  pattern: string;
  when?: NoticedWhen;
  /** Body areas where it was felt (ids such as `shoulders`, or free text). */
  body?: string[];
  /** How strong it felt, 0–10, when first noticed. */
  intensity?: number;
  /** How strong it felt afterwards, 0–10. */
  intensityAfter?: number;
  /** The ChoicePoint path chosen last, e.g. `compassion`. */
  path?: string;
  /** The ObserverScript that was played. */
  script?: { id: string; completed: boolean; answers?: Record<string, string> };
  /** The breathing that was done. */
  breath?: { pattern: string; cycles: number; durationMs: number; completed: boolean };
  /** The grounding exercise that was done; never the words the person typed in it. */
  grounding?: { variant: string; completed: boolean };
  note?: string;
  [extra: string]: unknown;
}
