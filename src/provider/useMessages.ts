import { useMemo } from 'react';
import { useAttune } from './context';
import { mergeMessages, type DeepPartial } from './messages';

/**
 * One widget's strings: its English defaults, then the provider's `messages[namespace]`, then
 * the widget's own `messages` prop, each overriding the one before. The widget owns the shape
 * (`defaults`); the provider knows only namespaces, so it imports no widget.
 */
export function useMessages<Messages>(
  namespace: string,
  defaults: Messages,
  // The shape comes from the defaults alone, never from a partial override.
  local?: NoInfer<DeepPartial<Messages>>,
): Messages {
  const { messages } = useAttune();
  const fromProvider = messages?.[namespace] as DeepPartial<Messages> | undefined;
  return useMemo(() => mergeMessages(defaults, fromProvider, local), [defaults, fromProvider, local]);
}
