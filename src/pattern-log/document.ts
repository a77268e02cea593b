import type { Moment, NoticedWhen } from '../shared/moment';
import { isRecord } from '../shared/isRecord';

/**
 * One logged moment: the shared Moment record plus a stable `id`. Unknown fields are
 * kept as they are, so a host can log a whole moment in one call.
 */
export interface PatternLogEntry extends Moment {
  id: string;
  /** ISO time of the last change; merges across tabs keep the latest version of each entry. */
  updatedAt?: string;
  /**
   * Versions of this entry that lost a conflict (two devices edited it while apart), newest
   * first, so that nothing a person wrote is silently dropped; PatternLog offers them back.
   */
  history?: PatternLogEntryVersion[];
}

/**
 * An earlier version of an entry, kept by a sync conflict: the entry as it was, without its id
 * or a history of its own. (Not `Omit<PatternLogEntry, …>`: Omit over Moment's open index
 * signature would drop `at`, `pattern` and every other named field.)
 */
export interface PatternLogEntryVersion extends Moment {
  /** ISO time of the change that made this version. */
  updatedAt?: string;
}

/** The stored document. Every adapter keeps it as one JSON text. */
export interface PatternLogDocument {
  version: typeof currentVersion;
  /** Newest first. */
  entries: PatternLogEntry[];
  /**
   * Ids of deleted entries and when they were deleted, so another open tab does not bring
   * them back. Ids only: no content of a deleted entry is kept.
   */
  removed: Record<string, string>;
  /**
   * Stored entries this version could not read, kept exactly as found so that nothing a
   * person wrote is lost to one bad value. Never shown as entries; offered as a download.
   */
  quarantine?: unknown[];
}

/** The document version this release writes. Older versions are migrated on load. */
export const currentVersion = 2;

/** Why a document or an entry was refused. `path` points at the field, e.g. `entries[3].at`. */
export interface DocumentProblem {
  path: string;
  code:
    | 'not-json'
    | 'unreadable-file'
    | 'not-a-log'
    | 'newer-version'
    | 'missing'
    | 'not-text'
    | 'not-a-date'
    | 'not-when'
    | 'not-intensity'
    | 'not-a-list'
    | 'duplicate-id'
    | 'not-storable'
    | 'too-large'
    | 'not-rounds'
    | 'not-base64'
    | 'wrong-length'
    | 'not-supported'
    | 'damaged';
}

/**
 * A readable document. `problems` lists what was set aside: entries that failed the check
 * and went to `document.quarantine`, and unreadable tombstones (ids only, no content).
 */
export type ParseResult =
  | { ok: true; document: PatternLogDocument; migratedFrom?: number; problems?: DocumentProblem[] }
  | { ok: false; problems: DocumentProblem[] };

export interface ParseOptions {
  /**
   * Refuse the whole document for one bad entry, instead of setting it aside. Imports are
   * strict: a file is taken whole or not at all. @default false
   */
  strict?: boolean;
}

const whens: readonly NoticedWhen[] = ['before', 'during', 'after'];

export function isDate(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && !Number.isNaN(Date.parse(value));
}

/** `YYYY-MM-DDTHH:mm…` with a zone: the one shape new entries are written in, so they sort as text. */
const isoTime = /^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The fields an entry's schema names, in the order exports list them; anything else is the host's. */
export const entryFields = [
  'id',
  'at',
  'pattern',
  'when',
  'intensity',
  'intensityAfter',
  'body',
  'path',
  'note',
  'updatedAt',
] as const;

// `history` is checked by its own rule, not as a host's field.
const known = new Set<string>([...entryFields, 'history']);

/**
 * True for what JSON keeps exactly: plain objects, arrays, strings, finite numbers, booleans
 * and null, not nested absurdly deep. Anything else (NaN, a Date, a function, a cycle, a
 * BigInt) would be changed or lost by saving, or would stop the save altogether.
 */
function isStorable(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value))
        return value.every((item) => item !== undefined && isStorable(item, depth + 1));
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      return Object.values(value).every((item) => item === undefined || isStorable(item, depth + 1));
    }
    default:
      return false;
  }
}

/** Most versions an entry's `history` may hold; sync keeps far fewer (10), so more is tampering. */
export const maxHistory = 50;

/**
 * Checks one entry of the current shape; returns its problems (none when valid). `version: true`
 * checks an earlier version kept in an entry's `history`: no id, and no history of its own.
 */
export function entryProblems(value: unknown, path: string, { version = false } = {}): DocumentProblem[] {
  if (!isRecord(value)) return [{ path, code: 'not-a-log' }];
  const problems: DocumentProblem[] = [];
  const add = (field: string, code: DocumentProblem['code']) =>
    problems.push({ path: `${path}.${field}`, code });
  if (version) {
    if (value.id !== undefined) add('id', 'not-supported');
    if (value.history !== undefined) add('history', 'not-supported');
  } else if (typeof value.id !== 'string' || value.id === '')
    add('id', value.id === undefined ? 'missing' : 'not-text');
  if (!isDate(value.at)) add('at', value.at === undefined ? 'missing' : 'not-a-date');
  if (typeof value.pattern !== 'string' || value.pattern.trim() === '')
    add('pattern', value.pattern === undefined ? 'missing' : 'not-text');
  if (value.when !== undefined && !whens.includes(value.when as NoticedWhen)) add('when', 'not-when');
  for (const field of ['intensity', 'intensityAfter'] as const) {
    const n = value[field];
    if (n !== undefined && !(typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 10))
      add(field, 'not-intensity');
  }
  if (
    value.body !== undefined &&
    !(Array.isArray(value.body) && value.body.every((b) => typeof b === 'string'))
  )
    add('body', 'not-a-list');
  for (const field of ['path', 'note'] as const) {
    if (value[field] !== undefined && typeof value[field] !== 'string') add(field, 'not-text');
  }
  if (value.updatedAt !== undefined && !isDate(value.updatedAt)) add('updatedAt', 'not-a-date');
  if (!version && value.history !== undefined)
    problems.push(...historyProblems(value.history, `${path}.history`));
  for (const [field, extra] of Object.entries(value))
    if (!known.has(field) && extra !== undefined && !isStorable(extra)) add(field, 'not-storable');
  return problems;
}

/** A `history` that is not a short list of valid versions: the entry is set aside, never shown broken. */
function historyProblems(history: unknown, path: string): DocumentProblem[] {
  if (!Array.isArray(history)) return [{ path, code: 'not-a-list' }];
  if (history.length > maxHistory) return [{ path, code: 'too-large' }];
  return history.flatMap((version, index) => entryProblems(version, `${path}[${index}]`, { version: true }));
}

/**
 * The check for what this library writes: every rule of `entryProblems`, and `at` as an ISO
 * time (so entries sort as text). `checkAt: false` skips the ISO rule, for an edit that
 * keeps an older entry's time. An entry that passes is stored and read back unchanged.
 */
export function newEntryProblems(value: unknown, { checkAt = true } = {}): DocumentProblem[] {
  let problems: DocumentProblem[];
  try {
    problems = entryProblems(value, '').map((p) => ({ ...p, path: p.path.replace(/^\./, '') }));
  } catch {
    // A getter that throws, a revoked proxy: nothing that can be saved.
    return [{ path: '', code: 'not-storable' }];
  }
  if (checkAt && isRecord(value) && isDate(value.at) && !isoTime.test(value.at))
    problems.push({ path: 'at', code: 'not-a-date' });
  return problems;
}

/** An entry exactly as it will read back: what JSON drops (undefined) is dropped, -0 is 0. */
export function storedForm<T>(entry: T): T {
  return JSON.parse(JSON.stringify(entry)) as T;
}

/** The entry's words and values, keys sorted, without `updatedAt`: equal text, same entry. */
export function entryContent(entry: PatternLogEntry): string {
  const { updatedAt: _updatedAt, ...rest } = entry;
  return JSON.stringify(rest, (_key, value: unknown) =>
    isRecord(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );
}

/** Newest first; the id breaks ties so every tab orders entries the same way. */
export function compareEntries(a: PatternLogEntry, b: PatternLogEntry): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** An empty document of the current version. */
export function emptyDocument(): PatternLogDocument {
  return { version: currentVersion, entries: [], removed: {} };
}

/**
 * Version 1 (the first preview) stored `{ version: 1, entries: [{ id, date, pattern,
 * noticed, intensity, body: 'jaw, chest', path, note }] }`. Version 2 uses the shared
 * Moment names (`at`, `when`, `body` as a list) and adds `removed`.
 */
function migrateV1(value: Record<string, unknown>): unknown {
  const entries = value.entries;
  return {
    version: 2,
    removed: {},
    entries: Array.isArray(entries)
      ? entries.map((entry: unknown) => {
          if (!isRecord(entry)) return entry;
          const { date, noticed, body, ...rest } = entry;
          const next: Record<string, unknown> = { ...rest, at: date };
          if (noticed !== undefined) next.when = noticed;
          if (typeof body === 'string')
            next.body = body
              .split(',')
              .map((part) => part.trim())
              .filter(Boolean);
          else if (body !== undefined) next.body = body;
          return next;
        })
      : entries,
  };
}

/** Each step turns version N into N + 1. Add one step per new version; never edit old ones. */
const migrations: Record<number, (value: Record<string, unknown>) => unknown> = { 1: migrateV1 };

/** Brings any known earlier version up to the current one; validation happens after. */
export function migrateDocument(
  value: unknown,
): { ok: true; value: unknown; from?: number } | { ok: false; problems: DocumentProblem[] } {
  if (!isRecord(value) || typeof value.version !== 'number')
    return { ok: false, problems: [{ path: '', code: 'not-a-log' }] };
  const from = value.version;
  if (from > currentVersion) return { ok: false, problems: [{ path: 'version', code: 'newer-version' }] };
  let current: unknown = value;
  for (let version = from; version < currentVersion; version++) {
    const step = migrations[version];
    if (!step || !isRecord(current)) return { ok: false, problems: [{ path: 'version', code: 'not-a-log' }] };
    current = step(current);
  }
  return from === currentVersion ? { ok: true, value: current } : { ok: true, value: current, from };
}

/**
 * Validates (and migrates) a parsed value. Never throws. A document that is not a log at all
 * is refused; within a log, an entry that fails the check is set aside in `quarantine`,
 * exactly as found, so one bad value never costs the others (unless `strict`).
 */
export function validateDocument(value: unknown, { strict = false }: ParseOptions = {}): ParseResult {
  const migrated = migrateDocument(value);
  if (!migrated.ok) return migrated;
  const doc = migrated.value as Record<string, unknown>;
  if (!Array.isArray(doc.entries)) return { ok: false, problems: [{ path: 'entries', code: 'not-a-list' }] };
  const problems: DocumentProblem[] = [];
  const entries: PatternLogEntry[] = [];
  const quarantine: unknown[] =
    doc.quarantine === undefined
      ? []
      : Array.isArray(doc.quarantine)
        ? doc.quarantine.slice()
        : [doc.quarantine];
  // Strict (a file) names every repeated id; otherwise only a second readable copy is set aside.
  const seen = new Set<unknown>();
  doc.entries.forEach((entry: unknown, index) => {
    const path = `entries[${index}]`;
    const found = entryProblems(entry, path);
    const id = isRecord(entry) ? entry.id : undefined;
    if ((strict || found.length === 0) && typeof id === 'string' && seen.has(id))
      found.push({ path: `${path}.id`, code: 'duplicate-id' });
    if (strict || found.length === 0) seen.add(id);
    if (found.length > 0) {
      problems.push(...found);
      quarantine.push(entry);
    } else entries.push(entry as PatternLogEntry);
  });
  const removed: Record<string, string> = {};
  if (doc.removed !== undefined) {
    if (!isRecord(doc.removed)) problems.push({ path: 'removed', code: 'not-a-list' });
    else
      for (const [id, at] of Object.entries(doc.removed)) {
        // A tombstone holds an id and a time, no words: one that can't be read is let go.
        if (isDate(at))
          Object.defineProperty(removed, id, {
            value: at,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else problems.push({ path: `removed.${id}`, code: 'not-a-date' });
      }
  }
  if (strict && problems.length > 0) return { ok: false, problems };
  entries.sort(compareEntries);
  const document: PatternLogDocument = { version: currentVersion, entries, removed };
  if (quarantine.length > 0) document.quarantine = quarantine;
  const result: ParseResult = { ok: true, document };
  if (migrated.from !== undefined) result.migratedFrom = migrated.from;
  if (problems.length > 0) result.problems = problems;
  return result;
}

/** Parses stored or imported text. Never throws; refusals list every problem found. */
export function parseDocument(text: string, options?: ParseOptions): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', code: 'not-json' }] };
  }
  return validateDocument(value, options);
}

/** The text every adapter stores and `exportJSON` returns. */
export function serializeDocument(document: PatternLogDocument, space?: number): string {
  // Sorted tombstones: two tabs holding the same log write the same text, so they stop syncing.
  const removed = Object.fromEntries(Object.entries(document.removed).sort(([a], [b]) => (a < b ? -1 : 1)));
  const { quarantine, ...rest } = document;
  return JSON.stringify(
    quarantine?.length ? { ...rest, removed, quarantine } : { ...rest, removed },
    null,
    space,
  );
}
