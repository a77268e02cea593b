import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryContent, type PatternLogEntry } from '../../src/pattern-log/document';
import { keptVersions, letGoChanges, restoreChanges } from '../../src/pattern-log/keptVersions';
import { initialLogState, logReducer, type LogState } from '../../src/pattern-log/logReducer';

const moment = fc.record(
  {
    at: fc.constantFrom('2026-03-20T09:00:00.000Z', '2026-03-21T09:00:00.000Z'),
    pattern: fc.constantFrom('bracing', 'fawning', 'my own words'),
    when: fc.constantFrom('before' as const, 'during' as const, 'after' as const),
    intensity: fc.integer({ min: 0, max: 10 }),
    body: fc.array(fc.constantFrom('jaw', 'chest'), { maxLength: 2 }),
    note: fc.string({ maxLength: 8 }),
    updatedAt: fc.constantFrom('2026-03-20T10:00:00.000Z', '2026-03-20T11:00:00.000Z'),
  },
  { requiredKeys: ['at', 'pattern'] },
);

/** Anything at all, as a tampered store might hold in place of a version. */
const junk = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.record({ pattern: fc.integer() }));

const historyItem = fc.oneof({ weight: 3, arbitrary: moment }, { weight: 1, arbitrary: junk });

const entry = fc
  .tuple(moment, fc.array(historyItem, { minLength: 1, maxLength: 6 }))
  .map(([current, history]): PatternLogEntry => ({ ...current, id: 'entry', history: history as never }));

function stateWith(e: PatternLogEntry): LogState {
  return { ...initialLogState, entries: [e], clock: Date.parse('2026-03-22T00:00:00.000Z') };
}

function afterUpdate(e: PatternLogEntry, changes: ReturnType<typeof restoreChanges>): PatternLogEntry {
  const next = logReducer(stateWith(e), { type: 'update', id: e.id, changes, now: Date.now() });
  return next.entries[0]!;
}

/** Every version's words, the current one's too, without times: what must never be lost. */
function allWords(e: PatternLogEntry): string[] {
  const { id: _id, history, ...current } = e;
  const versions = (Array.isArray(history) ? history : []).map((item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? entryContent({ ...(item as PatternLogEntry), id: '' })
      : JSON.stringify(item),
  );
  return [entryContent({ ...current, id: '' }), ...versions].sort();
}

describe('given an entry with versions kept by sync conflicts', () => {
  it('should lose no words when a kept version is used instead', () => {
    fc.assert(
      fc.property(entry, fc.nat(), (e, pick) => {
        const kept = keptVersions(e);
        fc.pre(kept.length > 0);
        const chosen = kept[pick % kept.length]!;
        const next = afterUpdate(e, restoreChanges(e, chosen));
        // The entry now says what the chosen version said…
        const { updatedAt: _a, ...said } = chosen.version;
        const { id: _id, history: _h, updatedAt: _b, ...now } = next;
        expect(now).toEqual(said);
        // …and the words of every version, the replaced one included, are still there.
        expect(allWords(next)).toEqual(allWords(e));
      }),
    );
  });

  it('should take back a use by using the replaced version, word for word', () => {
    fc.assert(
      fc.property(entry, (e) => {
        const [first] = keptVersions(e);
        fc.pre(first !== undefined);
        const used = afterUpdate(e, restoreChanges(e, first));
        const back = afterUpdate(used, restoreChanges(used, keptVersions(used)[0]!));
        expect(entryContent({ ...back, history: undefined })).toBe(
          entryContent({ ...e, history: undefined }),
        );
      }),
    );
  });

  it('should remove exactly the version let go, and nothing else', () => {
    fc.assert(
      fc.property(entry, fc.nat(), (e, pick) => {
        const kept = keptVersions(e);
        fc.pre(kept.length > 0);
        const chosen = kept[pick % kept.length]!;
        const next = afterUpdate(e, letGoChanges(e, chosen));
        const expected = (e.history as unknown[]).filter((_, i) => i !== chosen.index);
        expect(next.history ?? []).toEqual(expected);
        expect(entryContent({ ...next, history: undefined })).toBe(
          entryContent({ ...e, history: undefined }),
        );
      }),
    );
  });

  it('should offer every version that reads as one, and nothing else', () => {
    fc.assert(
      fc.property(entry, (e) => {
        const history = e.history as unknown[];
        const readable = history.flatMap((item, index) =>
          item !== null &&
          typeof item === 'object' &&
          typeof (item as { pattern?: unknown }).pattern === 'string'
            ? [{ index, version: item }]
            : [],
        );
        expect(keptVersions(e)).toEqual(readable);
      }),
    );
  });
});
