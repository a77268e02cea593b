import { vi } from 'vitest';
import {
  createMemoryStorage,
  serializePatternLog,
  type PatternLogEntry,
  type PatternLogStorage,
  type PatternLogSyncState,
} from '../../src/pattern-log';

/**
 * A memory log that says it syncs: the test sets the sync state by hand, as the CouchDB
 * adapter would as the network comes and goes. The adapter has its own tests against a server.
 */
export function fakeSyncStorage({
  entries = [],
  state = { status: 'synced' },
  canRetry = false,
}: {
  entries?: PatternLogEntry[];
  state?: PatternLogSyncState;
  canRetry?: boolean;
} = {}) {
  const memory = createMemoryStorage(
    entries.length > 0 ? serializePatternLog({ version: 2, entries, removed: {} }) : null,
  );
  let current: unknown = state;
  const listeners = new Set<() => void>();
  const retry = vi.fn();
  const storage: PatternLogStorage = {
    ...memory,
    sync: {
      getState: () => current as PatternLogSyncState,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      ...(canRetry ? { retry } : {}),
    },
  };
  return {
    storage,
    retry,
    listeners,
    /** Moves sync to `next` (anything: a host's adapter may send what it likes) and tells the log. */
    set(next: unknown) {
      current = next;
      listeners.forEach((listener) => listener());
    },
  };
}
