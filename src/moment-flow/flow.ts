import type { Moment, NoticedWhen } from '../shared/moment';

/**
 * The steps of a whole moment, in order. `observe` (the compassionate script) follows only
 * a compassion path; `breathe` and `ground` are two ways to settle, offered side by side
 * (one is shown, the other a button away); every step can be skipped; nothing entered is
 * ever dropped.
 */
export type MomentStep = 'notice' | 'choose' | 'observe' | 'breathe' | 'ground' | 'done';

export const momentSteps: readonly MomentStep[] = [
  'notice',
  'choose',
  'observe',
  'breathe',
  'ground',
  'done',
];

/** The steps that settle the body: the person does one of them, whichever helps. */
export type SettleStep = 'breathe' | 'ground';
const isSettleStep = (step: MomentStep): step is SettleStep => step === 'breathe' || step === 'ground';

export interface Noticed {
  pattern: string;
  body?: string[];
  when?: NoticedWhen;
  intensity?: number;
  /** Anything the person wants to remember, in their own words; optional. */
  note?: string;
}

export interface MomentFlowState {
  step: MomentStep;
  /** Everything entered so far; `at` is set when the flow starts. */
  moment: Partial<Moment> & { at: string };
  /** Steps visited, oldest first, so Back returns where the person came from. */
  history: MomentStep[];
  /** Why the flow ended: finished, or left through the gentle exit. */
  ended?: 'completed' | 'exited';
}

export type MomentFlowAction =
  | { type: 'notice'; noticed: Noticed }
  | { type: 'choose'; path: string; intensity?: number; intensityAfter?: number }
  | { type: 'observed'; script: NonNullable<Moment['script']> }
  | { type: 'breathed'; breath: NonNullable<Moment['breath']> }
  | { type: 'grounded'; grounding: NonNullable<Moment['grounding']> }
  /** From one way of settling to the other: breathing ↔ grounding. */
  | { type: 'switch'; to: SettleStep }
  | { type: 'note'; note: string }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'exit'; draft?: Partial<Noticed> };

export interface MomentFlowOptions {
  /** Steps to leave out entirely, e.g. `['breathe']`. `notice` and `done` always stay. */
  omit?: ReadonlyArray<Exclude<MomentStep, 'notice' | 'done'>>;
  /** Paths after which the compassionate script is offered. @default ['compassion'] */
  observeAfter?: readonly string[];
  /**
   * Which way of settling the step shows: `breathe` (BreathPacer) or `ground` (Grounding).
   * The other is offered next to it, a button away, unless it is in `omit`; putting this
   * one in `omit` leaves settling out. @default 'breathe'
   */
  settle?: SettleStep;
}

export function startMoment(at: Date, initial?: Partial<Noticed>): MomentFlowState {
  const moment: MomentFlowState['moment'] = { at: at.toISOString(), ...initial };
  return {
    step: initial?.pattern ? 'choose' : 'notice',
    moment,
    history: initial?.pattern ? ['notice'] : [],
  };
}

/** The step that follows `step`, given what has been entered and what is left out. */
export function nextStep(state: MomentFlowState, options: MomentFlowOptions = {}): MomentStep {
  const omitted = new Set<MomentStep>(options.omit ?? []);
  const observeAfter = options.observeAfter ?? ['compassion'];
  // One way of settling is enough: after either, the moment is done.
  if (isSettleStep(state.step)) return 'done';
  const preferred = options.settle ?? 'breathe';
  const order = momentSteps.slice(momentSteps.indexOf(state.step) + 1);
  for (const step of order) {
    if (omitted.has(step)) continue;
    if (step === 'observe' && !observeAfter.includes(state.moment.path ?? '')) continue;
    // Settling shows `settle`'s step; leaving that one out leaves settling out, as before grounding.
    if (isSettleStep(step)) {
      if (omitted.has(preferred)) continue;
      return preferred;
    }
    return step;
  }
  return 'done';
}

/** The other way of settling offered next to `step`, unless the host left it out. */
export function otherSettleStep(step: MomentStep, options: MomentFlowOptions = {}): SettleStep | null {
  if (!isSettleStep(step)) return null;
  const other = step === 'breathe' ? 'ground' : 'breathe';
  return options.omit?.includes(other) ? null : other;
}

/**
 * The flow once `step` shows, however it got there (the person's move or the host's choice):
 * Back leads to the step shown before, and arriving back at that step steps back through the
 * history rather than adding to it. Arriving at `done` completes the flow.
 */
export function arriveAt(state: MomentFlowState, step: MomentStep): MomentFlowState {
  if (step === state.step) return state;
  const history = state.history.at(-1) === step ? state.history.slice(0, -1) : [...state.history, state.step];
  const ended = state.ended ?? (step === 'done' ? 'completed' : undefined);
  return { ...state, step, history, ...(ended && { ended }) };
}

/** Why the flow cannot be at a step: see `stepProblem`. */
export type MomentStepProblem = 'unknown' | 'omitted' | 'no-path' | 'completed';

/**
 * Why the flow cannot be at `step`, or `null` when it can: a name that is no step, a step the
 * host left out in `omit`, the script without a path it follows, or any step but `done` once
 * the flow has completed.
 */
export function stepProblem(
  step: unknown,
  state: MomentFlowState,
  options: MomentFlowOptions = {},
): MomentStepProblem | null {
  if (!(momentSteps as readonly unknown[]).includes(step)) return 'unknown';
  if ((options.omit as readonly unknown[] | undefined)?.includes(step)) return 'omitted';
  const observeAfter = options.observeAfter ?? ['compassion'];
  if (step === 'observe' && !observeAfter.includes(state.moment.path ?? '')) return 'no-path';
  if (state.ended === 'completed' && step !== 'done') return 'completed';
  return null;
}

/** The problem in a sentence for a developer; only development builds carry it. */
export function describeStepProblem(
  problem: MomentStepProblem,
  step: unknown,
  options: MomentFlowOptions = {},
): string {
  const shown = JSON.stringify(step) ?? String(step);
  switch (problem) {
    case 'unknown':
      return `${shown} is not a step; the steps are ${momentSteps.join(', ')}.`;
    case 'omitted':
      return `${shown} is left out by \`omit\`.`;
    case 'no-path':
      return `${shown} follows only a path in \`observeAfter\` (${(options.observeAfter ?? ['compassion']).join(', ')}), and none was chosen.`;
    case 'completed':
      return `${shown}: the flow has completed, so it stays at "done".`;
  }
}

function advance(state: MomentFlowState, moment: MomentFlowState['moment'], options: MomentFlowOptions) {
  return arriveAt({ ...state, moment }, nextStep({ ...state, moment }, options));
}

/** The flow's reducer: pure, so every path through a moment can be tested without React. */
export function momentFlowReducer(
  state: MomentFlowState,
  action: MomentFlowAction,
  options: MomentFlowOptions = {},
): MomentFlowState {
  if (state.ended) return state;
  switch (action.type) {
    case 'notice':
      return advance(state, { ...state.moment, ...action.noticed }, options);
    case 'choose': {
      const moment = { ...state.moment, path: action.path };
      if (action.intensity !== undefined) moment.intensity = action.intensity;
      if (action.intensityAfter !== undefined) moment.intensityAfter = action.intensityAfter;
      return advance(state, moment, options);
    }
    case 'observed':
      return advance(state, { ...state.moment, script: action.script }, options);
    case 'breathed':
      return advance(state, { ...state.moment, breath: action.breath }, options);
    case 'grounded':
      return advance(state, { ...state.moment, grounding: action.grounding }, options);
    case 'switch':
      if (otherSettleStep(state.step, options) !== action.to) return state;
      return arriveAt(state, action.to);
    case 'note':
      return { ...state, moment: { ...state.moment, note: action.note } };
    case 'skip':
      return advance(state, state.moment, options);
    case 'back': {
      const previous = state.history.at(-1);
      return previous ? arriveAt(state, previous) : state;
    }
    case 'exit':
      // What was picked on the notice step but not yet submitted counts as entered too.
      return { ...state, moment: { ...action.draft, ...state.moment }, ended: 'exited' };
  }
}

/**
 * The record to save: the moment as entered, or `null` when nothing at all was entered.
 * When the person skipped naming the pattern but did something else, `unnamedPattern`
 * stands in for it, so that what they did is not lost.
 */
export function momentToSave(state: MomentFlowState, unnamedPattern: string): Moment | null {
  const { at, pattern, ...rest } = state.moment;
  if (pattern) return { ...state.moment, pattern };
  if (Object.keys(rest).length === 0) return null;
  return { at, pattern: unnamedPattern, ...rest };
}
