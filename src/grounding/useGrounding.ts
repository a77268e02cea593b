import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useControllableState } from '../shared/useControllableState';
import { useStableCallback } from '../shared/useStableCallback';
import {
  answersFor,
  clampStep,
  emptyGroundingRecord,
  groundingResult,
  groundingSteps,
  progressOf,
  withAnswer,
  withMark,
  type GroundingMark,
  type GroundingRecord,
  type GroundingResult,
  type GroundingStep,
  type GroundingStepId,
  type GroundingVariant,
} from './groundingExercise';

export interface UseGroundingOptions {
  /** `senses` (5-4-3-2-1) or `orienting` (where, when, something to hold). @default 'senses' */
  variant?: GroundingVariant;
  /** Steps to leave out, e.g. `['smell']` for a person who has told the app so. */
  omit?: readonly GroundingStepId[];
  /** The current step index (controlled). */
  step?: number;
  /** @default 0 */
  defaultStep?: number;
  /**
   * Called with every new step index, controlled or not, and what the person has done and
   * written so far. The widget stores none of it.
   */
  onStepChange?: (step: number, progress: GroundingResult) => void;
  /** Called when the person moves on from the last step, with everything they wrote. */
  onComplete?: (result: GroundingResult) => void;
}

/**
 * The headless Grounding exercise: the steps of a variant, the person's optional words for
 * each, skipping, going back, and the result. Everything typed lives in React state only
 * and is gone when the component unmounts or starts again.
 */
export function useGrounding(options: UseGroundingOptions = {}) {
  const { variant = 'senses', omit } = options;
  const omitKey = omit?.join() ?? '';
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids, not the array's identity
  const steps = useMemo(() => groundingSteps(variant, omit), [variant, omitKey]);
  const total = steps.length;

  const [record, setRecord] = useState<GroundingRecord>(emptyGroundingRecord);
  const [complete, setComplete] = useState(false);
  // The latest record, so a result made in the same event as a change already holds it.
  const latest = useRef(record);
  const startedAt = useRef<string | null>(null);
  useEffect(() => {
    startedAt.current ??= new Date().toISOString();
  }, []);

  const resultFor = useCallback(
    (completed: boolean) =>
      groundingResult(steps, latest.current, {
        variant,
        completed,
        startedAt: startedAt.current ?? new Date().toISOString(),
        at: new Date().toISOString(),
      }),
    [steps, variant],
  );

  const reportStep = useStableCallback(options.onStepChange);
  const [rawIndex, setIndex] = useControllableState({
    prop: options.step,
    defaultProp: options.defaultStep ?? 0,
    onChange: (next: number) => reportStep(next, resultFor(false)),
    caller: 'Grounding',
  });
  const index = clampStep(rawIndex, total);
  const step = steps[index] as GroundingStep;
  const isLast = index === total - 1;

  const update = useCallback((change: (previous: GroundingRecord) => GroundingRecord) => {
    latest.current = change(latest.current);
    setRecord(latest.current);
  }, []);

  const reportComplete = useStableCallback(options.onComplete);
  const leave: (mark: GroundingMark) => void = useStableCallback((mark: GroundingMark) => {
    if (complete) return;
    update((previous) => withMark(previous, step.id, mark));
    if (!isLast) return setIndex(index + 1);
    setComplete(true);
    reportComplete(resultFor(true));
  });

  const next = useCallback(() => leave('noticed'), [leave]);
  const skip = useCallback(() => leave('skipped'), [leave]);

  const back: () => void = useStableCallback(() => {
    if (complete) return setComplete(false);
    if (index > 0) setIndex(index - 1);
  });

  const restart: () => void = useStableCallback(() => {
    update(() => emptyGroundingRecord);
    setComplete(false);
    startedAt.current = new Date().toISOString();
    setIndex(0);
  });

  const setAnswer = useCallback(
    (slot: number, text: string) => update((previous) => withAnswer(previous, step, slot, text)),
    [step, update],
  );

  return {
    variant,
    steps,
    total,
    index,
    step,
    isFirst: index === 0,
    isLast,
    complete,
    /** The current step's answer fields, as typed: `step.count` strings. */
    answers: answersFor(record, step),
    setAnswer,
    /** Moves on; after the last step, completes. */
    next,
    /** Moves on without this step; after the last step, completes. */
    skip,
    /** Goes a step back; after completing, returns to the last step. */
    back,
    /** Clears every answer and begins again at the first step. */
    restart,
    /** Where each step stands, for a progress row. */
    progress: progressOf(total, index, complete),
    /** What the person has done and written so far (for `onExit`, say). */
    result: useCallback(() => resultFor(complete), [resultFor, complete]),
  };
}

export type GroundingState = ReturnType<typeof useGrounding>;
