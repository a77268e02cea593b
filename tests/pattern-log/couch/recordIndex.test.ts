// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameOf, recordIndex } from '../../../src/pattern-log/couch/recordIndex';
import type { CouchRecord } from '../../../src/pattern-log/couch/records';
import type { PatternLogRecord } from '../../../src/pattern-log/storage';

const ids = ['a', 'b', 'c', 'd'];
const stamp = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();

const record = fc.oneof(
  fc
    .record({
      id: fc.constantFrom(...ids),
      minute: fc.integer({ min: 0, max: 50 }),
      note: fc.string({ maxLength: 3 }),
    })
    .map(({ id, minute, note }): CouchRecord => ({
      t: 'entry',
      entry: { id, pattern: 'rumination', at: stamp(0), updatedAt: stamp(minute), note },
    })),
  fc
    .record({ id: fc.constantFrom(...ids), minute: fc.integer({ min: 0, max: 50 }) })
    .map(({ id, minute }): CouchRecord => ({ t: 'removed', id, at: stamp(minute) })),
);

/** What happens to the database and its readers, in any order. */
const step = fc.oneof(
  // A document (two per entry id, as while one moves to a new key) now holds a record, or nothing.
  fc.record({
    kind: fc.constant('doc' as const),
    doc: fc.integer({ min: 0, max: 7 }),
    record: fc.option(record),
  }),
  fc.record({ kind: fc.constant('commit' as const) }),
  fc.record({ kind: fc.constant('read' as const) }),
  // The reader saves records; some are stored otherwise than given (a newer one was there).
  fc.record({ kind: fc.constant('write' as const), given: record, stored: fc.option(record) }),
  fc.record({ kind: fc.constant('rekey' as const) }),
);

const asMap = (records: PatternLogRecord[]) =>
  Object.fromEntries(records.map(({ id, revision: _revision, ...rest }) => [id, rest]));

describe('recordIndex', () => {
  it('lets a reader that reads only the changes since its last read hold what a full read holds', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const index = recordIndex();
        const held = new Map<string, { entry: unknown } | { removed: string }>();
        /** What a save wrote reaches the index through the changes feed, at a later commit. */
        let echoes: Array<() => void> = [];
        let revision: number | undefined;
        const read = () => {
          const found = index.changesSince(revision);
          for (const { id, revision: _at, ...rest } of found.records) held.set(id, rest);
          revision = found.revision;
        };
        for (const s of steps) {
          if (s.kind === 'doc') {
            const docId = `doc-${s.doc}`;
            // A document always holds the same entry id (its id is the HMAC of it).
            const r = s.record && { ...s.record };
            if (r?.t === 'entry') r.entry = { ...r.entry, id: ids[s.doc % ids.length]! };
            if (r?.t === 'removed') r.id = ids[s.doc % ids.length]!;
            index.setDoc(docId, r ? { name: nameOf(r), record: r } : null);
          } else if (s.kind === 'commit') {
            echoes.forEach((echo) => echo());
            echoes = [];
            index.commit();
          } else if (s.kind === 'read') read();
          else if (s.kind === 'rekey') index.clear();
          else {
            const given = s.given;
            const stored = s.stored && nameOf(s.stored) === nameOf(given) ? s.stored : given;
            const saved = index.wrote([{ record: stored, given: JSON.stringify(given) }]);
            const id = given.t === 'entry' ? given.entry.id : given.t === 'removed' ? given.id : '';
            held.set(
              id,
              given.t === 'entry' ? { entry: given.entry } : { removed: (given as { at: string }).at },
            );
            if (revision === saved.previous) revision = saved.revision;
            echoes.push(() =>
              index.setDoc(`doc-${ids.indexOf(id)}`, { name: nameOf(stored), record: stored }),
            );
          }
        }
        echoes.forEach((echo) => echo());
        index.commit();
        read();
        // Every record storage holds, the reader holds as stored (one whose documents all went
        // stays with the reader: storage never tells a log to forget an entry).
        const full = asMap(index.changesSince().records);
        for (const [id, value] of Object.entries(full)) expect(held.get(id)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it('assembles the same text whatever order the documents came in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(record, { selector: nameOf, maxLength: 8 }), (records) => {
        const forward = recordIndex();
        const backward = recordIndex();
        records.forEach((r, i) => forward.setDoc(`doc-${i}`, { name: nameOf(r), record: r }));
        [...records].reverse().forEach((r, i) => backward.setDoc(`doc-${i}`, { name: nameOf(r), record: r }));
        forward.commit();
        backward.commit();
        expect(forward.text()).toBe(backward.text());
      }),
    );
  });
});
