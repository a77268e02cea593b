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

/**
 * The log's state and its storage, with no React: changes apply at once, saving follows
 * (read, merge by id, write), failures are retried, and unreadable data is left alone.
 */
export class PatternLogStore {
  private state: LogState = initialLogState;
  private snapshot: PatternLogSnapshot;
  private listeners = new Set<() => void>();
  private status: PatternLogStatus = 'loading';
  private error: unknown = undefined;
  private problems: DocumentProblem[] = [];
  private unreadableText: string | null = null;
  private approvedOverwrite: string | null | undefined;
  private knownText: string | null | undefined;
  private dirty = new Map<string, number>();
  private changeCount = 0;
  private loaded = false;
  private busy = false;
  private again = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;
  private lastVisitAt: string | undefined;
  private stopped = false;

  constructor(
    readonly storage: PatternLogStorage,
    private readonly now: () => number = Date.now,
  ) {
    this.snapshot = this.makeSnapshot();
  }

  getSnapshot = (): PatternLogSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts listening to storage and loads it. Call `stop` when done. */
  start(): void {
    this.stopped = false;
    this.unsubscribe = this.storage.subscribe?.((text) => this.receive(text));
    void this.sync();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.retryTimer);
  }

  add(input: NewPatternLogEntry): PatternLogEntry {
    const entry: PatternLogEntry = {
      ...input,
      id: input.id ?? newId(),
      at: input.at ?? new Date(this.now()).toISOString(),
    };
    this.apply({ type: 'add', entry, now: this.now() }, entry.id);
    return this.state.entries.find((e) => e.id === entry.id) ?? entry;
  }

  update(id: string, changes: PatternLogChanges): void {
    this.apply({ type: 'update', id, changes, now: this.now() }, id);
  }

  remove(id: string): void {
    this.apply({ type: 'remove', id, now: this.now() }, id);
  }

  /** Takes back the latest add, edit or delete made here; returns what it took back. */
  undo(): UndoStep | undefined {
    const step = this.state.undo[this.state.undo.length - 1];
    if (!step) return undefined;
    const id = step.kind === 'add' ? step.id : step.kind === 'update' ? step.before.id : step.entry.id;
    this.apply({ type: 'undo', now: this.now() }, id);
    return step;
  }

  /** Deletes every entry, here and in storage. Resolves when the deletion is saved. */
  async clear(): Promise<void> {
    this.apply({ type: 'clear', now: this.now() });
    this.dirty.clear();
    this.emit();
    await this.sync();
  }

  exportJSON(): string {
    return JSON.stringify(toDocument(this.state), null, 2);
  }

  exportCSV(entries: readonly PatternLogEntry[] = this.state.entries): string {
    return entriesToCSV(entries);
  }

  /** Merges a JSON export in by id. Refuses invalid files with every problem, changing nothing. */
  async importJSON(text: string): Promise<ImportResult> {
    const parsed = parseDocument(text);
    if (!parsed.ok) return { ok: false, errors: parsed.problems };
    // Importing is a clear wish to have these entries: a copy deleted here comes back.
    const stamp = new Date(Math.max(this.now(), this.state.clock + 1)).toISOString();
    const incoming: PatternLogDocument = {
      ...parsed.document,
      removed: {},
      entries: parsed.document.entries.map((entry) =>
        entry.id in this.state.removed ? { ...entry, updatedAt: stamp } : entry,
      ),
    };
    this.state = mergeState(this.state, incoming);
    for (const entry of incoming.entries) this.markDirty(entry.id);
    this.changed();
    return { ok: true, count: incoming.entries.length };
  }

  /** Tries a failed load or save again now. */
  retry(): void {
    clearTimeout(this.retryTimer);
    void this.sync();
  }

  /**
   * The person's decision to replace unreadable stored data with this log. Download the
   * unreadable text first (`unreadableText`): after this it is gone from storage.
   */
  replaceStored(): void {
    if (this.status !== 'unreadable') return;
    this.approvedOverwrite = this.unreadableText;
    this.status = 'saving';
    this.changeCount++;
    this.emit();
    void this.sync();
  }

  private apply(action: LogAction, id?: string): void {
    const before = this.state;
    this.state = logReducer(this.state, action);
    if (this.state === before) return;
    if (id !== undefined) this.markDirty(id);
    this.changed();
  }

  private markDirty(id: string) {
    this.dirty.set(id, ++this.changeCount);
  }

  private changed() {
    this.emit();
    if (this.status !== 'unreadable' && this.status !== 'locked' && this.loaded) void this.sync();
  }

  private receive(text: string | null): void {
    if (text === null || text === this.knownText || this.status === 'unreadable' || this.status === 'locked')
      return;
    const parsed = parseDocument(text);
    if (!parsed.ok) return this.enterUnreadable(text, parsed.problems);
    this.state = mergeState(this.state, parsed.document);
    this.knownText = text;
    this.emit();
    if (serializeDocument(toDocument(this.state)) !== text) void this.sync();
  }

  private enterUnreadable(text: string, problems: DocumentProblem[]) {
    this.status = 'unreadable';
    this.unreadableText = text;
    this.problems = problems;
    this.emit();
  }

  private async sync(): Promise<void> {
    if (this.busy) {
      this.again = true;
      return;
    }
    if (
      this.stopped ||
      this.status === 'locked' ||
      (this.status === 'unreadable' && this.approvedOverwrite === undefined)
    )
      return;
    this.busy = true;
    const wasLoaded = this.loaded;
    try {
      const stored = await this.storage.load();
      if (stored !== null && stored !== this.knownText && stored !== this.approvedOverwrite) {
        const parsed = parseDocument(stored);
        if (!parsed.ok) return this.enterUnreadable(stored, parsed.problems);
        if (!this.loaded) this.lastVisitAt = parsed.document.entries[0]?.at;
        this.state = mergeState(this.state, parsed.document);
        this.knownText = stored;
      }
      this.loaded = true;
      const mark = this.changeCount;
      const text = serializeDocument(toDocument(this.state));
      if (text !== stored && (stored !== null || this.state.entries.length > 0 || mark > 0)) {
        if (wasLoaded || this.dirty.size > 0) {
          this.status = 'saving';
          this.emit();
        }
        await this.storage.save(text);
      }
      this.knownText = text;
      this.approvedOverwrite = undefined;
      for (const [id, at] of this.dirty) if (at <= mark) this.dirty.delete(id);
      this.status = 'ready';
      this.error = undefined;
      this.problems = [];
      this.unreadableText = null;
      this.failures = 0;
    } catch (error) {
      this.error = error;
      if (error instanceof LockedError) this.status = 'locked';
      else {
        this.status = this.loaded ? 'unsaved' : 'unavailable';
        const delay = retryDelaysMs[Math.min(this.failures++, retryDelaysMs.length - 1)];
        clearTimeout(this.retryTimer);
        if (!this.stopped) this.retryTimer = setTimeout(() => void this.sync(), delay);
      }
    } finally {
      this.busy = false;
      this.emit();
      if (this.again) {
        this.again = false;
        void this.sync();
      }
    }
  }

  private emit() {
    this.snapshot = this.makeSnapshot();
    this.listeners.forEach((listener) => listener());
  }

  private makeSnapshot(): PatternLogSnapshot {
    return {
      status: this.status,
      entries: this.state.entries,
      unsavedIds: new Set(this.dirty.keys()),
      error: this.error,
      problems: this.problems,
      unreadableText: this.unreadableText,
      nextUndo: this.state.undo[this.state.undo.length - 1],
      lastVisitAt: this.lastVisitAt,
    };
  }
}
