import {
  createMemoryStorage,
  serializePatternLog,
  type PatternLogEntry,
  type PatternLogStorage,
  type PatternLogSyncState,
} from '../../../src/pattern-log';

/**
 * A memory log that reports a sync state the story chooses, to show each state on its own. With
 * `retry`, trying again goes to syncing and then synced, as a server that came back would.
 */
export function fixedSyncStorage(
  state: PatternLogSyncState,
  { entries = [], retry = false }: { entries?: PatternLogEntry[]; retry?: boolean } = {},
): PatternLogStorage {
  let current = state;
  const listeners = new Set<() => void>();
  const set = (next: PatternLogSyncState) => {
    current = next;
    listeners.forEach((listener) => listener());
  };
  return {
    ...createMemoryStorage(entries.length ? serializePatternLog({ version: 2, entries, removed: {} }) : null),
    sync: {
      getState: () => current,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      ...(retry && {
        retry() {
          set({ status: 'syncing' });
          setTimeout(() => set({ status: 'synced', at: new Date().toISOString() }), 600);
        },
      }),
    },
  };
}
