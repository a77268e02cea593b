// @vitest-environment node
// Property: whatever devices do apart, and in whatever order they meet the server, they end
// with the same log. Replication is run by hand here (one device at a time, through a database
// standing for the server), so fast-check chooses every interleaving; the storage's own live
// sync points at an address that refuses, so each device is offline but for those rounds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPatternLogStore, parsePatternLog, type PatternLogStore } from '../../../src/pattern-log';
import { createCouchStorage, type CouchStorage } from '../../../src/pattern-log/couch';
import { deviceDatabase } from './server';

type Op =
  | { kind: 'add'; device: number; pattern: string; wait: number }
  | { kind: 'edit'; device: number; pick: number; note: string; wait: number }
  | { kind: 'remove'; device: number; pick: number; wait: number }
  | { kind: 'sync'; device: number };

const devices = 3;
const device = fc.integer({ min: 0, max: devices - 1 });
// 0 ms apart sometimes: changes at the same moment on two devices, settled by the tie-break.
const wait = fc.integer({ min: 0, max: 2 });
const words = fc.constantFrom('rumination', 'avoidance', 'a long day', 'the call', 'people-pleasing', 'ok');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), device, pattern: words, wait }),
  fc.record({ kind: fc.constant('edit' as const), device, pick: fc.nat(), note: words, wait }),
  fc.record({ kind: fc.constant('remove' as const), device, pick: fc.nat(), wait }),
  fc.record({ kind: fc.constant('sync' as const), device }),
);

interface Device {
  local: PouchDB.Database;
  storage: CouchStorage;
  store: PatternLogStore;
}

/** Pushes this device's documents to the server and pulls the server's, after saving what it holds. */
async function syncRound(d: Device, server: PouchDB.Database) {
  await d.store.flush();
  await d.local.replicate.to(server);
  await d.local.replicate.from(server);
  // A read–merge–write: settles conflicts that came in, and takes the result on screen.
  await d.store.flush();
}

const shown = (d: Device) =>
  JSON.stringify(
    d.store
      .getSnapshot()
      .entries.map(({ id, pattern, note, updatedAt }) => ({ id, pattern, note, updatedAt })),
  );

async function conflictsLeft(local: PouchDB.Database) {
  const { rows } = await local.allDocs({ include_docs: true, conflicts: true });
  return rows.filter((row) => (row.doc as { _conflicts?: string[] })._conflicts?.length).length;
}

describe('couch storage, many devices', () => {
  it('converges to the same entries whatever the interleaving of edits, deletions and syncs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        let now = Date.parse('2026-03-01T09:00:00.000Z');
        const server = deviceDatabase();
        const all: Device[] = Array.from({ length: devices }, () => {
          const local = deviceDatabase();
          // Port 9 (discard) refuses at once: the live sync stays offline; rounds below do the syncing.
          const storage = createCouchStorage({ local, remote: 'http://127.0.0.1:9/offline', encrypt: false });
          const store = createPatternLogStore(storage, { now: () => now });
          store.start();
          return { local, storage, store };
        });
        const ids = new Set<string>();
        try {
          for (const step of ops) {
            const d = all[step.device]!;
            if (step.kind === 'sync') {
              await syncRound(d, server);
              continue;
            }
            await d.store.flush();
            now += step.wait;
            const entries = d.store.getSnapshot().entries;
            if (step.kind === 'add') ids.add(d.store.add({ pattern: step.pattern }).id);
            else if (entries.length === 0) continue;
            else if (step.kind === 'edit')
              d.store.update(entries[step.pick % entries.length]!.id, { note: step.note });
            else d.store.remove(entries[step.pick % entries.length]!.id);
          }
          // Then every device meets the server a few times: settling a conflict is itself a change to share.
          for (let round = 0; round < 3; round++) for (const d of all) await syncRound(d, server);
          const first = shown(all[0]!);
          for (const d of all) expect(shown(d)).toBe(first);
          const texts = await Promise.all(all.map((d) => d.storage.load()));
          for (const text of texts) expect(text).toBe(texts[0]);
          for (const d of all) expect(await conflictsLeft(d.local)).toBe(0);
          // Every entry ever added is either in the log or deleted by a tombstone: none vanished.
          const parsed = texts[0] === null ? undefined : parsePatternLog(texts[0]!);
          const document = parsed?.ok ? parsed.document : { entries: [], removed: {} };
          for (const id of ids)
            expect(document.entries.some((e) => e.id === id) || Object.hasOwn(document.removed, id)).toBe(
              true,
            );
        } finally {
          for (const d of all) {
            d.store.stop();
            await d.storage.close();
          }
        }
      }),
      { numRuns: 20 },
    );
  }, 300_000);
});
