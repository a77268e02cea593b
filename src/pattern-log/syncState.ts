import { isRecord } from '../shared/isRecord';
import type { PatternLogSyncSource, PatternLogSyncState } from './storage';

/**
 * The source's state, or undefined when there is none or it is not one PatternLog knows (a
 * host's adapter may be newer or wrong): an unknown state shows nothing rather than a guess.
 */
function readState(source: PatternLogSyncSource): PatternLogSyncState | undefined {
  let state: unknown;
  try {
    state = source.getState();
  } catch {
    return undefined;
  }
  if (!isRecord(state)) return undefined;
  switch (state.status) {
    case 'synced':
      return typeof state.at === 'string' ? { status: 'synced', at: state.at } : { status: 'synced' };
    case 'syncing':
    case 'offline':
    case 'needs-passphrase':
      return { status: state.status };
    case 'error':
      return {
        status: 'error',
        reason: typeof state.reason === 'string' ? state.reason : '',
        error: state.error,
      };
    default:
      return undefined;
  }
}

const sameState = (a: PatternLogSyncState, b: PatternLogSyncState) =>
  a.status === b.status &&
  (a.status !== 'synced' || a.at === (b as typeof a).at) &&
  (a.status !== 'error' || (a.reason === (b as typeof a).reason && a.error === (b as typeof a).error));

/**
 * A `getSnapshot` for `useSyncExternalStore` that returns the same object while the state is
 * the same, even from an adapter that builds a new one on every call (React would loop).
 */
export function syncSnapshot(
  source: PatternLogSyncSource | undefined,
): () => PatternLogSyncState | undefined {
  let last: PatternLogSyncState | undefined;
  return () => {
    const next = source && readState(source);
    if (!next || !last || !sameState(next, last)) last = next;
    return last;
  };
}

/**
 * What is worth telling a screen reader, once it has lasted: being offline, needing the
 * passphrase, an error (each reason its own), and being synced again after one of those.
 * `syncing` is never said: it comes and goes with every change.
 */
export function syncAnnouncementKey(state: PatternLogSyncState | undefined): string | undefined {
  if (!state) return undefined;
  switch (state.status) {
    case 'syncing':
      return undefined;
    case 'error':
      return `error:${state.reason}`;
    case 'synced':
    case 'offline':
    case 'needs-passphrase':
      return state.status;
  }
}
