import { isRecord } from '../shared/isRecord';
import type { Moment } from '../shared/moment';
import { entriesToCSV } from './csv';
import {
  currentVersion,
  newEntryProblems,
  parseDocument,
  serializeDocument,
  type DocumentProblem,
  type PatternLogEntry,
} from './document';
import {
  entryById,
  initialLogState,
  logReducer,
  mergeState,
  toDocument,
  type LogAction,
  type LogState,
  type UndoStep,
} from './logReducer';
import { LockedError, UnreadableError, type PatternLogStorage } from './storage';
import type { ImportConflictPolicy, ImportCounts } from './importPlan';
import type { StoredCopy } from './storedCopy';

export type { ImportConflict, ImportConflictPolicy, ImportCounts } from './importPlan';

export interface ImportOptions {
  /** @default 'keep-local' */
  conflicts?: ImportConflictPolicy;
}

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

/**
 * Whether the browser promised to keep the log when the device runs low on space
 * (`navigator.storage.persist()`, asked only with the `persist` option).
 */
export type PatternLogPersistence = 'persistent' | 'best-effort' | 'unsupported';

/** What a new entry needs: a pattern. `id` and `at` (now) are filled in when missing. */
export interface NewPatternLogEntry extends Partial<Moment> {
  pattern: string;
  id?: string;
}

/** Fields an edit may change (everything but the id). A field set to `undefined` is removed. */
export type PatternLogChanges = Partial<Moment>;

/**
 * Thrown by `add` and `update` for a value that could not be read back once saved (an
 * intensity of 99, a date that isn't one…). Nothing is changed. `problems` says what, by field.
 */
export class PatternLogEntryError extends TypeError {
  readonly problems: DocumentProblem[];
  constructor(problems: DocumentProblem[]) {
    super(`This entry can't be logged: ${problems.map((p) => `${p.path || 'entry'} ${p.code}`).join(', ')}.`);
    this.name = 'PatternLogEntryError';
    this.problems = problems;
  }
}

/**
 * - `ok: true`: merged and saved.
 * - `reason: 'invalid'`: the file was refused as a whole; `errors` says why; nothing changed.
 * - `reason: 'not-saved'`: merged into the log on screen, but saving failed (`error`, e.g.
 *   storage full, or a locked or unreadable log); the entries are marked unsaved and retried.
 */
export type ImportResult =
  | ({ ok: true } & ImportCounts)
  | { ok: false; reason: 'invalid'; errors: DocumentProblem[] }
  | ({ ok: false; reason: 'not-saved'; errors: DocumentProblem[]; error: unknown } & ImportCounts);

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
  /**
   * Stored entries that could not be read, exactly as found. They stay in the stored
   * document (nothing is lost) and can be downloaded; the other entries load as usual.
   */
  quarantined: readonly unknown[];
  /** The next step `undo` would take back. */
  nextUndo: UndoStep | undefined;
  /** When the newest entry was logged, as found on first load (for a gentle welcome back). */
  lastVisitAt: string | undefined;
  /** The browser's answer to `persist`; undefined until asked, or when not asked. */
  persistence: PatternLogPersistence | undefined;
  /**
   * The newest entries are shown (per-entry storage that keeps them aside, `loadNewest`) and the
   * older ones are still loading. Changes made meanwhile are kept and saved once they arrive;
   * `clear` and `importJSON` wait for them; an export now would hold only the entries shown.
   */
  loadingOlder: boolean;
}

export interface PatternLogStoreOptions {
  /** The clock, for tests and stories. @default Date.now */
  now?: () => number;
  /** Ask the browser to keep the log when space runs low (`navigator.storage.persist()`). */
  persist?: boolean;
}

const retryDelaysMs = [1000, 2000, 5000, 10000, 30000];
/** Longest import text taken (in UTF-16 units, about 64 MB): far above any real log. */
export const maxImportLength = 64 * 1024 * 1024;
/** A tab that holds the log's Web Lock this long is stuck; stop waiting and retry later. */
const lockTimeoutMs = 15_000;

/** A new entry id (also a stash slot's name): random, unique across tabs and devices. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Runs `task` holding the Web Lock `name` where the browser has one; otherwise just runs it. */
function withLock<T>(name: string | undefined, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!name || !locks) return task();
  const signal =
    typeof AbortSignal !== 'undefined' && typeof AbortSignal.timeout === 'function'
      ? AbortSignal.timeout(lockTimeoutMs)
      : undefined;
  return locks.request(name, signal ? { signal } : {}, task) as Promise<T>;
}

/** The log's state and its storage, with no React (see `createPatternLogStore`). */
export interface PatternLogStore {
  readonly storage: PatternLogStorage;
  getSnapshot: () => PatternLogSnapshot;
  subscribe: (listener: () => void) => () => void;
  /** Starts listening to storage and to the page closing, and loads. Call `stop` when done. */
  start: () => void;
  stop: () => void;
  /** Adds an entry and returns it at once. Throws `PatternLogEntryError`, changing nothing, for bad values. */
  add: (input: NewPatternLogEntry) => PatternLogEntry;
  /**
   * Changes an entry; returns it, or undefined when no entry has that id (deleted elsewhere).
   * Throws `PatternLogEntryError`, changing nothing, for bad values.
   */
  update: (id: string, changes: PatternLogChanges) => PatternLogEntry | undefined;
  remove: (id: string) => void;
  /** Takes back the latest add, edit or delete made here; returns what it took back. */
  undo: () => UndoStep | undefined;
  /**
   * Deletes every entry, here and in storage, once every entry has loaded (`loadingOlder`).
   * Resolves when the deletion is saved.
   */
  clear: () => Promise<void>;
  /** Resolves once every change made so far is saved; rejects with the reason it is not. */
  flush: () => Promise<void>;
  /**
   * The whole log. Throws while `loadingOlder`: a backup made then would leave the older
   * entries out, looking whole (PatternLog's downloads wait; `exportCSV(list)` writes the list).
   */
  exportJSON: () => string;
  exportCSV: (entries?: readonly PatternLogEntry[]) => string;
  /**
   * Merges a JSON export in by id and saves. Refuses an invalid file whole, changing
   * nothing. Never replaces an entry here unless `conflicts` says so; reports conflicts.
   */
  importJSON: (text: string, options?: ImportOptions) => Promise<ImportResult>;
  /** Tries a failed load or save again now. */
  retry: () => void;
  /**
   * The person's decision to replace unreadable stored data with this log. Download the
   * unreadable text first (`unreadableText`): after this it is gone from storage.
   */
  replaceStored: () => void;
}

/**
 * The log's state and its storage, with no React: changes apply at once, saving follows
 * (read, merge by id, write, holding a Web Lock so tabs take turns), failures are retried,
 * unreadable data is left alone, and a closing page writes what it holds at once.
 */
export function createPatternLogStore(
  storage: PatternLogStorage,
  options: PatternLogStoreOptions | (() => number) = {},
): PatternLogStore {
  const { now = Date.now, persist = false } = typeof options === 'function' ? { now: options } : options;
  let state: LogState = initialLogState;
  let status: PatternLogStatus = 'loading';
  let error: unknown;
  let problems: DocumentProblem[] = [];
  let unreadableText: string | null = null;
  let quarantine: unknown[] = [];
  let approvedOverwrite: string | null | undefined;
  let knownText: string | null | undefined;
  /** The text this log is writing right now, to know its own write when storage tells of it. */
  let writing: string | undefined;
  const dirty = new Map<string, number>();
  let changeCount = 0;
  /** Every change up to this count is in storage. */
  let savedThrough = 0;
  /** This page's stash slot, should it close with changes unsaved (see `onPageHide`). */
  const stashSlot = newId();
  let loaded = false;
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  let scheduled = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopListening: (() => void) | undefined;
  let lastVisitAt: string | undefined;
  let persistence: PatternLogPersistence | undefined;
  let stopped = false;
  const listeners = new Set<() => void>();
  /**
   * What per-entry storage holds (see `readMergeWriteEntries`). Loaded on demand, on the first
   * read of such storage: a log on text storage (localStorage, memory, encrypted) never runs it.
   */
  let storedCopy: StoredCopy | undefined;
  /** The log's quarantine, and the records per-entry storage could not read. */
  const quarantined = (logQuarantine: unknown[]) => storedCopy?.quarantined(logQuarantine) ?? logQuarantine;
  const perEntry =
    storage.loadChanges && storage.saveChanges
      ? { loadChanges: storage.loadChanges.bind(storage), saveChanges: storage.saveChanges.bind(storage) }
      : undefined;
  /** The newest page shown before the records are read (these very objects), until they are. */
  let preview: ReadonlySet<PatternLogEntry> | undefined;
  let loadingOlder = false;
  /** Waiting for the older entries (see `olderEntries`). */
  const waitingForOlder: Array<() => void> = [];
  /** Showing the newest page, which the first read of the records waits for. */
  let showingNewest: Promise<void> | undefined;
  let snapshot = makeSnapshot();

  function makeSnapshot(): PatternLogSnapshot {
    return {
      status,
      entries: state.entries,
      unsavedIds: new Set(dirty.keys()),
      error,
      problems,
      unreadableText,
      quarantined: quarantined(quarantine),
      nextUndo: state.undo[state.undo.length - 1],
      lastVisitAt,
      persistence,
      loadingOlder,
    };
  }

  function emit() {
    snapshot = makeSnapshot();
    listeners.forEach((listener) => listener());
  }

  function markDirty(id: string) {
    dirty.set(id, ++changeCount);
  }

  /** Every change made up to `mark` is saved. */
  const savedUpTo = (mark: number) => ![...dirty.values()].some((at) => at <= mark);

  const currentText = () => serializeDocument({ ...toDocument(state), quarantine: quarantined(quarantine) });

  function changed() {
    emit();
    // A task later, so serializing a long log never delays showing the change; a closing
    // page does not wait for it (see `onPageHide`).
    if (scheduled || status === 'unreadable' || status === 'locked' || !loaded) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      void sync();
    }, 0);
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
  }

  /** One save at a time; a request during a save runs once more after it. Never rejects. */
  function sync(): Promise<void> {
    if (queued) return queued;
    if (running)
      return (queued = running.then(() => {
        queued = undefined;
        return sync();
      }));
    const current = attempt().finally(() => {
      running = undefined;
    });
    running = current;
    return current;
  }

  /** Read, merge by id, write, holding the log's lock so that another tab's write is never lost. */
  async function readMergeWrite() {
    const wasLoaded = loaded;
    let stored: string | null;
    try {
      stored = await storage.load();
    } catch (caught) {
      // Storage that cannot even decode what it holds (damaged ciphertext): the person chose to replace it.
      if (!(caught instanceof UnreadableError) || caught.text !== approvedOverwrite) throw caught;
      stored = caught.text;
    }
    // Still the text that could not be read: leave it alone until the person decides.
    if (status === 'unreadable' && approvedOverwrite === undefined && stored === unreadableText) return;
    if (stored === null) quarantine = [];
    else if (stored !== knownText && stored !== approvedOverwrite) {
      const parsed = parseDocument(stored);
      if (!parsed.ok) return enterUnreadable(stored, parsed.problems);
      if (!loaded) lastVisitAt = parsed.document.entries[0]?.at;
      state = mergeState(state, parsed.document);
      quarantine = parsed.document.quarantine ?? [];
      knownText = stored;
    }
    if (stored !== null && stored === approvedOverwrite) quarantine = [];
    const stashed = await takeInStashes();
    loaded = true;
    const mark = changeCount;
    // Read and nothing changed here: the stored text is the log already, no need to write it back.
    if (!wasLoaded && stored !== null && stored === knownText && mark === 0 && stashed.length === 0)
      return settled(mark, stored);
    const text = currentText();
    if (text !== stored && (stored !== null || state.entries.length > 0 || mark > 0)) {
      if (wasLoaded || dirty.size > 0) {
        status = 'saving';
        emit();
      }
      writing = text;
      try {
        await (stored === approvedOverwrite && storage.replace ? storage.replace(text) : storage.save(text));
      } finally {
        writing = undefined;
      }
    }
    // Only now that the document holds what they said.
    if (stashed.length > 0) await storage.dropStashed?.(stashed);
    settled(mark, text);
  }

  /** Every change up to `mark` is stored, and storage holds `text` (per-entry storage: undefined). */
  function settled(mark: number, text?: string) {
    knownText = text;
    savedThrough = Math.max(savedThrough, mark);
    approvedOverwrite = undefined;
    for (const [id, at] of dirty) if (at <= mark) dirty.delete(id);
    status = 'ready';
    error = undefined;
    problems = [];
    unreadableText = null;
    failures = 0;
  }

  /**
   * Read–merge–write for per-entry storage: reads only the records written since the last read,
   * merges them by id like a document, and writes only the entries and tombstones that differ
   * from what storage holds. A whole-document text found in storage (an older version's, or a
   * closing page's) is merged in and deleted in the same write; one that cannot be read is
   * left alone, like today's unreadable document, until the person decides.
   */
  async function readMergeWriteEntries(entryStorage: NonNullable<typeof perEntry>) {
    const wasLoaded = loaded;
    // The newest page shows first, so that reading every record does not hold it up.
    if (!storedCopy) await showingNewest;
    // The first read reads everything (no revision yet) while the stored copy's code loads.
    const [found, copy] = await Promise.all([
      entryStorage.loadChanges(storedCopy?.revision),
      storedCopy ?? import('./storedCopy').then((module) => module.createStoredCopy()),
    ]);
    storedCopy = copy;
    if (preview) {
      // The records replace the newest page (a stale or altered one changes nothing stored);
      // what was changed or added here since is a new object, and stays.
      const shown = preview;
      state = { ...state, entries: state.entries.filter((entry) => !shown.has(entry)) };
      preview = undefined;
    }
    const legacy = found.document;
    if (status === 'unreadable' && approvedOverwrite === undefined && legacy === unreadableText) return;
    const { document: read, quarantineChanged } = copy.read(found.records, found.quarantine, found.revision);
    if (read.entries.length > 0 || Object.keys(read.removed).length > 0) {
      state = mergeState(state, read);
      copy.adopt(state, read.entries);
    }
    if (loadingOlder) {
      loadingOlder = false;
      waitingForOlder.splice(0).forEach((resolve) => resolve());
    }
    // Unless another log changed it, this log's quarantine stands (it may have just been cleared).
    if (quarantineChanged) quarantine = found.quarantine;
    if (!loaded) lastVisitAt = state.entries.find((entry) => !dirty.has(entry.id))?.at;
    let absorbed: string | undefined;
    if (legacy !== null) {
      if (legacy !== approvedOverwrite) {
        const parsed = parseDocument(legacy);
        if (!parsed.ok) return enterUnreadable(legacy, parsed.problems);
        if (!loaded) lastVisitAt = parsed.document.entries[0]?.at ?? lastVisitAt;
        state = mergeState(state, parsed.document);
        if (parsed.document.quarantine?.length) quarantine = [...quarantine, ...parsed.document.quarantine];
      }
      absorbed = legacy;
    }
    const stashed = await takeInStashes();
    loaded = true;
    const mark = changeCount;
    const changes = copy.changes(state, quarantine);
    if (changes.count > 0 || absorbed !== undefined) {
      if (wasLoaded || dirty.size > 0) {
        status = 'saving';
        emit();
      }
      const { count: _count, ...write } = changes;
      const newest = copy.newest(state);
      const saved = await entryStorage.saveChanges(
        absorbed === undefined ? { ...write, newest } : { ...write, newest, absorbed },
      );
      copy.wrote(write, saved);
      if (write.quarantine) quarantine = write.quarantine;
    }
    if (stashed.length > 0) await storage.dropStashed?.(stashed);
    settled(mark);
  }

  /**
   * A long log on per-entry storage shows its newest page at once, from the small record kept
   * beside the records, checked, and only until the records themselves are read: they replace
   * it. With no such record (an older version wrote last), the log loads whole, as before.
   */
  async function showNewest(loadNewest: () => Promise<unknown[] | null>) {
    try {
      const [found, module] = await Promise.all([loadNewest(), import('./storedCopy')]);
      const page = found && !storedCopy ? module.newestPage(found) : [];
      if (page.length === 0) return;
      state = mergeState(state, { version: currentVersion, entries: page, removed: {} });
      preview = new Set(page);
      loadingOlder = true;
      lastVisitAt = state.entries.find((entry) => preview!.has(entry))?.at;
      emit();
      // A task for the page to show it before every record is read and parsed.
      await new Promise((resolve) => setTimeout(resolve, 0));
    } catch {
      // No newest page; the records load as usual.
    }
  }

  /** Resolves once the older entries have arrived (at once when none are on their way). */
  const olderEntries = () =>
    new Promise<void>((resolve) => (loadingOlder ? waitingForOlder.push(resolve) : resolve()));

  /**
   * Merges what closing pages stashed (this one's too, after a reload); returns those it took in,
   * to drop once saved. A stash that cannot be read stays where it is, for a later version.
   */
  async function takeInStashes() {
    const stashes = (await storage.loadStashed?.()) ?? [];
    return stashes.filter(({ text }) => {
      const parsed = parseDocument(text);
      if (!parsed.ok) return false;
      state = mergeState(state, parsed.document);
      quarantine = [...quarantine, ...(parsed.document.quarantine ?? [])];
      return true;
    });
  }

  async function attempt(): Promise<void> {
    // A stopped log still saves what it holds (an entry added just before unmounting), but stops retrying.
    if (status === 'locked') return;
    try {
      await withLock(storage.lockName, perEntry ? () => readMergeWriteEntries(perEntry) : readMergeWrite);
    } catch (caught) {
      error = caught;
      if (caught instanceof UnreadableError) enterUnreadable(caught.text, caught.problems);
      else if (caught instanceof LockedError) {
        status = 'locked';
        // Locked on purpose (`lock()`): what was opened leaves the screen; unsaved words stay.
        if (caught.reason === 'locked' && loaded)
          state = { ...initialLogState, entries: state.entries.filter((e) => dirty.has(e.id)) };
      } else {
        status = loaded ? 'unsaved' : 'unavailable';
        const delay = retryDelaysMs[Math.min(failures++, retryDelaysMs.length - 1)];
        clearTimeout(retryTimer);
        if (!stopped) retryTimer = setTimeout(() => void sync(), delay);
      }
    } finally {
      emit();
    }
  }

  /** Another tab or device saved: take in what it says at once, then read, merge and write back. */
  function onStorageChange(text: string | null) {
    // This log's own write, heard back (memory storage tells every log, the writer too): its
    // text is this log's state already, and parsing a long log again would hold up the page.
    if (text !== null && text === writing) return;
    // Merging the text itself (not only re-reading) keeps a closing tab's last write even if
    // another tab's save lands over it in storage a moment later.
    if (text !== null && text !== knownText && loaded && status !== 'locked') {
      const parsed = parseDocument(text);
      if (parsed.ok) {
        state = mergeState(state, parsed.document);
        emit();
      }
    }
    void sync();
  }

  /**
   * The page is closing: there is no time to read, merge or wait for a lock. What is not saved
   * yet goes to this page's stash, beside the document, for the next read–merge–write to take
   * in; storage without stashes gets the whole log written at once instead.
   */
  /** Refuses an export of the whole log while part of it is still on its way (`loadingOlder`). */
  function whole() {
    if (loadingOlder)
      throw new Error('The log is still loading its older entries; export once loadingOlder is false.');
  }

  function onPageHide() {
    const unsaved = dirty.size > 0 || changeCount > savedThrough;
    if (!unsaved || status === 'unreadable' || status === 'locked') return;
    // Not loaded yet (the newest page on screen, the rest on its way): only a stash, which is
    // merged, never the whole log written over what is stored.
    if (!loaded && !storage.stash) return;
    try {
      // The entries changed here, and every deletion (ids and times only): small, and enough.
      const entries = state.entries.filter((entry) => dirty.has(entry.id));
      if (storage.stash)
        return storage.stash(stashSlot, serializeDocument({ ...toDocument(state), entries }));
    } catch {
      // No room for the stash: write the whole log after all, the one chance left.
    }
    if (loaded) storage.save(currentText()).catch(() => undefined);
  }

  function onVisibilityChange() {
    if (document.visibilityState === 'hidden' && dirty.size > 0) void sync();
  }

  function listenToPage(): () => void {
    if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }

  async function askToPersist() {
    const manager = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!manager || typeof manager.persist !== 'function') persistence = 'unsupported';
    else {
      try {
        const granted = (await manager.persisted?.()) || (await manager.persist());
        persistence = granted ? 'persistent' : 'best-effort';
      } catch {
        persistence = 'best-effort';
      }
    }
    emit();
  }

  function refuse(found: DocumentProblem[]): never {
    throw new PatternLogEntryError(found);
  }

  async function importJSON(
    text: string,
    { conflicts = 'keep-local' }: ImportOptions = {},
  ): Promise<ImportResult> {
    if (typeof text !== 'string')
      return { ok: false, reason: 'invalid', errors: [{ path: '', code: 'not-json' }] };
    if (text.length > maxImportLength)
      return { ok: false, reason: 'invalid', errors: [{ path: '', code: 'too-large' }] };
    // Conflicts and duplicates are found against the whole log, older entries too.
    await olderEntries();
    // Loaded on demand: a file is imported rarely, and most logs never are.
    const { planImport } = await import('./importPlan');
    const plan = planImport(state, text, { conflicts, now: now(), newId });
    if (!plan.ok) return { ok: false, reason: 'invalid', errors: plan.errors };
    const { incoming, counts } = plan;
    if (incoming.length > 0) {
      state = mergeState(state, { version: plan.version, entries: incoming, removed: {} });
      for (const entry of incoming) markDirty(entry.id);
      emit();
    }
    const mark = changeCount;
    await sync();
    return savedUpTo(mark)
      ? { ok: true, ...counts }
      : {
          ok: false,
          reason: 'not-saved',
          errors: [],
          error: error ?? new Error(`The log is ${status}; the imported entries are not saved.`),
          ...counts,
        };
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
      const stopStorage = storage.subscribe?.(onStorageChange);
      const stopPage = listenToPage();
      stopListening = () => {
        stopStorage?.();
        stopPage();
      };
      if (persist) void askToPersist();
      if (perEntry && storage.loadNewest && !storedCopy)
        showingNewest ??= showNewest(storage.loadNewest.bind(storage));
      void sync();
    },
    stop() {
      stopped = true;
      stopListening?.();
      clearTimeout(retryTimer);
    },
    add(input) {
      if (!isRecord(input)) refuse([{ path: '', code: 'not-a-log' }]);
      const { updatedAt: _ignored, ...rest } = input as NewPatternLogEntry & { updatedAt?: unknown };
      const entry = { ...rest, id: rest.id ?? newId(), at: rest.at ?? new Date(now()).toISOString() };
      const found = newEntryProblems(entry);
      if (found.length === 0 && entryById(state.entries, entry.id))
        found.push({ path: 'id', code: 'duplicate-id' });
      if (found.length > 0) refuse(found);
      apply({ type: 'add', entry: entry, now: now() }, entry.id);
      return entryById(state.entries, entry.id)!;
    },
    update(id, changes) {
      if (!isRecord(changes)) refuse([{ path: '', code: 'not-a-log' }]);
      const before = entryById(state.entries, id);
      if (!before) return undefined;
      const { updatedAt: _ignored, ...rest } = changes as PatternLogChanges & { updatedAt?: unknown };
      const found = newEntryProblems({ ...before, ...rest, id }, { checkAt: rest.at !== undefined });
      if (found.length > 0) refuse(found);
      apply({ type: 'update', id, changes: rest, now: now() }, id);
      return entryById(state.entries, id);
    },
    remove: (id) => apply({ type: 'remove', id, now: now() }, id),
    undo() {
      const step = state.undo[state.undo.length - 1];
      if (!step) return undefined;
      const id = step.kind === 'add' ? step.id : step.kind === 'update' ? step.before.id : step.entry.id;
      apply({ type: 'undo', now: now() }, id);
      return step;
    },
    async clear() {
      // Every entry must be here to be deleted, or the older ones would come back.
      await olderEntries();
      apply({ type: 'clear', now: now() });
      quarantine = [];
      storedCopy?.discardUnreadable();
      dirty.clear();
      // Marked, so that the deletion is written even though no single entry is dirty now.
      changeCount++;
      emit();
      await sync();
    },
    async flush() {
      const mark = changeCount;
      await sync();
      // A storage may fail with anything; what is thrown is always an Error, the cause kept.
      if (!savedUpTo(mark))
        throw error instanceof Error
          ? error
          : new Error(`The log is ${status}; changes are not saved.`, { cause: error });
    },
    exportJSON: () => {
      whole();
      return serializeDocument({ ...toDocument(state), quarantine: quarantined(quarantine) }, 2);
    },
    exportCSV: (entries) => {
      if (!entries) whole();
      return entriesToCSV(entries ?? state.entries);
    },
    importJSON,
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
