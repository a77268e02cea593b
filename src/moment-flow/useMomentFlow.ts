import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect';
import type { Moment } from '../shared/moment';
import { useStableCallback } from '../shared/useStableCallback';
import {
  momentFlowReducer,
  momentToSave,
  startMoment,
  type MomentFlowAction,
  type MomentFlowOptions,
  type MomentFlowState,
  type MomentStep,
  type Noticed,
  type SettleStep,
} from './flow';

export interface UseMomentFlowOptions extends MomentFlowOptions {
  /** A pattern the host already knows: the flow then starts at the choice. */
  noticed?: Partial<Noticed>;
  /** Called once when the flow ends, finished or left, with everything entered. */
  onEnd?: (result: MomentFlowResult) => void;
  /** Called as each step begins. */
  onStepChange?: (step: MomentStep) => void;
  /** The pattern saved when the person skipped naming one but entered something else. */
  unnamedPattern?: string;
}

export interface MomentFlowResult {
  how: 'completed' | 'exited';
  /** The whole moment, or `null` when nothing at all was entered. */
  moment: Moment | null;
}

export interface UseMomentFlowResult {
  state: MomentFlowState;
  step: MomentStep;
  moment: MomentFlowState['moment'];
  /** Any step can go back to where the person came from. */
  canGoBack: boolean;
  notice: (noticed: Noticed) => void;
  /** Goes on from the choice; `intensity` (before choosing) and `intensityAfter` are 0–10. */
  choose: (path: string, intensityAfter?: number, intensity?: number) => void;
  observed: (script: NonNullable<Moment['script']>) => void;
  breathed: (breath: NonNullable<Moment['breath']>) => void;
  grounded: (grounding: NonNullable<Moment['grounding']>) => void;
  /** Swaps breathing for grounding or back, on either of those steps. */
  switchTo: (step: SettleStep) => void;
  note: (note: string) => void;
  skip: () => void;
  back: () => void;
  /** Ends the flow; `draft` is what the notice step holds but was not yet submitted. */
  exit: (draft?: Partial<Noticed>) => void;
  /** Keeps the notice step's unsubmitted answers, so leaving never drops them. */
  setDraft: (draft: Partial<Noticed> | undefined) => void;
}

/**
 * The headless MomentFlow: the order of the steps and everything entered, for teams that
 * draw their own layout. `onEnd` fires once, with the moment to save; unmounting before the
 * end counts as leaving through the gentle exit when anything was entered.
 */
export function useMomentFlow(options: UseMomentFlowOptions = {}): UseMomentFlowResult {
  const { omit, observeAfter, settle, noticed, unnamedPattern = 'Something I noticed' } = options;
  const flowOptions = useMemo(() => ({ omit, observeAfter, settle }), [omit, observeAfter, settle]);
  const [state, setState] = useState(() => startMoment(new Date(), noticed));
  const onEnd = useStableCallback(options.onEnd);
  const onStepChange = useStableCallback(options.onStepChange);

  // The next state is computed here, in the event, rather than in a reducer React may
  // replay: so onEnd and onStepChange fire exactly once, even in StrictMode.
  const latest = useRef(state);
  const draft = useRef<Partial<Noticed> | undefined>(undefined);
  const dispatch = useCallback(
    (action: MomentFlowAction) => {
      const before = latest.current;
      const after = momentFlowReducer(before, action, flowOptions);
      if (after === before) return;
      latest.current = after;
      setState(after);
      if (after.step !== before.step) onStepChange(after.step);
      if (after.ended && !before.ended) {
        onEnd({ how: after.ended, moment: momentToSave(after, unnamedPattern) });
      }
    },
    [flowOptions, onEnd, onStepChange, unnamedPattern],
  );

  // Leaving before the end, by any means (a dialog closed with Escape, a route change), counts
  // as the gentle exit: what was entered is handed to onEnd, never dropped.
  const dispatchRef = useRef(dispatch);
  useIsomorphicLayoutEffect(() => {
    dispatchRef.current = dispatch;
  });
  useEffect(
    () => () => {
      const current = momentFlowReducer(latest.current, { type: 'exit', draft: draft.current });
      if (!latest.current.ended && momentToSave(current, unnamedPattern)) {
        dispatchRef.current({ type: 'exit', draft: draft.current });
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on unmount
    [],
  );

  return {
    state,
    step: state.step,
    moment: state.moment,
    canGoBack: state.history.length > 0 && !state.ended,
    notice: (value) => dispatch({ type: 'notice', noticed: value }),
    choose: (path, intensityAfter, intensity) =>
      dispatch({ type: 'choose', path, intensity, intensityAfter }),
    observed: (script) => dispatch({ type: 'observed', script }),
    breathed: (breath) => dispatch({ type: 'breathed', breath }),
    grounded: (grounding) => dispatch({ type: 'grounded', grounding }),
    switchTo: (to) => dispatch({ type: 'switch', to }),
    note: (text) => dispatch({ type: 'note', note: text }),
    skip: () => dispatch({ type: 'skip' }),
    back: () => dispatch({ type: 'back' }),
    exit: (given) => dispatch({ type: 'exit', draft: given ?? draft.current }),
    setDraft: (value) => {
      draft.current = value;
    },
  };
}
