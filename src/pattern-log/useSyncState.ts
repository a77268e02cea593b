import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { PatternLogSyncSource, PatternLogSyncState } from './storage';
import { syncSnapshot } from './syncState';

const serverState = () => undefined;

/**
 * How the storage's replication stands, or undefined for storage that does not sync. Read on
 * the client only: a server render knows nothing of the network, so it shows no sync line.
 */
export function useSyncState(source: PatternLogSyncSource | undefined): PatternLogSyncState | undefined {
  const subscribe = useCallback(
    (listener: () => void) => (source ? source.subscribe(listener) : () => {}),
    [source],
  );
  const getState = useMemo(() => syncSnapshot(source), [source]);
  return useSyncExternalStore(subscribe, getState, serverState);
}
