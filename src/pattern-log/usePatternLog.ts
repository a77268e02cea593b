import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { PatternLogEntry } from './document';
import type { UndoStep } from './logReducer';
import {
  createPatternLogStore,
  type ImportOptions,
  type ImportResult,
  type NewPatternLogEntry,
  type PatternLogChanges,
  type PatternLogSnapshot,
  type PatternLogStatus,
} from './logStore';
import type { PatternLogStorage, PatternLogSyncState } from './storage';
import { useSyncState } from './useSyncState';

export interface UsePatternLogOptions {
  /**
   * Where the log lives: `createLocalStorage`, `createIndexedDBStorage`, `encrypted(…)` or
   * your own. Create it once; a new storage object starts a new log.
   */
  storage: PatternLogStorage;
  /** The clock, for tests and stories. @default Date.now */
  now?: () => number;
  /**
   * Ask the browser to keep the log even when the device runs low on space
   * (`navigator.storage.persist()`); the answer is in `persistence`. Some browsers ask the
   * person first, so ask when they have chosen to keep a log. @default false
   */
  persist?: boolean;
}

export interface UsePatternLogResult extends PatternLogSnapshot {
  status: PatternLogStatus;
  /**
   * How replication to the host's server stands, for storage that syncs
   * (`attune-ui/pattern-log/couch`); undefined for storage that stays on the device.
   */
  sync: PatternLogSyncState | undefined;
  /** Asks the storage to try syncing again now; present only when its sync source can. */
  retrySync?: () => void;
  /**
   * Adds an entry and returns it at once; saving follows. Throws `PatternLogEntryError`
   * (its `problems` say which field and why) for a value that could not be read back, and
   * changes nothing.
   */
  add: (entry: NewPatternLogEntry) => PatternLogEntry;
  /** Changes an entry and returns it (undefined if no entry has that id); checked like `add`. */
  update: (id: string, changes: PatternLogChanges) => PatternLogEntry | undefined;
  remove: (id: string) => void;
  /** Takes back the latest add, edit or delete made here; returns what it took back. */
  undo: () => UndoStep | undefined;
  /**
   * The whole log as JSON text (the stored document, readable by `importJSON`). Throws while
   * `loadingOlder`, as does `exportCSV()` without a list: a backup then would miss older entries.
   */
  exportJSON: () => string;
  /** One row per entry; pass the filtered entries to export only those. */
  exportCSV: (entries?: readonly PatternLogEntry[]) => string;
  /**
   * Merges an export in by id and saves it. Refuses an invalid file with a list of problems
   * and changes nothing; keeps entries here over differing ones in the file unless
   * `conflicts` says otherwise, and reports them; says `not-saved` if saving failed.
   */
  importJSON: (text: string, options?: ImportOptions) => Promise<ImportResult>;
  /** Resolves once every change so far is saved; rejects with the reason if it is not. */
  flush: () => Promise<void>;
  /** Deletes every entry from the log and from storage. */
  clear: () => Promise<void>;
  /** Tries a failed load or save again now. */
  retry: () => void;
  /** Replaces unreadable stored data with this log, once the person has decided to. */
  replaceStored: () => void;
}

/**
 * The PatternLog without its interface: entries, actions and storage status. Changes show
 * at once and are saved right after; two tabs on one storage merge entry by entry.
 */
export function usePatternLog({ storage, now, persist }: UsePatternLogOptions): UsePatternLogResult {
  const [store, setStore] = useState(() => createPatternLogStore(storage, { now, persist }));
  let active = store;
  // A new storage (another key, another passphrase) is another log.
  if (store.storage !== storage) {
    active = createPatternLogStore(storage, { now, persist });
    setStore(active);
  }
  useEffect(() => {
    active.start();
    return () => active.stop();
  }, [active]);
  const snapshot = useSyncExternalStore(active.subscribe, active.getSnapshot, active.getSnapshot);
  const source = active.storage.sync;
  const sync = useSyncState(source);
  // The same functions for as long as the store is the same: parts that only act on the log
  // (an entry's row, the form) need not render again when it changes.
  const actions = useMemo(
    () => ({
      add: (entry: NewPatternLogEntry) => active.add(entry),
      update: (id: string, changes: PatternLogChanges) => active.update(id, changes),
      remove: (id: string) => active.remove(id),
      undo: () => active.undo(),
      exportJSON: () => active.exportJSON(),
      exportCSV: (entries?: readonly PatternLogEntry[]) => active.exportCSV(entries),
      importJSON: (text: string, options?: ImportOptions) => active.importJSON(text, options),
      flush: () => active.flush(),
      clear: () => active.clear(),
      retry: () => active.retry(),
      replaceStored: () => active.replaceStored(),
    }),
    [active],
  );
  return useMemo(
    () => ({
      ...snapshot,
      sync,
      retrySync: typeof source?.retry === 'function' ? () => source.retry?.() : undefined,
      ...actions,
    }),
    [snapshot, sync, source, actions],
  );
}
