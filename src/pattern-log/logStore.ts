import type { Moment } from '../shared/moment';
import { entriesToCSV } from './csv';
import {
  parseDocument,
  serializeDocument,
  type DocumentProblem,
  type PatternLogDocument,
  type PatternLogEntry,
} from './document';
import {
  initialLogState,
  logReducer,
  mergeState,
  toDocument,
  type LogAction,
  type LogState,
  type UndoStep,
} from './logReducer';
import { LockedError, type PatternLogStorage } from './storage';

/**
 * - `loading`: reading storage for the first time.
 * - `ready`: every change is saved.
 * - `saving`: a save is on its way.
 * - `unsaved`: saving failed (quota, blocked storage); it is retried, entries stay on screen.
 * - `unavailable`: storage could not be read; it is retried, new entries wait in memory.
 * - `unreadable`: the stored text is not a log this version can read. It is never
 *   overwritten unless the person decides (`replaceStored`); new entries wait in memory.
 * - `locked`: encrypted storage and the passphrase does not open it. Nothing is saved.
 */
export type PatternLogStatus =
  'loading' | 'ready' | 'saving' | 'unsaved' | 'unavailable' | 'unreadable' | 'locked';

/** What a new entry needs: a pattern. `id` and `at` (now) are filled in when missing. */
export interface NewPatternLogEntry extends Partial<Moment> {
  pattern: string;
  id?: string;
}

/** Fields an edit may change (everything but the id). */
export type PatternLogChanges = Partial<Moment>;

export type ImportResult = { ok: true; count: number } | { ok: false; errors: DocumentProblem[] };

export interface PatternLogSnapshot {
  status: PatternLogStatus;
  /** Newest first. */
  entries: PatternLogEntry[];
  /** Ids of entries changed here and not yet saved. */
  unsavedIds: ReadonlySet<string>;
  /** The last storage error, if the latest attempt failed. */
  error: unknown;
  /** Why stored data is unreadable (status `unreadable`). */
  problems: DocumentProblem[];
  /** The stored text as found, when it is unreadable, so the person can download it. */
  unreadableText: string | null;
  /** The next step `undo` would take back. */
  nextUndo: UndoStep | undefined;
  /** When the newest entry was logged, as found on first load (for a gentle welcome back). */
  lastVisitAt: string | undefined;
}

const retryDelaysMs = [1000, 2000, 5000, 10000, 30000];

function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The log's state and its storage, with no React (see `createPatternLogStore`). */
export interface PatternLogStore {
  readonly storage: PatternLogStorage;
  getSnapshot(): PatternLogSnapshot;
  subscribe(listener: () => void): () => void;
  /** Starts listening to storage and loads it. Call `stop` when done. */
  start(): void;
  stop(): void;
  add(input: NewPatternLogEntry): PatternLogEntry;
  update(id: string, changes: PatternLogChanges): void;
  remove(id: string): void;
  /** Takes back the latest add, edit or delete made here; returns what it took back. */
  undo(): UndoStep | undefined;
  /** Deletes every entry, here and in storage. Resolves when the deletion is saved. */
  clear(): Promise<void>;
  exportJSON(): string;
  exportCSV(entries?: readonly PatternLogEntry[]): string;
  /** Merges a JSON export in by id. Refuses invalid files with every problem, changing nothing. */
  importJSON(text: string): Promise<ImportResult>;
  /** Tries a failed load or save again now. */
  retry(): void;
  /**
   * The person's decision to replace unreadable stored data with this log. Download the
   * unreadable text first (`unreadableText`): after this it is gone from storage.
   */
  replaceStored(): void;
}

/**
 * The log's state and its storage, with no React: changes apply at once, saving follows
 * (read, merge by id, write), failures are retried, and unreadable data is left alone.
 */
export function createPatternLogStore(
  storage: PatternLogStorage,
  now: () => number = Date.now,
): PatternLogStore {
  let state: LogState = initialLogState;
  let status: PatternLogStatus = 'loading';
  let error: unknown;
  let problems: DocumentProblem[] = [];
  let unreadableText: string | null = null;
  let approvedOverwrite: string | null | undefined;
  let knownText: string | null | undefined;
  const dirty = new Map<string, number>();
  let changeCount = 0;
  let loaded = false;
  let busy = false;
  let again = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void) | undefined;
  let lastVisitAt: string | undefined;
  let stopped = false;
  const listeners = new Set<() => void>();
  let snapshot = makeSnapshot();

  function makeSnapshot(): PatternLogSnapshot {
    return {
      status,
      entries: state.entries,
      unsavedIds: new Set(dirty.keys()),
      error,
      problems,
      unreadableText,
      nextUndo: state.undo[state.undo.length - 1],
      lastVisitAt,
    };
  }

  function emit() {
    snapshot = makeSnapshot();
    listeners.forEach((listener) => listener());
  }

  function markDirty(id: string) {
    dirty.set(id, ++changeCount);
  }

  function changed() {
    emit();
    // A task later, so serializing a long log never delays showing the change.
    if (status !== 'unreadable' && status !== 'locked' && loaded) setTimeout(() => void sync(), 0);
  }

  function apply(action: LogAction, id?: string) {
    const before = state;
    state = logReducer(state, action);
    if (state === before) return;
    if (id !== undefined) markDirty(id);
    changed();
  }

  function enterUnreadable(text: string, found: DocumentProblem[]) {
    status = 'unreadable';
    unreadableText = text;
    problems = found;
    emit();
  }

  async function sync(): Promise<void> {
    if (busy) {
      again = true;
      return;
    }
    // A stopped log still saves what it holds (an entry added just before unmounting), but stops retrying.
    if (status === 'locked' || (status === 'unreadable' && approvedOverwrite === undefined)) return;
    busy = true;
    const wasLoaded = loaded;
    try {
      const stored = await storage.load();
      if (stored !== null && stored !== knownText && stored !== approvedOverwrite) {
        const parsed = parseDocument(stored);
        if (!parsed.ok) return enterUnreadable(stored, parsed.problems);
        if (!loaded) lastVisitAt = parsed.document.entries[0]?.at;
        state = mergeState(state, parsed.document);
        knownText = stored;
      }
      loaded = true;
      const mark = changeCount;
      const text = serializeDocument(toDocument(state));
      if (text !== stored && (stored !== null || state.entries.length > 0 || mark > 0)) {
        if (wasLoaded || dirty.size > 0) {
          status = 'saving';
          emit();
        }
        await storage.save(text);
      }
      knownText = text;
      approvedOverwrite = undefined;
      for (const [id, at] of dirty) if (at <= mark) dirty.delete(id);
      status = 'ready';
      error = undefined;
      problems = [];
      unreadableText = null;
      failures = 0;
    } catch (caught) {
      error = caught;
      if (caught instanceof LockedError) status = 'locked';
      else {
        status = loaded ? 'unsaved' : 'unavailable';
        const delay = retryDelaysMs[Math.min(failures++, retryDelaysMs.length - 1)];
        clearTimeout(retryTimer);
        if (!stopped) retryTimer = setTimeout(() => void sync(), delay);
      }
    } finally {
      busy = false;
      emit();
      if (again) {
        again = false;
        void sync();
      }
    }
  }

  return {
    storage,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      stopped = false;
      // Another tab saved: read, merge by id, and write back only if this tab adds something.
      unsubscribe = storage.subscribe?.(() => void sync());
      void sync();
    },
    stop() {
      stopped = true;
      unsubscribe?.();
      clearTimeout(retryTimer);
    },
    add(input) {
      const entry: PatternLogEntry = {
        ...input,
        id: input.id ?? newId(),
        at: input.at ?? new Date(now()).toISOString(),
      };
      apply({ type: 'add', entry, now: now() }, entry.id);
      return state.entries.find((e) => e.id === entry.id) ?? entry;
    },
    update: (id, changes) => apply({ type: 'update', id, changes, now: now() }, id),
    remove: (id) => apply({ type: 'remove', id, now: now() }, id),
    undo() {
      const step = state.undo[state.undo.length - 1];
      if (!step) return undefined;
      const id = step.kind === 'add' ? step.id : step.kind === 'update' ? step.before.id : step.entry.id;
      apply({ type: 'undo', now: now() }, id);
      return step;
    },
    async clear() {
      apply({ type: 'clear', now: now() });
      dirty.clear();
      emit();
      await sync();
    },
    exportJSON: () => JSON.stringify(toDocument(state), null, 2),
    exportCSV: (entries = state.entries) => entriesToCSV(entries),
    async importJSON(text) {
      const parsed = parseDocument(text);
      if (!parsed.ok) return { ok: false, errors: parsed.problems };
      // Importing is a clear wish to have these entries: a copy deleted here comes back.
      const stamp = new Date(Math.max(now(), state.clock + 1)).toISOString();
      const incoming: PatternLogDocument = {
        ...parsed.document,
        removed: {},
        entries: parsed.document.entries.map((entry) =>
          entry.id in state.removed ? { ...entry, updatedAt: stamp } : entry,
        ),
      };
      state = mergeState(state, incoming);
      for (const entry of incoming.entries) markDirty(entry.id);
      changed();
      return { ok: true, count: incoming.entries.length };
    },
    retry() {
      clearTimeout(retryTimer);
      void sync();
    },
    replaceStored() {
      if (status !== 'unreadable') return;
      approvedOverwrite = unreadableText;
      status = 'saving';
      changeCount++;
      emit();
      void sync();
    },
  };
}
