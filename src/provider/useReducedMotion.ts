import { useSyncExternalStore } from 'react';
import { useAttune } from './context';

const query = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const media = window.matchMedia(query);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(query).matches;
}

/**
 * True when movement should be removed: the provider says `always`, or it says `user`
 * (the default) and the operating system asks for reduced motion. Pacing stays either way.
 */
export function useReducedMotion(): boolean {
  const { reducedMotion } = useAttune();
  const userPrefers = useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
  switch (reducedMotion) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'user':
      return userPrefers;
  }
}
