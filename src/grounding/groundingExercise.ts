/**
 * The Grounding exercise as data: which steps a variant has, what the person wrote at each,
 * and the result handed to the host. Logic only: no React, no DOM, nothing stored.
 */

/** `senses` is 5-4-3-2-1 (see, hear, touch, smell, taste); `orienting` names here and now. */
export type GroundingVariant = 'senses' | 'orienting';

export type GroundingSenseId = 'see' | 'hear' | 'touch' | 'smell' | 'taste';
export type GroundingOrientingId = 'place' | 'date' | 'time' | 'hold';
export type GroundingStepId = GroundingSenseId | GroundingOrientingId;

export interface GroundingStep {
  id: GroundingStepId;
  /** How many things the step invites (an invitation, never a quota): one answer field each. */
  count: number;
}

export const groundingVariants: readonly GroundingVariant[] = ['senses', 'orienting'];

const variantSteps: Record<GroundingVariant, readonly GroundingStep[]> = {
  senses: [
    { id: 'see', count: 5 },
    { id: 'hear', count: 4 },
    { id: 'touch', count: 3 },
    { id: 'smell', count: 2 },
    { id: 'taste', count: 1 },
  ],
  orienting: [
    { id: 'place', count: 1 },
    { id: 'date', count: 1 },
    { id: 'time', count: 1 },
    { id: 'hold', count: 1 },
  ],
};

/**
 * The steps of a variant, without those in `omit` (a sense someone knows they cannot use).
 * A variant never ends up empty: omitting every step leaves them all in.
 */
export function groundingSteps(
  variant: GroundingVariant,
  omit: readonly GroundingStepId[] = [],
): readonly GroundingStep[] {
  const all = variantSteps[variant];
  const kept = all.filter((step) => !omit.includes(step.id));
  return kept.length > 0 ? kept : all;
}

/** A step index the steps can show: whole, from 0 to the last step. */
export function clampStep(step: number, total: number): number {
  const whole = Number.isFinite(step) ? Math.trunc(step) : 0;
  return Math.min(Math.max(0, whole), Math.max(0, total - 1));
}

/** How the person left a step: moved on from it, or chose to skip it. */
export type GroundingMark = 'noticed' | 'skipped';

/** What the person has written and done so far, by step id. Held in memory only. */
export interface GroundingRecord {
  answers: Readonly<Partial<Record<GroundingStepId, readonly string[]>>>;
  marks: Readonly<Partial<Record<GroundingStepId, GroundingMark>>>;
}

export const emptyGroundingRecord: GroundingRecord = { answers: {}, marks: {} };

/** The answer fields of a step, as typed: always `step.count` strings. */
export function answersFor(record: GroundingRecord, step: GroundingStep): string[] {
  const typed = record.answers[step.id] ?? [];
  return Array.from({ length: step.count }, (_, slot) => typed[slot] ?? '');
}

/** The record with one answer field changed; a slot the step does not have changes nothing. */
export function withAnswer(
  record: GroundingRecord,
  step: GroundingStep,
  slot: number,
  text: string,
): GroundingRecord {
  if (!Number.isInteger(slot) || slot < 0 || slot >= step.count) return record;
  const answers = answersFor(record, step);
  answers[slot] = text;
  return { ...record, answers: { ...record.answers, [step.id]: answers } };
}

export function withMark(record: GroundingRecord, id: GroundingStepId, mark: GroundingMark): GroundingRecord {
  return { ...record, marks: { ...record.marks, [id]: mark } };
}

/** `not-reached`: the person has not moved on from this step (yet). */
export type GroundingStepState = GroundingMark | 'not-reached';

export interface GroundingStepResult {
  id: GroundingStepId;
  state: GroundingStepState;
  /** What the person wrote, trimmed, empty fields left out. Often empty, and that is fine. */
  answers: string[];
}

/**
 * What the host receives in `onStepChange`, `onComplete` and `onExit`. The widget keeps
 * none of it: it is the host's to store or, as by default, to let go.
 */
export interface GroundingResult {
  variant: GroundingVariant;
  /** True once the person has moved on from the last step. */
  completed: boolean;
  /** ISO 8601 times: when the exercise began and when this result was made. */
  startedAt: string;
  at: string;
  steps: GroundingStepResult[];
}

export function groundingResult(
  steps: readonly GroundingStep[],
  record: GroundingRecord,
  details: { variant: GroundingVariant; completed: boolean; startedAt: string; at: string },
): GroundingResult {
  return {
    ...details,
    steps: steps.map((step) => ({
      id: step.id,
      state: record.marks[step.id] ?? 'not-reached',
      answers: answersFor(record, step)
        .map((answer) => answer.trim())
        .filter(Boolean),
    })),
  };
}

/** Where each step stands, for a progress row: skipped and noticed steps look the same. */
export type GroundingProgress = 'past' | 'current' | 'ahead';

export function progressOf(total: number, index: number, complete: boolean): GroundingProgress[] {
  return Array.from({ length: total }, (_, i) =>
    complete || i < index ? 'past' : i === index ? 'current' : 'ahead',
  );
}
