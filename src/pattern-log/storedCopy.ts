import { isRecord } from '../shared/isRecord';
import {
  compareEntries,
  currentVersion,
  entryContent,
  entryProblems,
  isDate,
  type DocumentProblem,
  type PatternLogDocument,
  type PatternLogEntry,
} from './document';
import { hasOwn, setOwn, type LogState } from './logReducer';
import type { PatternLogChangeSet, PatternLogRecord } from './storage';

/**
 * What per-entry storage holds, as this log last read or wrote it, so that a save writes only
 * the entries that differ. An entry counts as stored only while the log holds the very object
 * that was read or written (the reducer makes a new object for every change), so any change,
 * from any path (an edit, a stash, an import, a merge), is written; at worst an entry is
 * written again unchanged.
 */
export function createStoredCopy() {
  const entries = new Map<string, PatternLogEntry>();
  const removed = new Map<string, string>();
  /** Records that fail the check, by id, exactly as found: never shown, never written over unkept. */
  const unreadable = new Map<string, unknown>();
  /** Unreadable records the person deleted with the rest of the log (`clear`): tombstoned, not kept. */
  let discarding = false;
  let quarantine: unknown[] = [];
  let revision: number | undefined;

  return {
    /** The revision to read changes after (undefined: read everything). */
    get revision() {
      return revision;
    },
    /** Forgets everything: the next read reads every record. */
    reset() {
      entries.clear();
      removed.clear();
      unreadable.clear();
      quarantine = [];
      revision = undefined;
    },
    /** The person deleted the whole log: records that could not be read go too, at the next write. */
    discardUnreadable() {
      discarding = true;
    },
    /** The log's quarantine and the records that could not be read, for the snapshot and exports. */
    quarantined(logQuarantine: unknown[]): unknown[] {
      return unreadable.size === 0 ? logQuarantine : [...logQuarantine, ...unreadable.values()];
    },

    /**
     * Takes in records read from storage at `at`; returns them as a document to merge, and the
     * problems of records set aside.
     */
    read(
      records: readonly PatternLogRecord[],
      storedQuarantine: unknown[],
      at: number,
    ): { document: PatternLogDocument; problems: DocumentProblem[]; quarantineChanged: boolean } {
      const document: PatternLogDocument = { version: currentVersion, entries: [], removed: {} };
      const problems: DocumentProblem[] = [];
      for (const record of records) {
        const { id } = record;
        entries.delete(id);
        removed.delete(id);
        unreadable.delete(id);
        if ('removed' in record && isDate(record.removed)) {
          removed.set(id, record.removed);
          setOwn(document.removed, id, record.removed);
          continue;
        }
        const value = 'entry' in record ? record.entry : record;
        const found = entryProblems(value, `entries.${id}`);
        if (found.length === 0 && isRecord(value) && value.id !== id)
          found.push({ path: `entries.${id}.id`, code: 'not-text' });
        if (found.length > 0) {
          problems.push(...found);
          unreadable.set(id, value);
        } else {
          entries.set(id, value as PatternLogEntry);
          document.entries.push(value as PatternLogEntry);
        }
      }
      // Another log changed the stored quarantine since this one last read or wrote it.
      const quarantineChanged =
        revision === undefined || JSON.stringify(storedQuarantine) !== JSON.stringify(quarantine);
      if (quarantineChanged) quarantine = storedQuarantine;
      revision = at;
      return { document, problems, quarantineChanged };
    },

    /**
     * After a merge: an entry read from storage that the log holds as another object with the
     * same words and stamp (heard from another tab first) is stored already.
     */
    adopt(state: LogState, read: readonly PatternLogEntry[]) {
      if (read.length === 0) return;
      const held = new Map(state.entries.map((entry) => [entry.id, entry]));
      for (const entry of read) {
        const mine = held.get(entry.id);
        if (
          mine &&
          mine !== entry &&
          mine.updatedAt === entry.updatedAt &&
          entryContent(mine) === entryContent(entry)
        )
          entries.set(entry.id, mine);
      }
    },

    /** What the log holds that storage does not: the entries and tombstones to write. */
    changes(state: LogState, logQuarantine: unknown[]): PatternLogChangeSet & { count: number } {
      const put = state.entries.filter((entry) => entries.get(entry.id) !== entry);
      const gone: Record<string, string> = {};
      if (unreadable.size === 0) discarding = false;
      if (discarding)
        for (const id of unreadable.keys())
          if (!hasOwn(state.removed, id)) setOwn(gone, id, new Date(state.clock).toISOString());
      let count = put.length + Object.keys(gone).length;
      for (const [id, at] of Object.entries(state.removed))
        if (removed.get(id) !== at) {
          setOwn(gone, id, at);
          count++;
        }
      // A record about to be written over that could not be read: its words go to the quarantine.
      let nextQuarantine = logQuarantine;
      for (const id of [...put.map((entry) => entry.id), ...Object.keys(gone)])
        if (unreadable.has(id) && !discarding) nextQuarantine = [...nextQuarantine, unreadable.get(id)];
      if (nextQuarantine === quarantine) return { put, removed: gone, count };
      return { put, removed: gone, quarantine: nextQuarantine, count: count + 1 };
    },

    /** The newest entries, kept aside by storage for the first page (`loadNewest`). */
    newest: (state: LogState) => state.entries.slice(0, newestCount),

    /** The changes are stored, at `saved.revision`. */
    wrote(changes: PatternLogChangeSet, saved: { revision: number; previous: number }) {
      for (const entry of changes.put) {
        entries.set(entry.id, entry);
        removed.delete(entry.id);
        unreadable.delete(entry.id);
      }
      for (const [id, at] of Object.entries(changes.removed)) {
        removed.set(id, at);
        entries.delete(id);
        unreadable.delete(id);
      }
      if (changes.quarantine) quarantine = changes.quarantine;
      discarding = false;
      // Another tab wrote in between: keep the older revision, so the next read takes theirs in too.
      if (revision === saved.previous) revision = saved.revision;
    },
  };
}

export type StoredCopy = ReturnType<typeof createStoredCopy>;

/** How many of the newest entries per-entry storage keeps aside for the first page (two pages). */
export const newestCount = 60;

/**
 * The entries of a newest-entries record (`loadNewest`) that pass the check, once each, newest
 * first: a preview only, shown until the records themselves are read, which then replace it.
 */
export function newestPage(found: readonly unknown[]): PatternLogEntry[] {
  const byId = new Map<string, PatternLogEntry>();
  for (const value of found.slice(0, newestCount))
    if (entryProblems(value, 'newest').length === 0) {
      const entry = value as PatternLogEntry;
      if (!byId.has(entry.id)) byId.set(entry.id, entry);
    }
  return [...byId.values()].sort(compareEntries);
}
