import { isRecord } from '../shared/isRecord';

/**
 * The breath clock: pure functions from a pattern and an elapsed running time to the
 * phase of the breath. No React, no DOM, no timers. Everything is whole milliseconds, so
 * phase boundaries land exactly on the sums of the phase lengths and nothing can drift.
 */

/** One part of a breath. */
export type BreathPhase = 'inhale' | 'hold' | 'exhale' | 'rest';

export const breathPhases: readonly BreathPhase[] = ['inhale', 'hold', 'exhale', 'rest'];

/** One step of a pattern: a phase and how long it lasts. */
export interface BreathStep {
  phase: BreathPhase;
  /** Length in seconds, rounded to the nearest half second; 0 skips the step. At most 30. */
  seconds: number;
}

/** A custom breathing pattern: the steps of one breath, repeated. */
export interface BreathPattern {
  phases: readonly BreathStep[];
}

/** A pattern given as a rate: one inhale and one longer exhale per breath. */
export interface BreathRate {
  breathsPerMinute: number;
}

export type BreathPresetName = 'gentle' | 'box' | '4-7-8' | 'coherent' | 'sigh' | 'extended-exhale';

/** Anything the `pattern` prop accepts. */
export type BreathPatternInput = BreathPresetName | BreathPattern | BreathRate;

const step = (phase: BreathPhase, seconds: number): BreathStep => ({ phase, seconds });

/** The built-in patterns. Only `box` and `4-7-8` hold the breath; the default has no hold. */
export const breathPresets: Readonly<Record<BreathPresetName, BreathPattern>> = {
  gentle: { phases: [step('inhale', 4), step('exhale', 6)] },
  box: { phases: [step('inhale', 4), step('hold', 4), step('exhale', 4), step('hold', 4)] },
  '4-7-8': { phases: [step('inhale', 4), step('hold', 7), step('exhale', 8)] },
  coherent: { phases: [step('inhale', 5.5), step('exhale', 5.5)] },
  sigh: { phases: [step('inhale', 2), step('inhale', 1), step('exhale', 6)] },
  'extended-exhale': { phases: [step('inhale', 4), step('exhale', 8)] },
};

export const maxPhaseSeconds = 30;
const stepMs = 500;

/**
 * A problem with the input, named by the field it is in (e.g. `pattern.phases[1].seconds`). The
 * message says what would be right where `process.env.NODE_ENV` is not `production`; in a
 * production build, only that the field is not valid.
 */
export interface BreathInputError {
  path: string;
  message: string;
}

/** One step of a checked pattern, in whole milliseconds. */
export interface TimedStep {
  phase: BreathPhase;
  ms: number;
  /** Where the step sits in the pattern's `phases` (zero-length steps are left out). */
  phaseIndex: number;
}

export type PatternResult =
  { ok: true; steps: TimedStep[]; cycleMs: number } | { ok: false; errors: BreathInputError[] };

/** Splits a breathing rate into an inhale (40%) and an exhale (60%), in half seconds. */
export function patternFromRate(breathsPerMinute: number): BreathPattern {
  const cycleSteps = Math.max(2, Math.round(60_000 / breathsPerMinute / stepMs));
  const inhaleSteps = Math.max(1, Math.round(cycleSteps * 0.4));
  return {
    phases: [
      step('inhale', (inhaleSteps * stepMs) / 1000),
      step('exhale', ((cycleSteps - inhaleSteps) * stepMs) / 1000),
    ],
  };
}

/**
 * An input error. Its sentence is for the host's developer: call sites pass it only in
 * development, the condition written out so that bundlers drop the sentence from production
 * builds, where the message names the field and says only that it is not valid.
 */
function inputError(path: string, sentence: string | false): BreathInputError {
  return { path, message: sentence || `${path} is not valid.` };
}

function checkRate(value: unknown, path: string): BreathInputError | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 2 || value > 30) {
    return inputError(
      path,
      process.env.NODE_ENV !== 'production' && `${path} must be a number of breaths per minute from 2 to 30.`,
    );
  }
  return undefined;
}

/**
 * Checks a preset name, a custom pattern or a rate, and turns it into timed steps.
 * Never throws: bad input comes back as errors that name the field.
 */
export function resolvePattern(input: unknown): PatternResult {
  if (typeof input === 'string') {
    if (Object.prototype.hasOwnProperty.call(breathPresets, input))
      return resolvePattern(breathPresets[input as BreathPresetName]);
    const sentence =
      process.env.NODE_ENV !== 'production' &&
      `pattern "${input}" is not a preset. Use one of: ${Object.keys(breathPresets).join(', ')}.`;
    return { ok: false, errors: [inputError('pattern', sentence)] };
  }
  if (isRecord(input) && 'breathsPerMinute' in input) {
    const error = checkRate(input.breathsPerMinute, 'pattern.breathsPerMinute');
    return error
      ? { ok: false, errors: [error] }
      : resolvePattern(patternFromRate(input.breathsPerMinute as number));
  }
  if (!isRecord(input) || !Array.isArray(input.phases) || input.phases.length === 0) {
    const sentence =
      process.env.NODE_ENV !== 'production' && 'pattern.phases must be a list with at least one phase.';
    return { ok: false, errors: [inputError('pattern.phases', sentence)] };
  }
  const errors: BreathInputError[] = [];
  const steps: TimedStep[] = [];
  input.phases.forEach((item: unknown, phaseIndex) => {
    const path = `pattern.phases[${phaseIndex}]`;
    const phase = isRecord(item) ? item.phase : undefined;
    const seconds = isRecord(item) ? item.seconds : undefined;
    if (!breathPhases.includes(phase as BreathPhase)) {
      errors.push(
        inputError(
          `${path}.phase`,
          process.env.NODE_ENV !== 'production' &&
            `${path}.phase must be one of: ${breathPhases.join(', ')}.`,
        ),
      );
    }
    if (
      typeof seconds !== 'number' ||
      !Number.isFinite(seconds) ||
      seconds < 0 ||
      seconds > maxPhaseSeconds
    ) {
      errors.push(
        inputError(
          `${path}.seconds`,
          process.env.NODE_ENV !== 'production' &&
            `${path}.seconds must be a number of seconds from 0 to ${maxPhaseSeconds}.`,
        ),
      );
      return;
    }
    const ms = Math.round((seconds * 1000) / stepMs) * stepMs;
    if (ms > 0) steps.push({ phase: phase as BreathPhase, ms, phaseIndex });
  });
  if (errors.length > 0) return { ok: false, errors };
  if (steps.length === 0) {
    const sentence =
      process.env.NODE_ENV !== 'production' && 'pattern.phases must last longer than zero seconds in total.';
    return { ok: false, errors: [inputError('pattern.phases', sentence)] };
  }
  return { ok: true, steps, cycleMs: steps.reduce((sum, s) => sum + s.ms, 0) };
}

/** Begin at a faster rate and ease to the pattern's own pace over a few breaths. */
export interface BreathSlowing {
  /** The rate of the first breath. */
  fromBreathsPerMinute: number;
  /** How many breaths the easing takes (1–60). */
  cycles: number;
}

/** How a session is bounded and started. Fields left out mean: none. */
export interface BreathSessionOptions {
  /** Whole breaths in the session. */
  cycles?: number;
  /** Minimum length in seconds; the session ends at the end of the breath that reaches it. */
  duration?: number;
  /** Seconds of countdown before the first breath (whole seconds, up to 10). */
  leadIn?: number;
  slowFrom?: BreathSlowing;
}

/** Where in the breathing the session is at one moment. */
export interface BreathPosition {
  phase: BreathPhase;
  /** Index in the pattern's `phases`. */
  phaseIndex: number;
  /** The breath, counting from 1. */
  cycle: number;
  /** Breathing time (after the lead-in) at which this phase began and ends. */
  phaseStartMs: number;
  phaseEndMs: number;
  /** How far through the phase, 0 to 1. */
  progress: number;
}

/** The whole session at one moment: the lead-in, a breath, or the end. */
export type SessionPosition =
  | { stage: 'lead-in'; secondsLeft: number; nextChangeInMs: number }
  | ({ stage: 'breathing'; nextChangeInMs: number } & BreathPosition)
  | ({ stage: 'complete'; nextChangeInMs: number } & BreathPosition);

export interface BreathClock {
  steps: readonly TimedStep[];
  /** Length of one breath at the pattern's own pace. */
  cycleMs: number;
  leadInMs: number;
  /** Breaths in the session, or `Infinity` when it has no end. */
  totalCycles: number;
  /** Breathing time of the whole session (lead-in excluded), or `Infinity`. */
  totalMs: number;
  /** The phase at `elapsedMs` of breathing time (lead-in excluded). */
  positionAt: (elapsedMs: number) => BreathPosition;
  /** The session at `elapsedMs` of running time (lead-in included). */
  sessionAt: (elapsedMs: number) => SessionPosition;
  /** Breathing time at which breath `cycle` (from 1) starts. */
  cycleStartMs: (cycle: number) => number;
}

/** Checks the session options; bad fields come back as errors and are left out of `options`. */
export function checkSessionOptions(input: BreathSessionOptions): {
  options: BreathSessionOptions;
  errors: BreathInputError[];
} {
  const errors: BreathInputError[] = [];
  const options: BreathSessionOptions = {};
  const whole = (value: unknown, min: number, max: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
  if (input.cycles !== undefined) {
    if (whole(input.cycles, 1, 10_000)) options.cycles = input.cycles;
    else {
      const sentence =
        process.env.NODE_ENV !== 'production' && 'cycles must be a whole number of breaths from 1 to 10000.';
      errors.push(inputError('cycles', sentence));
    }
  }
  if (input.duration !== undefined) {
    const d = input.duration;
    if (typeof d === 'number' && Number.isFinite(d) && d > 0 && d <= 86_400) options.duration = d;
    else {
      const sentence =
        process.env.NODE_ENV !== 'production' && 'duration must be a number of seconds above 0.';
      errors.push(inputError('duration', sentence));
    }
  }
  if (input.leadIn !== undefined) {
    if (whole(input.leadIn, 0, 10)) options.leadIn = input.leadIn;
    else {
      const sentence =
        process.env.NODE_ENV !== 'production' && 'leadIn must be a whole number of seconds from 0 to 10.';
      errors.push(inputError('leadIn', sentence));
    }
  }
  if (input.slowFrom !== undefined) {
    const rateError = checkRate(input.slowFrom.fromBreathsPerMinute, 'slowFrom.fromBreathsPerMinute');
    if (rateError) errors.push(rateError);
    else if (!whole(input.slowFrom.cycles, 1, 60)) {
      const sentence =
        process.env.NODE_ENV !== 'production' && 'slowFrom.cycles must be a whole number from 1 to 60.';
      errors.push(inputError('slowFrom.cycles', sentence));
    } else options.slowFrom = input.slowFrom;
  }
  return { options, errors };
}

/**
 * Builds the clock for checked steps and options. With `slowFrom`, breath k of the first
 * `cycles` is stretched linearly from the starting rate towards the pattern's own length.
 */
export function createBreathClock(
  steps: readonly TimedStep[],
  options: BreathSessionOptions = {},
): BreathClock {
  const cycleMs = steps.reduce((sum, s) => sum + s.ms, 0);
  const ramp: number[][] = [];
  if (options.slowFrom) {
    const firstMs = 60_000 / options.slowFrom.fromBreathsPerMinute;
    const n = options.slowFrom.cycles;
    for (let k = 0; k < n; k++) {
      const factor = (firstMs + ((cycleMs - firstMs) * k) / n) / cycleMs;
      ramp.push(steps.map((s) => Math.max(1, Math.round(s.ms * factor))));
    }
  }
  const rampStarts = [0];
  for (const lengths of ramp)
    rampStarts.push(rampStarts[rampStarts.length - 1]! + lengths.reduce((a, b) => a + b, 0));
  const rampEndMs = rampStarts[ramp.length]!;

  const cycleStartMs = (cycle: number) =>
    cycle - 1 <= ramp.length ? rampStarts[cycle - 1]! : rampEndMs + (cycle - 1 - ramp.length) * cycleMs;

  let totalCycles = Infinity;
  if (options.cycles !== undefined) totalCycles = options.cycles;
  if (options.duration !== undefined) {
    const target = options.duration * 1000;
    let n = 1;
    while (n <= ramp.length && cycleStartMs(n + 1) < target) n++;
    if (n > ramp.length) n = ramp.length + Math.max(1, Math.ceil((target - rampEndMs) / cycleMs));
    totalCycles = Math.min(totalCycles, n);
  }
  const totalMs = Number.isFinite(totalCycles) ? cycleStartMs(totalCycles + 1) : Infinity;
  const leadInMs = (options.leadIn ?? 0) * 1000;

  function positionAt(elapsedMs: number): BreathPosition {
    const t = Math.min(Math.max(0, elapsedMs), totalMs - 1);
    let cycle: number;
    if (t < rampEndMs) {
      cycle = 1;
      while (rampStarts[cycle]! <= t) cycle++;
    } else {
      cycle = ramp.length + 1 + Math.floor((t - rampEndMs) / cycleMs);
    }
    const lengths = ramp[cycle - 1] ?? steps.map((s) => s.ms);
    let start = cycleStartMs(cycle);
    let i = 0;
    while (i < lengths.length - 1 && start + lengths[i]! <= t) start += lengths[i++]!;
    const end = start + lengths[i]!;
    const s = steps[i]!;
    const progress = elapsedMs >= totalMs ? 1 : (t - start) / (end - start);
    return {
      phase: s.phase,
      phaseIndex: s.phaseIndex,
      cycle,
      phaseStartMs: start,
      phaseEndMs: end,
      progress,
    };
  }

  function sessionAt(elapsedMs: number): SessionPosition {
    const breathing = elapsedMs - leadInMs;
    if (breathing < 0) {
      const secondsLeft = Math.ceil(-breathing / 1000);
      return { stage: 'lead-in', secondsLeft, nextChangeInMs: -breathing - (secondsLeft - 1) * 1000 };
    }
    const position = positionAt(breathing);
    if (breathing >= totalMs) return { stage: 'complete', nextChangeInMs: Infinity, ...position };
    return { stage: 'breathing', nextChangeInMs: position.phaseEndMs - breathing, ...position };
  }

  return { steps, cycleMs, leadInMs, totalCycles, totalMs, positionAt, sessionAt, cycleStartMs };
}

/**
 * Running time that survives pauses: the time banked before the last start, plus the time
 * since. Immutable, so a schedule of starts and pauses can be replayed in a test.
 */
export interface Stopwatch {
  bankedMs: number;
  /** When the current run began (a `performance.now()` reading), or null while paused. */
  since: number | null;
}

export const idleStopwatch: Stopwatch = { bankedMs: 0, since: null };

export function startStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.since === null ? { bankedMs: watch.bankedMs, since: now } : watch;
}

export function pauseStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.since === null ? watch : { bankedMs: elapsedOf(watch, now), since: null };
}

export function elapsedOf(watch: Stopwatch, now: number): number {
  return watch.since === null ? watch.bankedMs : watch.bankedMs + Math.max(0, now - watch.since);
}

/**
 * How full the breath is (0 empty, 1 full) at the start and end of each step, for a visual
 * to draw: inhales fill (a first inhale of two fills most of the way), exhales empty, holds
 * and rests keep the level. The level before the first step is the level after the last.
 */
export function breathLevels(steps: readonly TimedStep[]): Array<[from: number, to: number]> {
  const ends: number[] = [];
  let level = 0;
  // Two rounds, so that a hold at the start knows the level the previous breath left.
  for (let round = 0; round < 2; round++) {
    steps.forEach((s, i) => {
      const next = steps[(i + 1) % steps.length]!;
      if (s.phase === 'inhale') level = next.phase === 'inhale' && steps.length > 1 ? 0.75 : 1;
      else if (s.phase === 'exhale') level = 0;
      ends[i] = level;
    });
  }
  return steps.map((_, i) => [ends[(i + ends.length - 1) % ends.length]!, ends[i]!]);
}
