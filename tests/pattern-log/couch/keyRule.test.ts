// @vitest-environment node
// The key rule: which key document every device settles on when there are several, and the key
// check that keeps a server from making an old key look newer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseKey, compareKeys, type KeyCandidate } from '../../../src/pattern-log/couch/keyRule';
import { isForged, keyring, newKey, openKey, readKeyDoc } from '../../../src/pattern-log/couch/keys';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString();
const key = (tag: string, minute: number, generation = 0, former: string[] = []): KeyCandidate => ({
  tag,
  created: at(minute),
  generation,
  former: former.map((t) => ({ tag: t })),
  rev: `1-${tag}`,
});

const tags = ['AAAA', 'BBBB', 'CCCC', 'DDDD'];
const candidates = fc
  .array(
    fc.record({
      tag: fc.constantFrom(...tags),
      minute: fc.integer({ min: 0, max: 1 }),
      generation: fc.integer({ min: 0, max: 2 }),
      former: fc.subarray(tags, { maxLength: 2 }),
      // Two revisions of one key document (a copy with another revision) tie on all but `rev`.
      copies: fc.integer({ min: 1, max: 2 }),
    }),
    { maxLength: 5 },
  )
  .map((list) =>
    list.flatMap(({ tag, minute, generation, former, copies }, i) =>
      Array.from({ length: copies }, (_, copy) => ({
        ...key(tag, minute, generation, former),
        rev: `${i}-${copy}`,
      })),
    ),
  );
const retired = fc.subarray(tags, { maxLength: 2 });

describe('chooseKey', () => {
  it('chooses the newer key: the later made, then the higher generation, then the smaller salt', () => {
    expect(chooseKey([key('AAAA', 1), key('BBBB', 2)])?.tag).toBe('BBBB');
    // A passphrase change keeps the moment it replaced (a clock behind) and wins by its generation.
    expect(chooseKey([key('BBBB', 1, 1), key('AAAA', 1, 0), key('CCCC', 0, 5)])?.tag).toBe('BBBB');
    expect(chooseKey([key('CCCC', 1, 1), key('BBBB', 1, 1)])?.tag).toBe('BBBB');
    expect(chooseKey([])).toBeUndefined();
  });

  it('never chooses a retired key, however new it claims to be', () => {
    // Sealed as a former key inside another candidate: the replayed key loses, though "newer".
    const replayed = key('AAAA', 30, 9);
    expect(chooseKey([replayed, key('BBBB', 1, 1, ['AAAA'])])?.tag).toBe('BBBB');
    // On this device's own list of retired keys, with nothing else to say so.
    expect(chooseKey([replayed, key('BBBB', 1, 1)], ['AAAA'])?.tag).toBe('BBBB');
    // Every candidate retired: none is chosen (the device keeps the key it has).
    expect(chooseKey([replayed], ['AAAA'])).toBeUndefined();
  });

  it('chooses the same key whatever order the candidates came in, and again when asked again', () => {
    fc.assert(
      fc.property(
        candidates.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        retired,
        ([list, shuffled], gone) => {
          const chosen = chooseKey(list, gone);
          expect(chooseKey(shuffled, gone)).toBe(chosen);
          if (!chosen) return;
          // Idempotent: the choice chosen among itself, or offered again, stays the choice.
          expect(chooseKey([chosen], gone)).toBe(chosen);
          expect(chooseKey([...list, chosen], gone)).toBe(chosen);
          expect(chooseKey([chosen, ...shuffled], gone)).toBe(chosen);
        },
      ),
    );
  });

  it('chooses a key retired by nobody that no other such key beats, or none when all are retired', () => {
    fc.assert(
      fc.property(candidates, retired, (list, gone) => {
        const dropped = new Set([...gone, ...list.flatMap((c) => c.former?.map(({ tag }) => tag) ?? [])]);
        const open = list.filter((c) => !dropped.has(c.tag));
        const chosen = chooseKey(list, gone);
        if (open.length === 0) expect(chosen).toBeUndefined();
        else {
          expect(open).toContain(chosen);
          for (const other of open) expect(compareKeys(chosen!, other)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});

describe('the key check', () => {
  it('binds when the key was made and its generation: an edited one does not open', async () => {
    const keys = keyring();
    const { fields, codec } = await newKey('a quiet harbour at dawn', 600_000, keys, {
      created: at(0),
      generation: 1,
    });
    const doc = { _id: 'attune-pattern-log', _rev: '2-a', ...fields };
    const info = readKeyDoc(doc)!;
    expect(info).toMatchObject({ created: at(0), generation: 1, tag: codec.tag });
    expect(await openKey(info, 'a quiet harbour at dawn', keys)).toBeDefined();
    expect(await isForged(info, codec)).toBe(false);

    for (const edit of [{ generation: 7 }, { created: at(50) }, { generation: 0, created: at(-5) }]) {
      const edited = readKeyDoc({ ...doc, ...edit })!;
      expect(edited).toMatchObject(edit);
      expect(await openKey(edited, 'a quiet harbour at dawn', keys)).toBeUndefined();
      expect(await isForged(edited, codec)).toBe(true);
    }
    // Not a generation at all: not a key document this release reads.
    expect(readKeyDoc({ ...doc, generation: -1 })).toBeUndefined();
    expect(readKeyDoc({ ...doc, generation: '9' })).toBeUndefined();
  });
});
