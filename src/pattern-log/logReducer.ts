import {
  compareEntries,
  currentVersion,
  storedForm,
  type PatternLogDocument,
  type PatternLogEntry,
} from './document';

/** What the person can take back with `undo`, most recent last. Kept in memory only. */
export type UndoStep =
  | { kind: 'add'; id: string }
  | { kind: 'update'; before: PatternLogEntry }
  | { kind: 'remove'; entry: PatternLogEntry };

export interface LogState {
  /** Newest first. */
  entries: PatternLogEntry[];
  /** Deleted ids → when (a tombstone per id, so merges do not bring them back). */
  removed: Record<string, string>;
  undo: UndoStep[];
  /** The latest change stamp seen (ms); every new stamp is later than all seen before. */
  clock: number;
}

export type LogAction =
  | { type: 'add'; entry: PatternLogEntry; now: number }
  | { type: 'update'; id: string; changes: Partial<PatternLogEntry>; now: number }
  | { type: 'remove'; id: string; now: number }
  | { type: 'undo'; now: number }
  | { type: 'merge'; document: PatternLogDocument }
  | { type: 'clear'; now: number };

export const initialLogState: LogState = { entries: [], removed: {}, undo: [], clock: 0 };

const undoLimit = 50;

/** Own keys only: an id such as `constructor` is the person's word, not an inherited property. */
export const hasOwn = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/** Sets a key as an own property, even `__proto__`: ids are the person's, never code. */
export function setOwn(record: Record<string, string>, key: string, value: string) {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function stampOf(entry: PatternLogEntry): number {
  return Date.parse(entry.updatedAt ?? entry.at);
}

function nextClock(state: LogState, now: number): number {
  return Math.max(now, state.clock + 1);
}

/**
 * Beside each entry list (newest first, in `compareEntries` order, one entry per id): its
 * entries by id, and per pattern how many entries it has and its newest. An entry's position
 * is found by binary search from its time and id, so adds, edits and deletes never scan or
 * re-sort the list. The index moves on to the list a change makes (an older list no longer in
 * use gives it up, and builds a new one should it ever be asked again).
 */
interface EntryIndex {
  byId: Map<string, PatternLogEntry>;
  patterns: Map<string, { count: number; newest: PatternLogEntry }>;
}

const indexes = new WeakMap<readonly PatternLogEntry[], EntryIndex>();

function indexOf(entries: readonly PatternLogEntry[]): EntryIndex {
  let index = indexes.get(entries);
  if (!index) {
    index = { byId: new Map(), patterns: new Map() };
    for (const entry of entries) {
      index.byId.set(entry.id, entry);
      const pattern = index.patterns.get(entry.pattern);
      if (pattern) pattern.count++;
      else index.patterns.set(entry.pattern, { count: 1, newest: entry });
    }
    indexes.set(entries, index);
  }
  return index;
}

/** The entry with this id in a list, without scanning it. */
export const entryById = (entries: readonly PatternLogEntry[], id: string): PatternLogEntry | undefined =>
  indexOf(entries).byId.get(id);

/** The patterns a list holds, in the order they first appear in it (newest first). */
export const patternsOf = (entries: readonly PatternLogEntry[]): string[] =>
  [...indexOf(entries).patterns]
    .sort(([, a], [, b]) => compareEntries(a.newest, b.newest))
    .map(([pattern]) => pattern);

/** Where `entry` is, or would go, in a list sorted by `compareEntries`. */
function positionOf(entries: readonly PatternLogEntry[], entry: PatternLogEntry): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareEntries(entries[mid]!, entry) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A copy of `list` with `remove` items taken out at `at` and `items` put in: one pass where the
 * browser has `toSpliced` (a copy and then a splice move the whole list twice).
 */
function spliced<T>(list: readonly T[], at: number, remove: number, ...items: T[]): T[] {
  if (typeof list.toSpliced === 'function') return list.toSpliced(at, remove, ...items);
  const copy = list.slice();
  copy.splice(at, remove, ...items);
  return copy;
}

/**
 * A new list with the entry of `id` taken out and `entry` (if any) put in its place by time:
 * one copy of the list and two binary searches, the index moved to the new list and updated.
 */
function replaceEntry(entries: PatternLogEntry[], id: string, entry?: PatternLogEntry): PatternLogEntry[] {
  const index = indexOf(entries);
  const old = index.byId.get(id);
  let next: PatternLogEntry[] | undefined;
  if (old) {
    const at = positionOf(entries, old);
    next = spliced(entries, at, 1);
    index.byId.delete(id);
    const pattern = index.patterns.get(old.pattern)!;
    if (--pattern.count === 0) index.patterns.delete(old.pattern);
    // Its pattern's newest entry: the next one of that pattern takes its place.
    else if (pattern.newest === old)
      for (let i = at; i < next.length; i++)
        if (next[i]!.pattern === old.pattern) {
          pattern.newest = next[i]!;
          break;
        }
  }
  if (entry) {
    if (next) next.splice(positionOf(next, entry), 0, entry);
    else next = spliced(entries, positionOf(entries, entry), 0, entry);
    index.byId.set(entry.id, entry);
    const pattern = index.patterns.get(entry.pattern);
    if (!pattern) index.patterns.set(entry.pattern, { count: 1, newest: entry });
    else {
      pattern.count++;
      if (compareEntries(entry, pattern.newest) < 0) pattern.newest = entry;
    }
  }
  // Neither an entry of that id nor one to put in: still a new list, as before.
  next ??= entries.slice();
  indexes.delete(entries);
  indexes.set(next, index);
  return next;
}

/** Puts `entry` in place of any entry with its id, keeping the order; clears its tombstone. */
function put(state: LogState, entry: PatternLogEntry, clock: number, undo: UndoStep[]): LogState {
  let removed = state.removed;
  if (hasOwn(removed, entry.id)) {
    removed = { ...removed };
    delete removed[entry.id];
  }
  return {
    entries: replaceEntry(state.entries, entry.id, entry),
    removed,
    undo: undo.slice(-undoLimit),
    clock,
  };
}

function drop(state: LogState, id: string, clock: number, undo: UndoStep[]): LogState {
  return {
    entries: replaceEntry(state.entries, id),
    removed: { ...state.removed, [id]: new Date(clock).toISOString() },
    undo: undo.slice(-undoLimit),
    clock,
  };
}

/**
 * Merges another copy of the log (another tab, an import) into this one, entry by entry:
 * the latest change to each id wins, and a tie keeps the entry (nothing is lost on a tie).
 * Commutative, associative and idempotent, so tabs that merge in any order agree.
 */
export function mergeState(state: LogState, document: PatternLogDocument): LogState {
  const byId = new Map<string, PatternLogEntry>();
  for (const entry of state.entries) byId.set(entry.id, entry);
  const removed: Record<string, string> = { ...state.removed };
  let clock = state.clock;
  for (const [id, at] of Object.entries(document.removed)) {
    const stamp = Date.parse(at);
    clock = Math.max(clock, stamp);
    if (!hasOwn(removed, id) || Date.parse(removed[id]!) < stamp) setOwn(removed, id, at);
  }
  for (const entry of document.entries) {
    const stamp = stampOf(entry);
    clock = Math.max(clock, stamp);
    const mine = byId.get(entry.id);
    if (!mine) byId.set(entry.id, entry);
    else {
      const mineStamp = stampOf(mine);
      if (stamp > mineStamp || (stamp === mineStamp && JSON.stringify(entry) > JSON.stringify(mine)))
        byId.set(entry.id, entry);
    }
  }
  for (const [id, at] of Object.entries(removed)) {
    const entry = byId.get(id);
    if (!entry) continue;
    // The later of a deletion and an edit wins; an edit at the same moment keeps the entry.
    if (Date.parse(at) > stampOf(entry)) byId.delete(id);
    else delete removed[id];
  }
  const entries = Array.from(byId.values()).sort(compareEntries);
  return { entries, removed, undo: state.undo, clock };
}

export function logReducer(state: LogState, action: LogAction): LogState {
  switch (action.type) {
    case 'add': {
      const clock = nextClock(state, action.now);
      // In stored form at once, so what is on screen is what will read back.
      const entry = storedForm({ ...action.entry, updatedAt: new Date(clock).toISOString() });
      return put(state, entry, clock, [...state.undo, { kind: 'add', id: entry.id }]);
    }
    case 'update': {
      const before = entryById(state.entries, action.id);
      if (!before) return state;
      const clock = nextClock(state, action.now);
      const entry = storedForm({
        ...before,
        ...action.changes,
        id: before.id,
        updatedAt: new Date(clock).toISOString(),
      });
      return put(state, entry, clock, [...state.undo, { kind: 'update', before }]);
    }
    case 'remove': {
      const entry = entryById(state.entries, action.id);
      if (!entry) return state;
      const clock = nextClock(state, action.now);
      return drop(state, action.id, clock, [...state.undo, { kind: 'remove', entry }]);
    }
    case 'undo': {
      const step = state.undo[state.undo.length - 1];
      if (!step) return state;
      const rest = state.undo.slice(0, -1);
      const clock = nextClock(state, action.now);
      const stamp = new Date(clock).toISOString();
      switch (step.kind) {
        case 'add':
          return entryById(state.entries, step.id)
            ? drop(state, step.id, clock, rest)
            : { ...state, undo: rest };
        case 'update':
          return put(state, { ...step.before, updatedAt: stamp }, clock, rest);
        case 'remove':
          return put(state, { ...step.entry, updatedAt: stamp }, clock, rest);
        default:
          return assertNever(step);
      }
    }
    case 'merge':
      return mergeState(state, action.document);
    case 'clear': {
      const clock = nextClock(state, action.now);
      const stamp = new Date(clock).toISOString();
      const removed = { ...state.removed };
      for (const entry of state.entries) setOwn(removed, entry.id, stamp);
      return { entries: [], removed, undo: [], clock };
    }
    default:
      return assertNever(action);
  }
}

/** The state as the document that adapters store. */
export function toDocument(state: LogState): PatternLogDocument {
  return { version: currentVersion, entries: state.entries, removed: state.removed };
}

function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
