import { isRecord } from '../shared/isRecord';
import { entryProblems, type PatternLogEntry, type PatternLogEntryVersion } from './document';
import type { PatternLogChanges } from './logStore';

/** A version kept in `entry.history` that reads as an entry, and where it sits there. */
export interface KeptVersion {
  index: number;
  version: PatternLogEntryVersion;
}

/** More than anyone would compare; a tampered history of thousands must not flood the list. */
const shownAtMost = 10;

/** The version without what it must not carry (an id, a history of its own), if it reads as an entry. */
function asVersion(value: unknown): PatternLogEntryVersion | undefined {
  if (!isRecord(value)) return undefined;
  const { id: _id, history: _history, ...version } = value;
  try {
    return entryProblems({ ...version, id: 'version' }, '').length === 0
      ? (version as PatternLogEntryVersion)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The versions of an entry that lost a sync conflict and can be shown, newest first. History
 * comes from stored data, so it is read with suspicion: what is not a readable version is
 * skipped here (and left as it is in the entry).
 */
export function keptVersions(entry: PatternLogEntry): KeptVersion[] {
  const history: unknown = entry.history;
  if (!Array.isArray(history)) return [];
  const kept: KeptVersion[] = [];
  for (let index = 0; index < history.length && kept.length < shownAtMost; index++) {
    const version = asVersion(history[index]);
    if (version) kept.push({ index, version });
  }
  return kept;
}

function historyOf(entry: PatternLogEntry): unknown[] {
  const history: unknown = entry.history;
  return Array.isArray(history) ? history : [];
}

/**
 * The edit that makes a kept version the entry again: its fields in, fields it lacks out, and
 * the version being replaced first in the history, so that choosing loses nothing.
 */
export function restoreChanges(entry: PatternLogEntry, { index, version }: KeptVersion): PatternLogChanges {
  const { id: _id, history: _history, ...current } = entry;
  const { updatedAt: _updatedAt, ...chosen } = version;
  const removed: Record<string, undefined> = {};
  for (const field of Object.keys(current))
    if (field !== 'updatedAt' && !Object.prototype.hasOwnProperty.call(chosen, field))
      removed[field] = undefined;
  // The same time is left out: an older entry's time may predate the ISO rule for new ones.
  const { at, ...rest } = chosen;
  const changes: PatternLogChanges = { ...removed, ...rest };
  if (at !== entry.at) changes.at = at;
  changes.history = [current, ...historyOf(entry).filter((_, i) => i !== index)];
  return changes;
}

/** The edit that lets one kept version go, on purpose; the entry itself is unchanged. */
export function letGoChanges(entry: PatternLogEntry, { index }: KeptVersion): PatternLogChanges {
  const rest = historyOf(entry).filter((_, i) => i !== index);
  // An empty list, not none: sync storage keeps a stored history that a change leaves out.
  return { history: rest };
}
