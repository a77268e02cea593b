import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';

export interface GentleExit {
  /** True while the support offer stands in for the widget (exit pressed, no `onExit`). */
  offering: boolean;
  /** The exit button's handler: pauses, then tells the host or shows the offer. */
  exit: () => void;
  /** Back from the offer to the widget, focus back on the exit button. */
  comeBack: () => void;
  exitRef: RefObject<HTMLButtonElement | null>;
  /** For the wrapper of the widget's content: hidden, not unmounted, so nothing typed is lost. */
  contentProps: { hidden: boolean; style: CSSProperties };
}

/**
 * The gentle exit every widget shares. With the host's `onExit`, the host decides what comes
 * next. Without it, the widget does something kind itself: it pauses and offers support.
 */
export function useGentleExit(
  onExit: (() => void) | undefined,
  pause?: () => void,
  /** Where focus goes back when the exit button is not there (a nested widget's was pressed). */
  fallbackFocus?: RefObject<HTMLElement | null>,
): GentleExit {
  const [offering, setOffering] = useState(false);
  const exitRef = useRef<HTMLButtonElement | null>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (offering || !returning.current) return;
    returning.current = false;
    (exitRef.current ?? fallbackFocus?.current)?.focus();
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
    exitRef,
    // `display: contents` keeps the wrapper out of the widget's layout; inline, so no CSS can show it while hidden.
    contentProps: { hidden: offering, style: { display: offering ? 'none' : 'contents' } },
  };
}
