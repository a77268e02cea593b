import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEntries, type PatternLogEntry } from '../../src/pattern-log/document';
import { difference } from '../../src/pattern-log/insightsWorker';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString();

describe('given a log before and after some changes', () => {
  it('should send the worker exactly what turns its copy into the new list', () => {
    const entry = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), minute: fc.nat(5) });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: (e) => e.id }),
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('keep' as const) }),
            fc.record({ kind: fc.constant('move' as const), minute: fc.nat(5) }),
            fc.record({ kind: fc.constant('edit' as const) }),
            fc.record({ kind: fc.constant('drop' as const) }),
          ),
        ),
        fc.uniqueArray(entry, { selector: (e) => e.id }),
        (start, changes, added) => {
          const before: PatternLogEntry[] = start
            .map(({ id, minute }) => ({ id, at: at(minute), pattern: 'fawning' }))
            .sort(compareEntries);
          // The reducer's way: an entry that changes is a new object; others are the same object.
          const after: PatternLogEntry[] = [];
          before.forEach((old, index) => {
            const change = changes[index];
            if (change?.kind === 'drop') return;
            if (change?.kind === 'move') after.push({ ...old, at: at(change.minute) });
            else if (change?.kind === 'edit') after.push({ ...old, note: 'changed' });
            else after.push(old);
          });
          for (const { id, minute } of added)
            if (!after.some((e) => e.id === id))
              after.push({ id: `new-${id}`, at: at(minute), pattern: 'bracing' });
          after.sort(compareEntries);
          const { put, removed } = difference(before, after);
          const copy = new Map(before.map((e) => [e.id, e]));
          for (const id of removed) copy.delete(id);
          for (const e of put) copy.set(e.id, e);
          expect([...copy.values()].sort(compareEntries)).toEqual(after);
          // Nothing unchanged is sent again.
          for (const e of put) expect(before).not.toContain(e);
        },
      ),
    );
  });
});
