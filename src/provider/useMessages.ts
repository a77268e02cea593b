import { useMemo } from 'react';
import { useAttune } from './context';
import { mergeMessages, type AttuneMessages, type DeepPartial } from './messages';

/**
 * One widget's strings: its English defaults, then the provider's `messages`, then the
 * widget's own `messages` prop, each overriding the one before.
 */
export function useMessages<K extends keyof AttuneMessages>(
  namespace: K,
  defaults: AttuneMessages[K],
  local?: DeepPartial<AttuneMessages[K]>,
): AttuneMessages[K] {
  const { messages } = useAttune();
  const fromProvider = messages?.[namespace] as DeepPartial<AttuneMessages[K]> | undefined;
  return useMemo(() => mergeMessages(defaults, fromProvider, local), [defaults, fromProvider, local]);
}
