import { useCallback, useEffect, useInsertionEffect, useRef, type RefCallback } from 'react';
import { calmEase, canAnimate, move, type Motion, type MotionKeyframes } from './motion';

/** How a part of a widget arrives and leaves, with and without movement. */
export interface MotionLook {
  enter: { full: MotionKeyframes; reduced: MotionKeyframes; seconds: number };
  leave: { full: MotionKeyframes; reduced: MotionKeyframes; seconds: number };
  /**
   * `flow`: the part sits in the page's flow (a step), so its leaving copy is laid over the
   * place it had while the next one takes it. `fixed`: the part places itself (a dialog).
   */
  place: 'flow' | 'fixed';
  /** Whether the part moves in when it is there from the widget's first render. */
  enterOnFirstRender?: boolean;
}

/**
 * A step arrives by movement only, so its words have full contrast from the first frame;
 * the one it replaces fades away over it. Reduced motion: a gentle fade, nothing moves.
 */
export const stepLook: MotionLook = {
  enter: {
    full: { transform: ['translateY(0.4rem)', 'translateY(0)'] },
    reduced: { opacity: [0.4, 1] },
    seconds: 0.6,
  },
  leave: {
    full: { opacity: [1, 0], transform: ['translateY(0)', 'translateY(-0.25rem)'] },
    reduced: { opacity: [1, 0] },
    seconds: 0.25,
  },
  place: 'flow',
};

/**
 * Gives a part of a widget an enter and an exit animation (framer-motion), by a ref callback
 * on the element: put it on an element keyed by its step. When React removes the element, a
 * copy of it (inert, hidden from assistive technology, with no ids) stays for the exit and
 * is removed when that ends, so the leaving step animates out after React has moved on:
 * focus, announcements and state belong to the new step from the first moment, as without
 * motion. Where the browser cannot animate (the server, jsdom), it does nothing at all.
 */
export function useStepMotion<T extends HTMLElement>(look: MotionLook, reduced: boolean): RefCallback<T> {
  const settings = useRef({ look, reduced });
  // Before React touches the DOM (and so before it calls the ref), as useStableCallback does.
  useInsertionEffect(() => {
    settings.current = { look, reduced };
  });
  const live = useRef({
    mounted: false,
    shown: null as T | null,
    entering: undefined as Motion | undefined,
    leaving: new Set<{ copy: Element; motion?: Motion }>(),
  });

  useEffect(() => {
    const state = live.current;
    state.mounted = true;
    return () => {
      state.mounted = false;
      state.entering?.cancel();
      state.entering = undefined;
      for (const { copy, motion } of state.leaving) {
        motion?.cancel();
        copy.remove();
      }
      state.leaving.clear();
    };
  }, []);

  // Stable, so React calls it only when the element itself comes or goes.
  return useCallback((element: T | null) => {
    const state = live.current;
    const { look, reduced } = settings.current;
    if (element) {
      state.shown = element;
      if (!state.mounted && !look.enterOnFirstRender) return;
      state.entering = move(element, reduced ? look.enter.reduced : look.enter.full, {
        duration: look.enter.seconds,
        ease: calmEase,
      });
      return;
    }
    const gone = state.shown;
    state.shown = null;
    state.entering?.cancel();
    state.entering = undefined;
    if (gone) leave(gone);

    function leave(node: T) {
      const parent = node.parentNode;
      if (!parent || !canAnimate(node)) return;
      const before = node.nextSibling;
      // Read now, while React is still removing it: where it was, and what it looked like.
      const box = look.place === 'flow' ? node.getBoundingClientRect() : undefined;
      const copy = inertCopy(node);
      // Decided after React's commit: a node that is back (strict mode) or whose widget is
      // gone as a whole (its parent left the page too) gets no exit.
      queueMicrotask(() => {
        if (node.isConnected || !parent.isConnected || !state.mounted) return;
        parent.insertBefore(copy, before?.parentNode === parent ? before : null);
        if (box) layOver(copy, box);
        const leaving: { copy: Element; motion?: Motion } = { copy };
        state.leaving.add(leaving);
        leaving.motion = move(copy, reduced ? look.leave.reduced : look.leave.full, {
          duration: look.leave.seconds,
          ease: calmEase,
        });
        const done = () => {
          copy.remove();
          state.leaving.delete(leaving);
        };
        if (leaving.motion) leaving.motion.then(done, done);
        else done();
      });
    }
  }, []);
}

/** A copy that looks like `node` and is nothing else: no ids, no names, no focus, no events. */
function inertCopy<T extends HTMLElement>(node: T): HTMLElement {
  const copy = node.cloneNode(true) as HTMLElement;
  for (const element of [copy, ...copy.querySelectorAll('[id], [name]')]) {
    element.removeAttribute('id');
    element.removeAttribute('name');
  }
  // Out of the tab order even where `inert` is unknown (older browsers, simulated keyboards).
  for (const element of copy.querySelectorAll('a[href], button, input, select, textarea, [tabindex]'))
    element.setAttribute('tabindex', '-1');
  copy.setAttribute('aria-hidden', 'true');
  copy.setAttribute('inert', '');
  copy.setAttribute('data-leaving', '');
  copy.style.pointerEvents = 'none';
  return copy;
}

/** Lays the copy over the viewport box the original had, out of the page's flow. */
function layOver(copy: HTMLElement, box: DOMRect) {
  Object.assign(copy.style, {
    position: 'absolute',
    top: '0px',
    left: '0px',
    margin: '0',
    boxSizing: 'border-box',
    width: `${box.width}px`,
  });
  const origin = copy.getBoundingClientRect();
  copy.style.top = `${box.top - origin.top}px`;
  copy.style.left = `${box.left - origin.left}px`;
}
