import { useCallback, useEffect, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';
import { useStableCallback } from './useStableCallback';

export interface UseControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  prop?: T | undefined;
  /** The first value when uncontrolled. */
  defaultProp: T;
  /** Called with every new value, controlled or not. */
  onChange?: (value: T) => void;
  /** The component's name, for the development warning. */
  caller?: string;
}

/**
 * One value that a host may control (`prop` + `onChange`) or leave to the widget
 * (`defaultProp`), with the semantics of Radix's useControllableState. Written here because
 * the Radix package ships its reducer variant and an effect-event shim that bundlers
 * cannot drop: about 1 KB gzip in every entry, for some thirty lines.
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
  caller = 'A component',
}: UseControllableStateOptions<T>): [T, (next: T | ((previous: T) => T)) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultProp);
  const isControlled = prop !== undefined;
  const value = isControlled ? (prop as T) : uncontrolled;
  const notify = useStableCallback(onChange);

  // The latest value and mode, so that two uncontrolled updates in one event build on each
  // other. A controlled request is computed from what the host shows, never from an earlier
  // request the host may have refused.
  const latest = useRef({ value, isControlled });
  useIsomorphicLayoutEffect(() => {
    latest.current = { value, isControlled };
  });

  const wasControlled = useRef(isControlled);
  useEffect(() => {
    // Written out, not a helper: bundlers fold it away, warning and all, in production.
    if (process.env.NODE_ENV !== 'production' && wasControlled.current !== isControlled) {
      const from = wasControlled.current ? 'controlled' : 'uncontrolled';
      const to = isControlled ? 'controlled' : 'uncontrolled';
      console.warn(`${caller} is changing from ${from} to ${to}. Keep one for the component's lifetime.`);
    }
    wasControlled.current = isControlled;
  }, [isControlled, caller]);

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      const current = latest.current.value;
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(current) : next;
      if (Object.is(resolved, current)) return;
      if (!latest.current.isControlled) {
        latest.current = { ...latest.current, value: resolved };
        setUncontrolled(resolved);
      }
      notify(resolved);
    },
    [notify],
  );

  return [value, setValue];
}
