import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function whose identity never changes but which always calls the latest `callback`,
 * so effects and timers can depend on it without restarting. (React 18 has no useEffectEvent.)
 */
export function useStableCallback<Args extends unknown[], Result>(
  callback: ((...args: Args) => Result) | undefined,
): (...args: Args) => Result | undefined {
  const ref = useRef(callback);
  useInsertionEffect(() => {
    ref.current = callback;
  });
  return useCallback((...args: Args) => ref.current?.(...args), []);
}
