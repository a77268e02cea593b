import type { PatternLogSyncErrorCode, PatternLogSyncSource, PatternLogSyncState } from '../storage';
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

/**
 * Why replication stopped: the kind (`code`, which PatternLog words in the person's language),
 * what the server said (`detail`), and an English `reason` for the app's own logs and screens.
 */
export function reasonOf(error: unknown): {
  code: PatternLogSyncErrorCode;
  reason: string;
  detail?: string;
} {
  const status = statusOf(error);
  if (status === 401 || status === 403)
    return {
      code: 'not-accepted',
      reason: 'The sync server did not accept this device. Signing in again may help.',
    };
  if (status === 404)
    return { code: 'no-database', reason: 'The sync server has no place for this log yet.' };
  if (status === 413) return { code: 'too-large', reason: 'An entry is too large for the sync server.' };
  const detail = isRecord(error) && typeof error.message === 'string' ? error.message : '';
  // PatternLog words it as "Syncing has paused: <reason>", so the reason names only the cause.
  return {
    code: 'server',
    detail,
    reason: detail ? `the sync server said “${detail}”` : 'the sync server did not say why',
  };
}

/** The error state for a thrown value. */
export const errorState = (error: unknown): PatternLogSyncState => ({
  status: 'error',
  ...reasonOf(error),
  error,
});
