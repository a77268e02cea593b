import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createIndexedDBStorage,
  createMemoryStorage,
  createPatternLogStore,
  serializePatternLog,
  type PatternLogEntry,
  type PatternLogStorage,
  type PatternLogStore,
} from '../../src/pattern-log';

const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9)).toISOString();
const entry = (id: string, day: number, note?: string): PatternLogEntry => ({
  id,
  at: at(day),
  pattern: 'fawning',
  ...(note === undefined ? {} : { note }),
});

let databases = 0;
/** A database of its own per test: stopped logs may still finish a save after a test ends. */
const newName = () => `per-entry-${++databases}`;

const stores: PatternLogStore[] = [];
afterEach(() => {
  stores.splice(0).forEach((store) => store.stop());
});

async function open(storage: PatternLogStorage) {
  const store = createPatternLogStore(storage);
  stores.push(store);
  store.start();
  await vi.waitFor(() => expect(store.getSnapshot().status).not.toBe('loading'));
  await store.flush().catch(() => undefined);
  return store;
}

/** Every record as stored, by id. */
async function records(storage: PatternLogStorage) {
  const found = await storage.loadChanges!();
  return Object.fromEntries(found.records.map((record) => [record.id, record]));
}

/** The adapter, with its per-entry writes recorded. */
function watched(name: string) {
  const storage = createIndexedDBStorage({ name });
  const saveChanges = vi.fn(storage.saveChanges);
  return { storage: { ...storage, saveChanges } as PatternLogStorage, saveChanges };
}

describe('given a log kept in IndexedDB the way earlier versions did (one document)', () => {
  it('should move every entry, deletion and kept-aside value to records, then delete the document', async () => {
    const name = newName();
    const document = {
      version: 2 as const,
      entries: [entry('a', 3), entry('b', 2, 'kept')],
      removed: { gone: at(4) },
      quarantine: [{ id: 'odd', at: 'not a date' }],
    };
    await createIndexedDBStorage({ name }).save(serializePatternLog(document));
    const storage = createIndexedDBStorage({ name });
    const store = await open(storage);
    expect(store.getSnapshot().status).toBe('ready');
    expect(store.getSnapshot().entries).toEqual(document.entries);
    expect(store.getSnapshot().quarantined).toEqual(document.quarantine);
    expect(await storage.load()).toBeNull();
    const stored = await storage.loadChanges!();
    expect(stored.quarantine).toEqual(document.quarantine);
    expect(Object.fromEntries(stored.records.map((r) => [r.id, 'entry' in r ? r.entry : r.removed]))).toEqual(
      {
        a: entry('a', 3),
        b: entry('b', 2, 'kept'),
        gone: at(4),
      },
    );
    // Opened again: the same log, from records alone.
    const again = await open(createIndexedDBStorage({ name }));
    expect(again.getSnapshot().entries).toEqual(document.entries);
    expect(again.getSnapshot().quarantined).toEqual(document.quarantine);
  });

  it('should leave a document it cannot read exactly as it is, and write nothing', async () => {
    const name = newName();
    await createIndexedDBStorage({ name }).save('{"version": 2, "entries": [oops');
    const storage = createIndexedDBStorage({ name });
    const store = await open(storage);
    store.add({ pattern: 'bracing' });
    await store.flush().catch(() => undefined);
    expect(store.getSnapshot().status).toBe('unreadable');
    expect(await storage.load()).toBe('{"version": 2, "entries": [oops');
    expect((await storage.loadChanges!()).records).toEqual([]);
  });

  it('should merge a document written after the move (an older tab, a closing page) and keep both', async () => {
    const name = newName();
    const storage = createIndexedDBStorage({ name });
    const store = await open(storage);
    const mine = store.add({ pattern: 'bracing' });
    await store.flush();
    await storage.save(serializePatternLog({ version: 2, entries: [entry('old-tab', 1)], removed: {} }));
    const next = await open(createIndexedDBStorage({ name }));
    expect(next.getSnapshot().entries.map((e) => e.id)).toEqual([mine.id, 'old-tab']);
    expect(await storage.load()).toBeNull();
  });
});

describe('given a log kept in IndexedDB, one record per entry', () => {
  it('should write only the entries that changed', async () => {
    const name = newName();
    const many = Array.from({ length: 200 }, (_, i) => entry(`e${i}`, 1 + (i % 20)));
    await createIndexedDBStorage({ name }).save(
      serializePatternLog({ version: 2, entries: many, removed: {} }),
    );
    await open(createIndexedDBStorage({ name }));
    const { storage, saveChanges } = watched(name);
    const store = await open(storage);
    expect(saveChanges).not.toHaveBeenCalled();
    const added = store.add({ pattern: 'withdrawing' });
    store.update('e5', { note: 'changed' });
    store.remove('e6');
    await store.flush();
    expect(saveChanges).toHaveBeenCalledTimes(1);
    const written = saveChanges.mock.calls[0]![0];
    expect(written.put.map((e) => e.id).sort()).toEqual([added.id, 'e5'].sort());
    expect(Object.keys(written.removed)).toEqual(['e6']);
    const stored = await records(storage);
    expect(stored.e5).toMatchObject({ entry: { note: 'changed' } });
    expect(stored.e6).toMatchObject({ removed: expect.any(String) });
  });

  it('should keep every entry when two logs add at once, and read only what the other wrote', async () => {
    const name = newName();
    const left = await open(createIndexedDBStorage({ name }));
    const { storage, saveChanges } = watched(name);
    const right = await open(storage);
    const fromLeft = Array.from({ length: 5 }, (_, i) => left.add({ pattern: 'fawning', note: `left ${i}` }));
    const fromRight = Array.from({ length: 5 }, (_, i) =>
      right.add({ pattern: 'bracing', note: `right ${i}` }),
    );
    await Promise.all([left.flush(), right.flush()]);
    await Promise.all([left.flush(), right.flush()]);
    const ids = [...fromLeft, ...fromRight].map((e) => e.id).sort();
    await vi.waitFor(() => {
      expect(
        left
          .getSnapshot()
          .entries.map((e) => e.id)
          .sort(),
      ).toEqual(ids);
      expect(
        right
          .getSnapshot()
          .entries.map((e) => e.id)
          .sort(),
      ).toEqual(ids);
    });
    // The right log never wrote the left's entries back.
    for (const [changes] of saveChanges.mock.calls)
      expect(changes.put.every((e) => e.note?.startsWith('right'))).toBe(true);
    const fresh = await open(createIndexedDBStorage({ name }));
    expect(
      fresh
        .getSnapshot()
        .entries.map((e) => e.id)
        .sort(),
    ).toEqual(ids);
  });

  it('should keep a record it cannot read aside, as found, even when an entry of its id is written', async () => {
    const name = newName();
    const storage = createIndexedDBStorage({ name });
    await open(storage);
    const tampered = { id: 'bad', at: 'yesterday-ish', pattern: 'fawning', note: 'my words' };
    await storage.saveChanges!({ put: [entry('good', 2), tampered], removed: {} });
    const store = await open(createIndexedDBStorage({ name }));
    expect(store.getSnapshot().entries.map((e) => e.id)).toEqual(['good']);
    expect(store.getSnapshot().quarantined).toEqual([tampered]);
    expect((JSON.parse(store.exportJSON()) as { quarantine: unknown }).quarantine).toEqual([tampered]);
    // An import that brings an entry of the same id: the unreadable words move to the quarantine.
    await store.importJSON(serializePatternLog({ version: 2, entries: [entry('bad', 3)], removed: {} }));
    const after = await open(createIndexedDBStorage({ name }));
    expect(after.getSnapshot().entries.map((e) => e.id)).toEqual(['bad', 'good']);
    expect(after.getSnapshot().quarantined).toEqual([tampered]);
  });

  it('should delete unreadable records too when the person deletes everything', async () => {
    const name = newName();
    const storage = createIndexedDBStorage({ name });
    await open(storage);
    await storage.saveChanges!({ put: [entry('good', 2), { id: 'bad' } as PatternLogEntry], removed: {} });
    const store = await open(createIndexedDBStorage({ name }));
    expect(store.getSnapshot().quarantined).toHaveLength(1);
    await store.clear();
    const after = await open(createIndexedDBStorage({ name }));
    expect(after.getSnapshot().entries).toEqual([]);
    expect(after.getSnapshot().quarantined).toEqual([]);
    expect(Object.values(await records(storage)).every((r) => 'removed' in r)).toBe(true);
  });

  it('should keep a damaged bucket’s text aside, load the rest, and never write over it unkept', async () => {
    const name = newName();
    const storage = createIndexedDBStorage({ name });
    await open(storage);
    // Every bucket damaged, so that the next entry is written into one of them.
    const database = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
    });
    const transaction = database.transaction('buckets', 'readwrite');
    for (let bucket = 0; bucket < 128; bucket++)
      transaction.objectStore('buckets').put({ revision: 99, text: `damaged ${bucket}` }, bucket);
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    database.close();
    const store = await open(createIndexedDBStorage({ name }));
    expect(store.getSnapshot().quarantined).toHaveLength(128);
    const added = store.add({ pattern: 'fawning', note: 'after the damage' });
    await store.flush();
    const again = await open(createIndexedDBStorage({ name }));
    expect(again.getSnapshot().entries).toEqual([added]);
    const texts = again.getSnapshot().quarantined;
    expect(new Set(texts)).toEqual(new Set(Array.from({ length: 128 }, (_, bucket) => `damaged ${bucket}`)));
    expect(texts).toHaveLength(128);
    await again.clear();
    const cleared = await open(createIndexedDBStorage({ name }));
    expect(cleared.getSnapshot().quarantined).toEqual([]);
    expect(cleared.getSnapshot().entries).toEqual([]);
  });

  it('should take a closing page’s stash into records, then drop it', async () => {
    const name = newName();
    const first = await open(createIndexedDBStorage({ name }));
    const kept = first.add({ pattern: 'fawning', note: 'logged as the tab closed' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    first.stop();
    const stashes = () => Object.keys(localStorage).filter((key) => key.includes(`idb:${name}:stash:`));
    expect(stashes()).toHaveLength(1);
    const storage = createIndexedDBStorage({ name });
    const next = await open(storage);
    expect(next.getSnapshot().entries).toEqual([kept]);
    expect((await records(storage))[kept.id]).toMatchObject({ entry: kept });
    expect(stashes()).toEqual([]);
  });
});

describe('given the same changes made in one log per storage layout', () => {
  const operation = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), note: fc.string({ maxLength: 8 }) }),
    fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), note: fc.string({ maxLength: 8 }) }),
    fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('undo' as const) }),
    fc.record({ kind: fc.constant('flush' as const) }),
    fc.record({ kind: fc.constant('reopen' as const) }),
  );

  it('should end with the same entries in IndexedDB records as in one text document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 25 }), async (operations) => {
        const name = newName();
        let time = Date.UTC(2026, 2, 1);
        const now = () => (time += 1000);
        const text = createMemoryStorage();
        const make = (storage: PatternLogStorage) => {
          const store = createPatternLogStore(storage, { now });
          stores.push(store);
          store.start();
          return store;
        };
        let logs = [make(text), make(createIndexedDBStorage({ name }))];
        let ids = 0;
        for (const step of operations) {
          const stamp = time;
          for (const log of logs) {
            time = stamp;
            const entries = log.getSnapshot().entries;
            const target =
              entries.length > 0 && 'pick' in step ? entries[step.pick % entries.length]!.id : '';
            if (step.kind === 'add')
              log.add({ id: `n${ids}`, pattern: 'fawning', note: step.note, at: at(1) });
            else if (step.kind === 'update' && target) log.update(target, { note: step.note });
            else if (step.kind === 'remove' && target) log.remove(target);
            else if (step.kind === 'undo') log.undo();
            else if (step.kind === 'flush') await log.flush();
          }
          if (step.kind === 'add') ids++;
          if (step.kind === 'reopen') {
            await Promise.all(logs.map((log) => log.flush()));
            logs.forEach((log) => log.stop());
            logs = [make(text), make(createIndexedDBStorage({ name }))];
            await Promise.all(logs.map((log) => log.flush()));
          }
        }
        await Promise.all(logs.map((log) => log.flush()));
        const reread = createPatternLogStore(createIndexedDBStorage({ name }));
        stores.push(reread);
        reread.start();
        await reread.flush();
        expect(reread.getSnapshot().entries).toEqual(logs[0]!.getSnapshot().entries);
        expect(logs[1]!.getSnapshot().entries).toEqual(logs[0]!.getSnapshot().entries);
      }),
      { numRuns: 40 },
    );
  });
});
