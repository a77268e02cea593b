import { entryContent, entryProblems, type PatternLogEntry, type PatternLogEntryVersion } from '../document';
import { isRecord } from '../../shared/isRecord';

/**
 * What one CouchDB document holds, once opened: an entry, the tombstone of a deleted entry
 * (its id and when, no words), or a stored value that could not be read as an entry
 * (`set-aside`, the log's quarantine, kept exactly as found).
 */
export type CouchRecord =
  | { t: 'entry'; entry: PatternLogEntry }
  | { t: 'removed'; id: string; at: string }
  | { t: 'set-aside'; value: unknown };

/** Versions kept in an entry's `history`: enough to recover a few crossed edits, not a diary of them. */
export const historyLimit = 10;

const stampOf = (entry: PatternLogEntry) => Date.parse(entry.updatedAt ?? entry.at);

/** Same text, same record: every device writes and compares them the same way. */
export const recordText = (record: CouchRecord) => JSON.stringify(record);

/**
 * Whether `a` wins over `b` by the log's own rule, exactly as `mergeState` decides (so a device's
 * open log and its database never disagree): the later change wins; between two edits at the same
 * moment, the greater JSON text; between a deletion and an edit at the same moment, the edit.
 */
function beats(a: CouchRecord, b: CouchRecord): boolean {
  if (a.t === 'entry' && b.t === 'entry') {
    const sa = stampOf(a.entry);
    const sb = stampOf(b.entry);
    return sa > sb || (sa === sb && JSON.stringify(a.entry) > JSON.stringify(b.entry));
  }
  if (a.t === 'removed' && b.t === 'removed') return Date.parse(a.at) > Date.parse(b.at);
  if (a.t === 'removed' && b.t === 'entry') return Date.parse(a.at) > stampOf(b.entry);
  if (a.t === 'entry' && b.t === 'removed') return stampOf(a.entry) >= Date.parse(b.at);
  // Set-aside values have a document of their own, never an entry's: keep the greater text.
  return recordText(a) > recordText(b);
}

/** An entry as a version for `history`: without its id and its own history. */
function versionOf(entry: PatternLogEntry): PatternLogEntryVersion {
  const { id: _id, history: _history, ...version } = entry;
  return version;
}

const versionContent = (version: PatternLogEntryVersion) => entryContent({ ...version, id: '' });

/** Newest first, then by text, so every device lists the same versions in the same order. */
function compareVersions(a: PatternLogEntryVersion, b: PatternLogEntryVersion): number {
  const sa = Date.parse(a.updatedAt ?? a.at);
  const sb = Date.parse(b.updatedAt ?? b.at);
  if (sa !== sb) return sb - sa;
  const ta = JSON.stringify(a);
  const tb = JSON.stringify(b);
  return ta > tb ? -1 : ta < tb ? 1 : 0;
}

/**
 * The newest `historyLimit` distinct versions of `versions`, leaving out any with the same words
 * as `current`. A top-k of a union under one total order: the same set gives the same list, in
 * whatever order devices took the versions in.
 */
function historyOf(current: PatternLogEntry, versions: PatternLogEntryVersion[]): PatternLogEntryVersion[] {
  const seen = new Set([versionContent(versionOf(current))]);
  const kept: PatternLogEntryVersion[] = [];
  for (const version of versions.slice().sort(compareVersions)) {
    const content = versionContent(version);
    if (seen.has(content)) continue;
    seen.add(content);
    kept.push(version);
    if (kept.length === historyLimit) break;
  }
  return kept;
}

const sameHistory = (a: PatternLogEntryVersion[] = [], b: PatternLogEntryVersion[] = []) =>
  JSON.stringify(a) === JSON.stringify(b);

function withHistory(
  winner: PatternLogEntry,
  versions: PatternLogEntryVersion[],
  latest: number,
): PatternLogEntry {
  const history = historyOf(winner, versions);
  if (sameHistory(history, winner.history)) return winner;
  const { history: _old, ...rest } = winner;
  // One millisecond after every version it settles, so that each device's open log takes this
  // version (with its history) over the copy it holds, by the log's own rule.
  const updatedAt = new Date(Math.max(latest, stampOf(winner)) + 1).toISOString();
  return history.length > 0 ? { ...rest, updatedAt, history } : { ...rest, updatedAt };
}

const latestStamp = (records: CouchRecord[]) =>
  Math.max(
    ...records.map((r) => (r.t === 'entry' ? stampOf(r.entry) : r.t === 'removed' ? Date.parse(r.at) : 0)),
  );

/**
 * The one record that every device settles on for the versions of a CouchDB document in
 * conflict (two devices changed the entry while apart): the winner by the log's rule, with each
 * losing edit whose words differ, and every version already in a history, in its `history`.
 * Depends only on the set of versions, so devices that resolve at once write the same record.
 */
export function resolveRecords(records: CouchRecord[]): CouchRecord {
  const winner = records.reduce((best, record) => (beats(record, best) ? record : best));
  if (winner.t !== 'entry') return winner;
  const versions = records.flatMap((record) =>
    record.t === 'entry' ? [versionOf(record.entry), ...(record.entry.history ?? [])] : [],
  );
  const entry = withHistory(winner.entry, versions, latestStamp(records));
  return entry === winner.entry ? winner : { t: 'entry', entry };
}

/**
 * A device's own change to a record it had read (`next` follows `stored`, nothing crossed it):
 * `next` as it is; when `next` has no history at all (a host's edit, an import), keeping the one
 * `stored` has. A change that the log's rule puts before `stored` is not one.
 */
export function followRecord(stored: CouchRecord, next: CouchRecord): CouchRecord {
  if (beats(stored, next)) return stored;
  if (next.t !== 'entry' || stored.t !== 'entry' || !stored.entry.history) return next;
  // A change that carries a history made it here: a version used or let go. As it is, or a
  // version the person let go would come back on the next save.
  if (Array.isArray(next.entry.history)) return next;
  const versions = [...stored.entry.history, ...(next.entry.history ?? [])];
  const history = historyOf(next.entry, versions);
  if (sameHistory(history, next.entry.history)) return next;
  return { t: 'entry', entry: { ...next.entry, history } };
}

/**
 * Reads an opened record, never trusting it: an entry that fails the log's check becomes a
 * set-aside value (kept as found, shown as such); versions in its history that fail are left
 * out, so one tampered version never hides the entry. Undefined for what is not a record.
 */
export function readRecord(value: unknown): CouchRecord | undefined {
  if (!isRecord(value)) return undefined;
  if (value.t === 'removed')
    return typeof value.id === 'string' && typeof value.at === 'string' && !Number.isNaN(Date.parse(value.at))
      ? { t: 'removed', id: value.id, at: value.at }
      : undefined;
  if (value.t === 'set-aside') return { t: 'set-aside', value: value.value };
  if (value.t !== 'entry') return undefined;
  const entry = value.entry;
  if (!isRecord(entry)) return { t: 'set-aside', value: entry };
  const { history, ...rest } = entry;
  if (entryProblems(rest, 'entry').length > 0) return { t: 'set-aside', value: entry };
  const kept = Array.isArray(history)
    ? history.filter((version) => entryProblems(version, 'history', { version: true }).length === 0)
    : [];
  const read = { ...rest } as unknown as PatternLogEntry;
  if (kept.length > 0) read.history = (kept as PatternLogEntryVersion[]).slice(0, historyLimit);
  return { t: 'entry', entry: read };
}
