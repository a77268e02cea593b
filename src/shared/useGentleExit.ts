import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';

export interface GentleExit {
  /** True while the support offer stands in for the widget (exit pressed, no `onExit`). */
  offering: boolean;
  /** The exit button's handler: pauses, then tells the host or shows the offer. */
  exit: () => void;
  /** Back from the offer to the widget, focus back on the exit button. */
  comeBack: () => void;
}

/**
 * The gentle exit every widget shares. With the host's `onExit`, the host decides what comes
 * next. Without it, the widget does something kind itself: it pauses and offers support.
 * `returnFocus` lists where focus goes back to, first one present wins (the exit button, or
 * a heading when a nested widget's exit was pressed).
 */
export function useGentleExit(
  onExit: (() => void) | undefined,
  pause: (() => void) | undefined,
  returnFocus: ReadonlyArray<RefObject<HTMLElement | null>>,
): GentleExit {
  const [offering, setOffering] = useState(false);
  const returning = useRef(false);
  useEffect(() => {
    if (offering || !returning.current) return;
    returning.current = false;
    returnFocus.find((target) => target.current)?.current?.focus();
    // Only when the offer closes; the refs in the list are stable objects.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [offering]);
  return {
    offering,
    exit: () => {
      pause?.();
      if (onExit) onExit();
      else setOffering(true);
    },
    comeBack: () => {
      returning.current = true;
      setOffering(false);
    },
  };
}

/**
 * For the wrapper of a widget's content while the offer stands in for it: hidden, not
 * unmounted, so nothing typed is lost; `display: contents` otherwise, so the wrapper adds no
 * box to the widget's layout. Inline, so no stylesheet can show it while hidden.
 */
export function hiddenWhile(hidden: boolean): { hidden: boolean; style: CSSProperties } {
  return { hidden, style: { display: hidden ? 'none' : 'contents' } };
}
