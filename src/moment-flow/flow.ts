import type { Moment, NoticedWhen } from '../shared/moment';

/**
 * The steps of a whole moment, in order. `observe` (the compassionate script) follows only
 * a compassion path; every step can be skipped; nothing entered is ever dropped.
 */
export type MomentStep = 'notice' | 'choose' | 'observe' | 'breathe' | 'done';

export const momentSteps: readonly MomentStep[] = ['notice', 'choose', 'observe', 'breathe', 'done'];

export interface Noticed {
  pattern: string;
  body?: string[];
  when?: NoticedWhen;
  intensity?: number;
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
  | { type: 'note'; note: string }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'exit'; draft?: Partial<Noticed> };

export interface MomentFlowOptions {
  /** Steps to leave out entirely, e.g. `['breathe']`. `notice` and `done` always stay. */
  omit?: ReadonlyArray<Exclude<MomentStep, 'notice' | 'done'>>;
  /** Paths after which the compassionate script is offered. @default ['compassion'] */
  observeAfter?: readonly string[];
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
  const order = momentSteps.slice(momentSteps.indexOf(state.step) + 1);
  for (const step of order) {
    if (omitted.has(step)) continue;
    if (step === 'observe' && !observeAfter.includes(state.moment.path ?? '')) continue;
    return step;
  }
  return 'done';
}

function advance(state: MomentFlowState, moment: MomentFlowState['moment'], options: MomentFlowOptions) {
  const step = nextStep({ ...state, moment }, options);
  return {
    step,
    moment,
    history: [...state.history, state.step],
    ended: step === 'done' ? ('completed' as const) : undefined,
  };
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
    case 'note':
      return { ...state, moment: { ...state.moment, note: action.note } };
    case 'skip':
      return advance(state, state.moment, options);
    case 'back': {
      const previous = state.history.at(-1);
      if (!previous) return state;
      return { ...state, step: previous, history: state.history.slice(0, -1) };
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
