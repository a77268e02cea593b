import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect';
import type { Moment } from '../shared/moment';
import { listenToPageHidden } from './pageHidden';
import { useControllableState } from '../shared/useControllableState';
import { useStableCallback } from '../shared/useStableCallback';
import {
  arriveAt,
  describeStepProblem,
  momentFlowReducer,
  momentToSave,
  startMoment,
  stepProblem,
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
  /**
   * The step shown (controlled): the flow asks for every move through `onStepChange` and shows
   * exactly this. A step the flow cannot be at (see `defaultStep`) is reported in development
   * with `console.error`, and the flow stays at the last step it could show.
   */
  step?: MomentStep;
  /**
   * The first step (uncontrolled). It must be a step the flow can be at: not in `omit`, and
   * `observe` only after a path in `observeAfter`. @default 'notice', or 'choose' when
   * `noticed` names a pattern
   */
  defaultStep?: MomentStep;
  /**
   * Called with each step the flow asks for: when the person moves on, skips, switches or goes
   * back. Uncontrolled, the step then shows; controlled, the host decides.
   */
  onStepChange?: (step: MomentStep) => void;
  /** The pattern saved when the person skipped naming one but entered something else. */
  unnamedPattern?: string;
  /**
   * The element the flow is drawn in. With it, a flow hidden by `<Activity mode="hidden">`
   * (still on the page, only hidden) is told apart from one unmounted: hiding is not leaving,
   * so nothing ends and the flow goes on where it was when shown again; removed while hidden,
   * it leaves then. Without it, hiding counts as leaving.
   */
  rootRef?: RefObject<Element | null>;
  /**
   * What to keep aside in case the page is closing, where React runs no cleanup. Called when
   * the page is hidden, on `pagehide` (the tab closed, a link followed, a reload) and on
   * `visibilitychange` to hidden (a tab switch too; some phones close a page without
   * `pagehide`), with what leaving would save, or null when the flow holds nothing worth
   * saving (a note typed, kept aside, then erased). The flow does not end, and `onEnd` is not
   * called: the page may come back (from the back/forward cache, or the tab shown again).
   * Called with null, too, when the flow is removed holding nothing to save, so that nothing
   * kept aside earlier outlives the person's choice to leave it. Keep it synchronous: a
   * closing page runs no later task. MomentFlow stashes the moment beside its log
   * (`PatternLogStorage.stash`), and on null lets an earlier stash go.
   */
  onStash?: (moment: Moment | null) => void;
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
 * end counts as leaving through the gentle exit when anything was entered (told one microtask
 * after the unmount, so StrictMode's instant remount is never taken for it). Hiding the flow
 * with `<Activity mode="hidden">` is not leaving when `rootRef` is given: the flow keeps its
 * place and goes on when shown; it leaves if it is unmounted while hidden.
 */
export function useMomentFlow(options: UseMomentFlowOptions = {}): UseMomentFlowResult {
  const { omit, observeAfter, settle, noticed, unnamedPattern = 'Something I noticed', rootRef } = options;
  const flowOptions = useMemo(() => ({ omit, observeAfter, settle }), [omit, observeAfter, settle]);
  // `flow.step` is the last step shown; the step asked for lives in the controllable state.
  const [flow, setFlow] = useState(() => {
    const start = startMoment(new Date(), noticed);
    const first = options.step ?? options.defaultStep;
    if (!first || first === start.step || stepProblem(first, start, flowOptions)) return start;
    return { ...start, step: first, history: [] };
  });
  const onEnd = useStableCallback(options.onEnd);
  const onStash = useStableCallback(options.onStash);
  const [asked, askStep] = useControllableState<MomentStep>({
    prop: options.step,
    defaultProp: flow.step,
    onChange: options.onStepChange,
    caller: 'MomentFlow',
  });
  const problem = stepProblem(asked, flow, flowOptions);
  const step = problem ? flow.step : asked;

  useEffect(() => {
    // Written out, not a helper: bundlers fold it away, message and all, in production.
    if (problem && process.env.NODE_ENV !== 'production') {
      const why = describeStepProblem(problem, asked, flowOptions);
      console.error(`MomentFlow cannot be at step ${why} It stays at "${flow.step}".`);
    }
  }, [problem, asked, flowOptions, flow.step]);

  // The next state is computed here, in the event, rather than in a reducer React may
  // replay: so onEnd and onStepChange fire exactly once, even in StrictMode. What the person
  // entered is kept at once; the move to another step is asked for, and happens when it shows.
  const latest = useRef(flow);
  const draft = useRef<Partial<Noticed> | undefined>(undefined);
  const commit = useCallback(
    (before: MomentFlowState, after: MomentFlowState) => {
      latest.current = after;
      setFlow(after);
      if (after.ended && !before.ended) {
        onEnd({ how: after.ended, moment: momentToSave(after, unnamedPattern) });
      }
    },
    [onEnd, unnamedPattern],
  );
  const dispatch = useCallback(
    (action: MomentFlowAction) => {
      const before = latest.current;
      const after = momentFlowReducer(before, action, flowOptions);
      if (after === before) return;
      if (after.step === before.step) {
        commit(before, after);
        return;
      }
      if (after.moment !== before.moment) commit(before, { ...before, moment: after.moment });
      askStep(after.step);
    },
    [flowOptions, commit, askStep],
  );

  // Whichever way a step comes to show, the person's move or the host's choice, the flow
  // arrives there: Back then leads where the person was, and `done` completes the moment.
  useIsomorphicLayoutEffect(() => {
    const before = latest.current;
    if (step !== before.step) commit(before, arriveAt(before, step));
  }, [step, commit]);

  // Leaving before the end, by any means (a dialog closed with Escape, a route change), counts
  // as the gentle exit: what was entered is handed to onEnd, never dropped. Two cleanups are not
  // leaving: StrictMode's, followed at once by the effect again (so the exit waits a microtask,
  // and only if the flow was not mounted again), and `<Activity mode="hidden">`'s, which keeps
  // the flow's element on the page: then the flow waits, and leaves only if that element is
  // taken off the page before it is shown again (React runs no cleanup for that).
  const dispatchRef = useRef(dispatch);
  useIsomorphicLayoutEffect(() => {
    dispatchRef.current = dispatch;
  });
  // The page hidden (closed, or only out of sight) is not leaving either: the flow goes on, and
  // the host is told what leaving would save, to keep it where a closing page can (`onStash`).
  // The flow listens for as long as it can come back: through StrictMode's cleanup and while
  // hidden by `<Activity>` (a closing page with a hidden flow still keeps it), until it leaves.
  const mounted = useRef(false);
  const hiddenWatch = useRef<MutationObserver | null>(null);
  const stopPageWatch = useRef<(() => void) | null>(null);
  useEffect(() => {
    mounted.current = true;
    hiddenWatch.current?.disconnect();
    hiddenWatch.current = null;
    const root = rootRef?.current;
    /** What leaving now would save (the notice step's unsent answers too), or null. */
    const exit = (): [MomentFlowAction, Moment | null] => {
      const action: MomentFlowAction = { type: 'exit', draft: draft.current };
      return [action, momentToSave(momentFlowReducer(latest.current, action), unnamedPattern)];
    };
    stopPageWatch.current ??= listenToPageHidden(() => {
      if (latest.current.ended) return;
      onStash(exit()[1]);
    });
    const leave = () => {
      stopPageWatch.current?.();
      stopPageWatch.current = null;
      if (latest.current.ended) return;
      const [action, moment] = exit();
      if (moment) dispatchRef.current(action);
      else onStash(null);
    };
    return () => {
      mounted.current = false;
      queueMicrotask(() => {
        if (mounted.current) return;
        if (!root?.isConnected) return leave();
        const watch = new MutationObserver(() => {
          if (root.isConnected) return;
          watch.disconnect();
          leave();
        });
        // The element's own tree (a shadow root, perhaps), and the page that holds that tree.
        for (const tree of new Set([root.getRootNode(), root.ownerDocument])) {
          watch.observe(tree, { childList: true, subtree: true });
        }
        hiddenWatch.current = watch;
      });
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on unmount
  }, []);

  return {
    state: step === flow.step ? flow : { ...flow, step },
    step,
    moment: flow.moment,
    canGoBack: flow.history.length > 0 && !flow.ended,
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
