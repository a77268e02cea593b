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

function insertSorted(entries: PatternLogEntry[], entry: PatternLogEntry): PatternLogEntry[] {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareEntries(entries[mid]!, entry) < 0) low = mid + 1;
    else high = mid;
  }
  const next = entries.slice();
  next.splice(low, 0, entry);
  return next;
}

/** Puts `entry` in place of any entry with its id, keeping the order; clears its tombstone. */
function put(state: LogState, entry: PatternLogEntry, clock: number, undo: UndoStep[]): LogState {
  const without = state.entries.filter((e) => e.id !== entry.id);
  let removed = state.removed;
  if (hasOwn(removed, entry.id)) {
    removed = { ...removed };
    delete removed[entry.id];
  }
  return { entries: insertSorted(without, entry), removed, undo: undo.slice(-undoLimit), clock };
}

function drop(state: LogState, id: string, clock: number, undo: UndoStep[]): LogState {
  return {
    entries: state.entries.filter((e) => e.id !== id),
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
      const before = state.entries.find((e) => e.id === action.id);
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
      const entry = state.entries.find((e) => e.id === action.id);
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
          return state.entries.some((e) => e.id === step.id)
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
