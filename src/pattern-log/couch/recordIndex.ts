import { compareEntries, serializeDocument, type PatternLogEntry } from '../document';
import type { PatternLogRecord, PatternLogStoredChanges } from '../storage';
import { recordText, resolveRecords, type CouchRecord } from './records';

/** Record names: an entry and its tombstone share one (one document per id), a set-aside value has its own. */
export const nameOf = (record: CouchRecord) =>
  record.t === 'set-aside' ? `set-aside:${JSON.stringify(record.value)}` : `entry:${recordId(record)}`;
const recordId = (record: CouchRecord) =>
  record.t === 'entry' ? record.entry.id : record.t === 'removed' ? record.id : '';

interface Named {
  record: CouchRecord;
  text: string;
  /** The revision at which this record last changed, for `changesSince`. */
  revision: number;
  docIds: Set<string>;
}

/**
 * The log as the database holds it, record by record, kept up to date one document at a time:
 * what each document opened to, what each record name settles on across its documents (one,
 * except while a document moves to a new key), and the revision at which each last changed, so
 * the log reads only what changed (`loadChanges`) and a save writes only what the log changed.
 */
export function recordIndex() {
  const byDoc = new Map<string, { name: string; record: CouchRecord }>();
  const byName = new Map<string, Named>();
  const dirty = new Set<string>();
  let revision = 0;

  return {
    get revision() {
      return revision;
    },
    /** A document now holds `found` (null: nothing this device can read, or gone). */
    setDoc(docId: string, found: { name: string; record: CouchRecord } | null) {
      const before = byDoc.get(docId);
      if (before) {
        byName.get(before.name)?.docIds.delete(docId);
        dirty.add(before.name);
      }
      if (!found) {
        byDoc.delete(docId);
        return;
      }
      byDoc.set(docId, found);
      dirty.add(found.name);
      const named = byName.get(found.name);
      if (named) named.docIds.add(docId);
      else
        byName.set(found.name, {
          record: found.record,
          text: '',
          revision: 0,
          docIds: new Set([docId]),
        });
    },
    /** Settles every name a document changed; one new revision for all that now read differently. */
    commit(): number {
      let next: number | undefined;
      for (const name of dirty) {
        const named = byName.get(name);
        if (!named) continue;
        const records = [...named.docIds].flatMap((id) => byDoc.get(id)?.record ?? []);
        if (records.length === 0) {
          byName.delete(name);
          continue;
        }
        const record = records.length === 1 ? records[0]! : resolveRecords(records);
        const text = recordText(record);
        if (text === named.text) continue;
        named.record = record;
        named.text = text;
        named.revision = next ??= revision + 1;
      }
      dirty.clear();
      if (next !== undefined) revision = next;
      return revision;
    },
    /** The text stored under a name now, if any. */
    textOf: (name: string) => byName.get(name)?.text,
    /**
     * Records a save wrote: those stored as the log gave them at `revision`, those stored otherwise
     * (weighed against a newer stored version) one revision later, so the log reads them back.
     */
    wrote(written: ReadonlyArray<{ record: CouchRecord; given: string }>): {
      revision: number;
      previous: number;
    } {
      const previous = revision;
      if (written.length === 0) return { revision, previous };
      const saved = revision + 1;
      let last = saved;
      for (const { record, given } of written) {
        const name = nameOf(record);
        const text = recordText(record);
        const at = text === given ? saved : saved + 1;
        last = Math.max(last, at);
        const named = byName.get(name);
        if (named) Object.assign(named, { record, text, revision: at });
        else byName.set(name, { record, text, revision: at, docIds: new Set() });
      }
      revision = last;
      return { revision: saved, previous };
    },
    /** Names of set-aside values held now. */
    setAsideNames: () => [...byName.keys()].filter((name) => name.startsWith('set-aside:')),
    /** Entries and tombstones that changed after `since` (all, without it), and the set-aside values. */
    changesSince(since?: number): PatternLogStoredChanges {
      const records: PatternLogRecord[] = [];
      const quarantine: unknown[] = [];
      for (const { record, revision: at } of byName.values()) {
        if (record.t === 'set-aside') quarantine.push(record.value);
        else if (since !== undefined && at <= since) continue;
        else if (record.t === 'entry')
          records.push({ id: record.entry.id, revision: at, entry: record.entry });
        else records.push({ id: record.id, revision: at, removed: record.at });
      }
      return { revision, records, quarantine: sortedQuarantine(quarantine), document: null };
    },
    /** The whole log as one document text (null when empty), the same on every device. */
    text(): string | null {
      if (byName.size === 0) return null;
      const entries: PatternLogEntry[] = [];
      const removed: Record<string, string> = {};
      const quarantine: unknown[] = [];
      for (const { record } of byName.values()) {
        if (record.t === 'entry') entries.push(record.entry);
        else if (record.t === 'removed')
          Object.defineProperty(removed, record.id, {
            value: record.at,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else quarantine.push(record.value);
      }
      entries.sort(compareEntries);
      const setAside = sortedQuarantine(quarantine);
      return serializeDocument(
        setAside.length > 0
          ? { version: 2, entries, removed, quarantine: setAside }
          : { version: 2, entries, removed },
      );
    },
    /** Forgets every record (a lock: nothing opened stays in memory); revisions keep counting up. */
    forget() {
      byDoc.clear();
      byName.clear();
      dirty.clear();
      revision++;
    },
    /** Reads every document again (another key): records that read the same keep their revision. */
    clear() {
      byDoc.clear();
      for (const named of byName.values()) named.docIds.clear();
      for (const name of byName.keys()) dirty.add(name);
    },
  };
}

export type RecordIndex = ReturnType<typeof recordIndex>;

/** In the same order on every device, whatever order the documents came in. */
const sortedQuarantine = (values: unknown[]) =>
  values.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
