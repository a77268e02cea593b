import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEntries, type PatternLogEntry } from '../../src/pattern-log/document';
import {
  entryById,
  initialLogState,
  logReducer,
  mergeState,
  patternsOf,
  type LogAction,
  type LogState,
} from '../../src/pattern-log/logReducer';

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const patterns = ['fawning', 'freezing', 'bracing'];
// Few distinct times, so ties (same time, ordered by id) come up often.
const time = fc.integer({ min: 0, max: 5 }).map((h) => new Date(Date.UTC(2026, 2, 1, h)).toISOString());
const id = fc.constantFrom(...ids);
const pattern = fc.constantFrom(...patterns);

type Step =
  | { kind: 'add'; id: string; at: string; pattern: string }
  | { kind: 'edit'; id: string; at?: string; pattern?: string }
  | { kind: 'remove'; id: string }
  | { kind: 'undo' }
  | { kind: 'merge'; entries: Array<{ id: string; at: string; pattern: string }> };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), id, at: time, pattern }),
  fc.record({ kind: fc.constant('edit' as const), id, at: time, pattern }, { requiredKeys: ['kind', 'id'] }),
  fc.record({ kind: fc.constant('remove' as const), id }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({
    kind: fc.constant('merge' as const),
    entries: fc.uniqueArray(fc.record({ id, at: time, pattern }), { selector: (e) => e.id, maxLength: 3 }),
  }),
);

/** After any adds, edits, deletes, undos and merges: the list a full sort gives, the last list untouched. */
function checkEveryChange() {
  fc.assert(
    fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
      let state: LogState = initialLogState;
      let now = Date.parse('2026-04-01T00:00:00Z');
      for (const s of steps) {
        now += 1000;
        let action: LogAction;
        if (s.kind === 'add') {
          if (entryById(state.entries, s.id)) continue;
          action = { type: 'add', entry: { id: s.id, at: s.at, pattern: s.pattern }, now };
        } else if (s.kind === 'edit') {
          const { kind: _kind, id: target, ...changes } = s;
          action = { type: 'update', id: target, changes, now };
        } else if (s.kind === 'remove') action = { type: 'remove', id: s.id, now };
        else if (s.kind === 'undo') action = { type: 'undo', now };
        else {
          const entries = s.entries.map((e) => ({ ...e, updatedAt: new Date(now).toISOString() }));
          action = { type: 'merge', document: { version: 2, entries, removed: {} } };
        }
        const last = state.entries;
        const lastCopy = [...last];
        state = logReducer(state, action);
        // A change makes a new list and leaves the one it was given as it was.
        expect(last).toEqual(lastCopy);
        // The same entries, sorted and looked up the slow way.
        const sorted = [...state.entries].sort(compareEntries);
        expect(state.entries).toEqual(sorted);
        expect(new Set(state.entries.map((e) => e.id)).size).toBe(state.entries.length);
        for (const known of ids)
          expect(entryById(state.entries, known)).toBe(state.entries.find((e) => e.id === known));
        expect(patternsOf(state.entries)).toEqual([...new Set(sorted.map((e) => e.pattern))]);
      }
    }),
    { numRuns: 300 },
  );
}

describe('the index beside each entry list', () => {
  it('should give, after any adds, edits, deletes, undos and merges, the list a full sort gives', () => {
    checkEveryChange();
  });

  it('should do the same in a browser without Array.prototype.toSpliced', () => {
    const toSpliced = Object.getOwnPropertyDescriptor(Array.prototype, 'toSpliced');
    delete (Array.prototype as { toSpliced?: unknown }).toSpliced;
    try {
      expect([].toSpliced).toBeUndefined();
      checkEveryChange();
    } finally {
      if (toSpliced) Object.defineProperty(Array.prototype, 'toSpliced', toSpliced);
    }
  });

  it('should answer for a list it has handed on as well (built again), unchanged', () => {
    const entry = (n: number): PatternLogEntry => ({
      id: `e${n}`,
      at: new Date(Date.UTC(2026, 2, n)).toISOString(),
      pattern: n % 2 ? 'fawning' : 'freezing',
    });
    const before = mergeState(initialLogState, { version: 2, entries: [1, 2, 3].map(entry), removed: {} });
    const after = logReducer(before, { type: 'remove', id: 'e3', now: Date.parse('2026-04-01') });
    expect(entryById(after.entries, 'e3')).toBeUndefined();
    expect(entryById(before.entries, 'e3')).toEqual(entry(3));
    expect(patternsOf(before.entries)).toEqual(['fawning', 'freezing']);
    expect(patternsOf(after.entries)).toEqual(['freezing', 'fawning']);
  });
});
