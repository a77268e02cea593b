// @vitest-environment node
// How one document's versions settle: the rule every device applies to a conflict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePatternLog, type PatternLogEntry } from '../../../src/pattern-log';
import {
  followRecord,
  historyLimit,
  readRecord,
  recordText,
  resolveRecords,
  type CouchRecord,
} from '../../../src/pattern-log/couch/records';

const at = (second: number) => new Date(Date.UTC(2026, 2, 1, 9, 0, second)).toISOString();
const entry = (note: string, second: number, extra: Partial<PatternLogEntry> = {}): CouchRecord => ({
  t: 'entry',
  entry: { id: 'one', at: at(0), pattern: 'rumination', note, updatedAt: at(second), ...extra },
});
const removed = (second: number): CouchRecord => ({ t: 'removed', id: 'one', at: at(second) });

const version = fc.oneof(
  fc
    .record({ note: fc.constantFrom('a', 'b', 'c', 'd', ''), second: fc.integer({ min: 0, max: 5 }) })
    .map(({ note, second }) => entry(note, second)),
  fc.integer({ min: 0, max: 5 }).map(removed),
);

describe('resolveRecords', () => {
  it('keeps the later edit and the earlier text in its history, a millisecond after both', () => {
    const settled = resolveRecords([entry('on the phone', 1), entry('on the laptop', 2)]);
    expect(settled).toEqual({
      t: 'entry',
      entry: {
        id: 'one',
        at: at(0),
        pattern: 'rumination',
        note: 'on the laptop',
        updatedAt: new Date(Date.parse(at(2)) + 1).toISOString(),
        history: [{ at: at(0), pattern: 'rumination', note: 'on the phone', updatedAt: at(1) }],
      },
    });
  });

  it('lets a later deletion win, and an edit at the same moment keep the entry, as mergeState does', () => {
    expect(resolveRecords([entry('words', 1), removed(2)])).toEqual(removed(2));
    expect(resolveRecords([removed(1), entry('words', 1)])).toEqual(entry('words', 1));
  });

  it('adds nothing to the history for versions with the same words', () => {
    const same = resolveRecords([entry('same', 1), entry('same', 2)]);
    expect(same).toEqual(entry('same', 2));
  });

  it('settles on the same record whatever the order, and again on its own result', () => {
    fc.assert(
      fc.property(fc.array(version, { minLength: 1, maxLength: 6 }), fc.integer(), (records, seed) => {
        const settled = resolveRecords(records);
        const shuffled = records
          .map((record, i) => ({ record, key: Math.sin(seed + i) }))
          .sort((a, b) => a.key - b.key)
          .map(({ record }) => record);
        expect(recordText(resolveRecords(shuffled))).toBe(recordText(settled));
        // Two devices that each settled a part, then meet: the same as settling it all at once.
        expect(recordText(resolveRecords([...records, settled]))).toBe(recordText(settled));
        if (settled.t === 'entry')
          expect((settled.entry.history ?? []).length).toBeLessThanOrEqual(historyLimit);
      }),
    );
  });

  it('keeps at most ten versions, the newest', () => {
    const many = Array.from({ length: 14 }, (_, i) => entry(`version ${i}`, i));
    const settled = resolveRecords(many);
    expect(settled.t === 'entry' && settled.entry.history?.map((v) => v.note)).toEqual(
      Array.from({ length: 10 }, (_, i) => `version ${12 - i}`),
    );
  });
});

describe('followRecord', () => {
  it('takes a device’s own later change as it is, keeping a history it did not know of', () => {
    const stored = resolveRecords([entry('first', 1), entry('second', 2)]);
    const next = entry('third', 5);
    const followed = followRecord(stored, next);
    expect(followed.t === 'entry' && followed.entry.note).toBe('third');
    expect(followed.t === 'entry' && followed.entry.history?.map((v) => v.note)).toEqual(['first']);
    // A change the rule puts before what is stored is not one.
    expect(followRecord(entry('newer', 9), entry('older', 3))).toEqual(entry('newer', 9));
  });

  it('takes the history a change carries as the person left it: a version let go stays gone', () => {
    const stored = resolveRecords([entry('first', 1), entry('second', 2), entry('third', 3)]);
    const kept = stored.t === 'entry' ? stored.entry.history! : [];
    expect(kept.map((v) => v.note)).toEqual(['second', 'first']);
    const letOneGo = followRecord(stored, entry('third', 5, { history: [kept[0]!] }));
    expect(letOneGo.t === 'entry' && letOneGo.entry.history?.map((v) => v.note)).toEqual(['second']);
    const letAllGo = followRecord(stored, entry('third', 6, { history: [] }));
    expect(letAllGo.t === 'entry' && letAllGo.entry.history).toEqual([]);
  });
});

describe('readRecord', () => {
  it('leaves out versions of a tampered history, and never shows them broken', () => {
    const read = readRecord({
      t: 'entry',
      entry: {
        id: 'one',
        at: at(0),
        pattern: 'rumination',
        history: [
          { at: at(0), pattern: 'kept', note: 'fine' },
          { at: 'not a date', pattern: 'gone' },
          { at: at(0), pattern: 'nested', history: [] },
          'not even an object',
          { id: 'ids do not belong here', at: at(0), pattern: 'gone too' },
        ],
      },
    });
    expect(read).toEqual({
      t: 'entry',
      entry: {
        id: 'one',
        at: at(0),
        pattern: 'rumination',
        history: [{ at: at(0), pattern: 'kept', note: 'fine' }],
      },
    });
  });

  it('sets aside an entry that fails the check, and refuses what is not a record', () => {
    expect(readRecord({ t: 'entry', entry: { id: 'one', pattern: 'no time' } })).toEqual({
      t: 'set-aside',
      value: { id: 'one', pattern: 'no time' },
    });
    for (const value of [null, 'text', { t: 'removed', id: 'one', at: 'never' }, { t: 'unknown' }])
      expect(readRecord(value)).toBeUndefined();
  });

  it('reads a stored log whose history is tampered as a log with that entry set aside', () => {
    const text = JSON.stringify({
      version: 2,
      removed: {},
      entries: [{ id: 'one', at: at(0), pattern: 'rumination', history: 'not a list' }],
    });
    const parsed = parsePatternLog(text);
    expect(parsed.ok && parsed.document.entries).toEqual([]);
    expect(parsed.ok && parsed.problems).toEqual([{ path: 'entries[0].history', code: 'not-a-list' }]);
  });
});
