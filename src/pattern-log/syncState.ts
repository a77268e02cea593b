import { isRecord } from '../shared/isRecord';
import type { PatternLogSyncSource, PatternLogSyncState } from './storage';

const statuses: readonly unknown[] = ['synced', 'syncing', 'offline', 'needs-passphrase', 'error'];
const fields = ['status', 'at', 'reason', 'code', 'detail', 'error'] as const;

/**
 * A `getSnapshot` for `useSyncExternalStore`: the source's state, or undefined when there is
 * none or it is not one PatternLog knows (a host's adapter may be newer, or wrong), so an
 * unknown state shows nothing rather than a guess. While the state says the same, the same
 * object comes back, even from an adapter that builds a new one on every read (React would loop).
 */
export function syncSnapshot(
  source: PatternLogSyncSource | undefined,
): () => PatternLogSyncState | undefined {
  let last: PatternLogSyncState | undefined;
  return () => {
    let next: unknown;
    try {
      next = source?.getState();
    } catch {
      next = undefined;
    }
    if (!isRecord(next) || !statuses.includes(next.status)) return (last = undefined);
    const state = next as PatternLogSyncState & Record<string, unknown>;
    if (!last || fields.some((field) => (last as Record<string, unknown>)[field] !== state[field]))
      last = state;
    return last;
  };
}

/**
 * What is worth telling a screen reader, once it has lasted: being offline, needing the
 * passphrase, an error (each reason its own), and being synced again after one of those.
 * `syncing` is never said: it comes and goes with every change.
 */
export function syncAnnouncementKey(state: PatternLogSyncState | undefined): string | undefined {
  if (!state || state.status === 'syncing') return undefined;
  return state.status === 'error'
    ? `error:${String(state.code ?? '')}:${String(state.detail ?? '')}:${String(state.reason)}`
    : state.status;
}
