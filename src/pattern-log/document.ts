import type { Moment, NoticedWhen } from '../shared/moment';

/**
 * One logged moment: the shared Moment record plus a stable `id`. Unknown fields are
 * kept as they are, so a host can log a whole moment in one call.
 */
export interface PatternLogEntry extends Moment {
  id: string;
  /** ISO time of the last change; merges across tabs keep the latest version of each entry. */
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
}

/** The document version this release writes. Older versions are migrated on load. */
export const currentVersion = 2;

/** Why a document or an entry was refused. `path` points at the field, e.g. `entries[3].at`. */
export interface DocumentProblem {
  path: string;
  code:
    | 'not-json'
    | 'not-a-log'
    | 'newer-version'
    | 'missing'
    | 'not-text'
    | 'not-a-date'
    | 'not-when'
    | 'not-intensity'
    | 'not-a-list'
    | 'duplicate-id'
    | 'not-rounds'
    | 'not-base64'
    | 'wrong-length'
    | 'not-supported'
    | 'damaged';
}

export type ParseResult =
  | { ok: true; document: PatternLogDocument; migratedFrom?: number }
  | { ok: false; problems: DocumentProblem[] };

const whens: readonly NoticedWhen[] = ['before', 'during', 'after'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && !Number.isNaN(Date.parse(value));
}

/** Checks one entry of the current shape; returns its problems (none when valid). */
export function entryProblems(value: unknown, path: string): DocumentProblem[] {
  if (!isRecord(value)) return [{ path, code: 'not-a-log' }];
  const problems: DocumentProblem[] = [];
  const add = (field: string, code: DocumentProblem['code']) =>
    problems.push({ path: `${path}.${field}`, code });
  if (typeof value.id !== 'string' || value.id === '')
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
  return problems;
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

/** Validates (and migrates) a parsed value. Never throws. */
export function validateDocument(value: unknown): ParseResult {
  const migrated = migrateDocument(value);
  if (!migrated.ok) return migrated;
  const doc = migrated.value as Record<string, unknown>;
  const problems: DocumentProblem[] = [];
  if (!Array.isArray(doc.entries)) return { ok: false, problems: [{ path: 'entries', code: 'not-a-list' }] };
  const seen = new Set<string>();
  doc.entries.forEach((entry: unknown, index) => {
    const path = `entries[${index}]`;
    const found = entryProblems(entry, path);
    problems.push(...found);
    const id = isRecord(entry) ? entry.id : undefined;
    if (typeof id === 'string' && id !== '') {
      if (seen.has(id)) problems.push({ path: `${path}.id`, code: 'duplicate-id' });
      seen.add(id);
    }
  });
  const removed: Record<string, string> = {};
  if (doc.removed !== undefined) {
    if (!isRecord(doc.removed)) problems.push({ path: 'removed', code: 'not-a-list' });
    else
      for (const [id, at] of Object.entries(doc.removed)) {
        if (isDate(at)) removed[id] = at;
        else problems.push({ path: `removed.${id}`, code: 'not-a-date' });
      }
  }
  if (problems.length > 0) return { ok: false, problems };
  const entries = (doc.entries as PatternLogEntry[]).slice().sort(compareEntries);
  const document: PatternLogDocument = { version: currentVersion, entries, removed };
  return migrated.from === undefined
    ? { ok: true, document }
    : { ok: true, document, migratedFrom: migrated.from };
}

/** Parses stored or imported text. Never throws; refusals list every problem found. */
export function parseDocument(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', code: 'not-json' }] };
  }
  return validateDocument(value);
}

/** The text every adapter stores and `exportJSON` returns. */
export function serializeDocument(document: PatternLogDocument): string {
  // Sorted tombstones: two tabs holding the same log write the same text, so they stop syncing.
  const removed = Object.fromEntries(Object.entries(document.removed).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify({ ...document, removed });
}
