import { useCallback, type Ref } from 'react';

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/**
 * One callback ref that hands the element to both refs: the host's forwarded one and the
 * widget's own. Stable while they are, so React does not call it anew on every render.
 */
export function useComposedRefs<T>(host: Ref<T> | undefined, own: Ref<T> | undefined) {
  return useCallback(
    (element: T | null) => {
      setRef(host, element);
      setRef(own, element);
    },
    [host, own],
  );
}
