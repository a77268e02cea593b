import type { PatternLogSyncSource, PatternLogSyncState } from '../storage';
import { isRecord } from '../../shared/isRecord';

/** The sync state as a store `useSyncExternalStore` can read; `set` ignores a state equal to the last. */
export function syncStateStore(initial: PatternLogSyncState) {
  let state = initial;
  const listeners = new Set<() => void>();
  const source: PatternLogSyncSource = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    source,
    get: () => state,
    set(next: PatternLogSyncState) {
      if (next.status === state.status && next.status !== 'error' && next.status !== 'synced') return;
      state = next;
      listeners.forEach((listener) => listener());
    },
  };
}

const statusOf = (error: unknown) =>
  isRecord(error) && typeof error.status === 'number' ? error.status : undefined;

/** Whether an error only means the server can't be reached now (PouchDB retries those). */
export function isNetworkError(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status === 0 || status >= 500 || status === 408;
}

/** Why replication stopped, in words a person (or the app's support) can act on. */
export function reasonOf(error: unknown): string {
  const status = statusOf(error);
  if (status === 401 || status === 403)
    return 'The sync server did not accept this device. Signing in again may help.';
  if (status === 404) return 'The sync server has no place for this log yet.';
  if (status === 413) return 'An entry is too large for the sync server.';
  const message = isRecord(error) && typeof error.message === 'string' ? error.message : '';
  // PatternLog words it as "Syncing has paused: <reason>", so the reason names only the cause.
  return message ? `the sync server said “${message}”` : 'the sync server did not say why';
}
