import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialLogState, logReducer, toDocument, type LogState } from '../../src/pattern-log/logReducer';

type Op =
  | { kind: 'add'; tab: number; slot: number }
  | { kind: 'edit'; tab: number; slot: number; note: string }
  | { kind: 'remove'; tab: number; slot: number }
  | { kind: 'undo'; tab: number }
  | { kind: 'merge'; from: number; to: number };

const tabs = 3;
const tab = fc.integer({ min: 0, max: tabs - 1 });
const slot = fc.integer({ min: 0, max: 5 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), tab, slot }),
  fc.record({ kind: fc.constant('edit' as const), tab, slot, note: fc.string({ maxLength: 3 }) }),
  fc.record({ kind: fc.constant('remove' as const), tab, slot }),
  fc.record({ kind: fc.constant('undo' as const), tab }),
  fc.record({ kind: fc.constant('merge' as const), from: tab, to: tab }),
);

/**
 * Runs the ops on several tabs sharing one clock, then merges every tab into every other.
 * Alongside, it records the latest change to each id anywhere: alive or deleted.
 */
function run(ops: Op[]) {
  let time = Date.parse('2026-01-01T00:00:00Z');
  const states: LogState[] = Array.from({ length: tabs }, () => initialLogState);
  let added = 0;
  const ids: string[] = [];
  const latest = new Map<string, { stamp: number; alive: boolean }>();
  const record = (before: LogState, after: LogState) => {
    for (const entry of after.entries) {
      const stamp = Date.parse(entry.updatedAt!);
      if ((latest.get(entry.id)?.stamp ?? -1) < stamp) latest.set(entry.id, { stamp, alive: true });
    }
    for (const [id, at] of Object.entries(after.removed)) {
      if (!(id in before.removed) || before.removed[id] !== at) {
        const stamp = Date.parse(at);
        if ((latest.get(id)?.stamp ?? -1) < stamp) latest.set(id, { stamp, alive: false });
      }
    }
  };
  for (const o of ops) {
    const now = (time += 1);
    if (o.kind === 'merge') {
      states[o.to] = logReducer(states[o.to]!, { type: 'merge', document: toDocument(states[o.from]!) });
      continue;
    }
    const before = states[o.tab]!;
    // Edits and deletes pick an existing entry by slot (or none, which must change nothing).
    const target = before.entries[('slot' in o ? o.slot : 0) % Math.max(1, before.entries.length)]?.id ?? '';
    let after: LogState;
    switch (o.kind) {
      case 'add': {
        const id = `e${added++}`;
        ids.push(id);
        after = logReducer(before, {
          type: 'add',
          entry: { id, at: new Date(now).toISOString(), pattern: 'p' },
          now,
        });
        break;
      }
      case 'edit':
        after = logReducer(before, { type: 'update', id: target, changes: { note: o.note }, now });
        break;
      case 'remove':
        after = logReducer(before, { type: 'remove', id: target, now });
        break;
      case 'undo':
        after = logReducer(before, { type: 'undo', now });
        break;
    }
    states[o.tab] = after;
    record(before, after);
  }
  // Everyone hears from everyone, twice round.
  for (let round = 0; round < 2; round++)
    for (let to = 0; to < tabs; to++)
      for (let from = 0; from < tabs; from++)
        states[to] = logReducer(states[to]!, { type: 'merge', document: toDocument(states[from]!) });
  return { states, ids, latest };
}

describe('given any interleaving of add, edit, delete, undo and merge across tabs', () => {
  it('should lose no entry: each id ends alive exactly when its latest change kept it', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { states, ids, latest } = run(ops);
        const final = states[0]!;
        for (const id of ids) {
          const alive = final.entries.some((e) => e.id === id);
          expect(alive).toBe(latest.get(id)!.alive);
          // Nothing vanishes without a trace: a missing id is a recorded deletion.
          if (!alive) expect(final.removed[id]).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should leave every tab with the same log', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { states } = run(ops);
        for (const state of states) expect(toDocument(state)).toEqual(toDocument(states[0]!));
      }),
      { numRuns: 200 },
    );
  });
});

describe('given one tab', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const now = Date.parse(at);

  it('should bring back a deleted entry on undo, with its content', () => {
    let state = logReducer(initialLogState, {
      type: 'add',
      entry: { id: 'a', at, pattern: 'p', note: 'n' },
      now,
    });
    state = logReducer(state, { type: 'remove', id: 'a', now });
    expect(state.entries).toEqual([]);
    state = logReducer(state, { type: 'undo', now });
    expect(state.entries).toMatchObject([{ id: 'a', note: 'n' }]);
    expect(state.removed).toEqual({});
  });

  it('should put an edited entry back as it was on undo', () => {
    let state = logReducer(initialLogState, {
      type: 'add',
      entry: { id: 'a', at, pattern: 'p', note: 'before' },
      now,
    });
    state = logReducer(state, { type: 'update', id: 'a', changes: { note: 'after' }, now });
    state = logReducer(state, { type: 'undo', now });
    expect(state.entries[0]!.note).toBe('before');
  });

  it('should keep entries newest first, whatever order they are added in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { maxLength: 30 }), (offsets) => {
        let state = initialLogState;
        offsets.forEach((offset, i) => {
          state = logReducer(state, {
            type: 'add',
            entry: { id: `e${i}`, at: new Date(now + offset * 1000).toISOString(), pattern: 'p' },
            now,
          });
        });
        const times = state.entries.map((e) => e.at);
        expect(times).toEqual([...times].sort().reverse());
      }),
    );
  });
});
