// @vitest-environment node
// Changing the passphrase, through the real server and through failing writes: what a device
// that was away wrote under the old key is read and moved, and no crash leaves a log unreadable.
import { describe, expect, it, vi } from 'vitest';
import { PatternLogLockedError, parsePatternLog, serializePatternLog } from '../../../src/pattern-log';
import { createCouchStorage, type CouchDoc } from '../../../src/pattern-log/couch';
import { add, clock, converged, openDevice, passphrase, seen, serverForFile } from './devices';
import { deviceDatabase, remoteDatabase } from './server';

vi.setConfig({ testTimeout: 120_000 });

const nextPassphrase = 'a lighthouse keeps its own hours';
/** A server nobody answers at: the device is offline. */
const nowhere = 'http://127.0.0.1:9/attune-log';

const testServer = serverForFile();

/** The salt naming the key the key document holds now. */
const keyTag = (doc: CouchDoc | undefined) => (doc?.kdf as { salt?: string } | undefined)?.salt;

describe('changePassphrase', () => {
  it('reads and moves what a device that was away wrote under the old key, after both restart', async () => {
    const url = testServer().newDatabase();
    const phone = await openDevice(url);
    const laptop = await openDevice(url);
    const shared = add(phone, 'perfectionism', 'the report');
    add(phone, 'avoidance', 'the phone call');
    await converged([phone, laptop], ['avoidance: the phone call', 'perfectionism: the report']);
    await vi.waitFor(() => expect(laptop.storage.sync.getState().status).toBe('synced'), { timeout: 10_000 });

    // The laptop goes away, and writes under the only key it knows.
    await laptop.close();
    const away = await openDevice(nowhere, { local: laptop.local });
    add(away, 'rumination', 'written on the train');
    clock.tick();
    away.store.update(shared.id, { note: 'the report, sent at last' });
    await away.store.flush();
    await away.close();

    // Meanwhile the phone changes the passphrase.
    await phone.storage.changePassphrase(nextPassphrase);
    await phone.close();

    // Both start again with the new passphrase: nothing lost, everything readable, one key.
    const expected = [
      'rumination: written on the train',
      'avoidance: the phone call',
      'perfectionism: the report, sent at last',
    ];
    const phoneAgain = await openDevice(url, { local: phone.local, passphrase: nextPassphrase });
    const laptopAgain = await openDevice(url, { local: laptop.local, passphrase: nextPassphrase });
    expect(laptopAgain.store.getSnapshot().status).toBe('ready');
    await converged([phoneAgain, laptopAgain], expected, 60_000);
    await vi.waitFor(
      async () => {
        const { rows } = await remoteDatabase(url).allDocs({ include_docs: true });
        const live = new Map(rows.map(({ doc }) => [doc!._id, doc as unknown as CouchDoc]));
        const key = keyTag(live.get('attune-pattern-log'));
        const entries = [...live.values()].filter((doc) => doc._id !== 'attune-pattern-log');
        expect(entries).toHaveLength(3);
        for (const doc of entries) expect(doc.k).toBe(key);
        for (const { conflicts } of await testServer().leaves(url)) expect(conflicts).toEqual([]);
      },
      { timeout: 30_000 },
    );
    expect(seen(phoneAgain)).toEqual(expected);
  });

  it('carries former keys through a second change: a device two passphrases behind is still read', async () => {
    const local = deviceDatabase();
    const storage = createCouchStorage({ local, remote: nowhere, passphrase });
    await storage.save(log(['a', 'b']));
    // Another device with the same log under the first key, that then goes away.
    const away = deviceDatabase();
    await local.replicate.to(away);
    await storage.changePassphrase('a second passphrase, soon changed');
    await storage.changePassphrase(nextPassphrase);
    await storage.close();
    const key = (await local.get('attune-pattern-log')) as unknown as CouchDoc;
    expect(key.former).toHaveLength(2);

    // Away, under the first key: an edit, and a new entry.
    const awayStorage = createCouchStorage({ local: away, remote: nowhere, passphrase });
    const edited = parsePatternLog((await awayStorage.load())!);
    if (!edited.ok) throw new Error('the away device cannot read its log');
    const later = '2026-02-02T00:00:00.000Z';
    await awayStorage.save(
      serializePatternLog({
        ...edited.document,
        entries: [
          { id: 'c', pattern: 'c', at: later },
          ...edited.document.entries.map((entry) =>
            entry.id === 'a' ? { ...entry, note: 'edited away', updatedAt: later } : entry,
          ),
        ],
      }),
    );
    await awayStorage.close();
    await away.replicate.to(local);

    const reopened = createCouchStorage({ local, remote: nowhere, passphrase: nextPassphrase });
    try {
      const text = await reopened.load();
      expect(ids(text)).toEqual(['c', 'a', 'b']);
      expect(text).toContain('edited away');
    } finally {
      await reopened.close();
    }
    expect(new Set(await entryTags(local))).toEqual(new Set([keyTag(key)]));
  });

  it('leaves a readable log whichever write fails, and the next open finishes the move', async () => {
    const entries = ['calm', 'worry', 'rest', 'walk'];
    const opened = { before: 0, after: 0 };
    for (let failAt = 1; ; failAt++) {
      const local = deviceDatabase();
      const setUp = createCouchStorage({ local, remote: nowhere, passphrase });
      await setUp.save(log(entries, { gone: '2026-02-01T00:00:00.000Z' }));
      await setUp.close();

      const { database, calls, fail } = failing(local);
      const storage = createCouchStorage({ local: database, remote: nowhere, passphrase });
      expect(ids(await storage.load())).toEqual(entries);
      fail(calls() + failAt);
      const outcome = await storage.changePassphrase(nextPassphrase).then(
        () => 'done',
        (error: unknown) => error,
      );
      await storage.close();

      // Opened again (a restart): with the new passphrase, or the old one if the change did not take.
      let text: string | null;
      const next = createCouchStorage({ local, remote: nowhere, passphrase: nextPassphrase });
      try {
        text = await next.load();
        if (outcome !== 'done') opened.after++;
        // Once the new key opens it, the next read moved everything: no document under the old key.
        const tags = new Set(await entryTags(local));
        expect(tags.size).toBe(1);
        expect([...tags][0]).toBe(keyTag((await local.get('attune-pattern-log')) as unknown as CouchDoc));
      } catch (error) {
        expect(error).toBeInstanceOf(PatternLogLockedError);
        expect(outcome).not.toBe('done');
        const old = createCouchStorage({ local, remote: nowhere, passphrase });
        text = await old.load();
        await old.close();
        opened.before++;
      } finally {
        await next.close();
      }
      expect(ids(text)).toEqual(entries);
      const parsed = parsePatternLog(text!);
      expect(parsed.ok && Object.keys(parsed.document.removed)).toEqual(['gone']);
      // Every write had its turn to fail; the last run had no failure to meet.
      if (outcome === 'done') break;
      expect(failAt).toBeLessThan(20);
    }
    // Failures fell both before the new key was written and after (in the middle of the move).
    expect(opened.before).toBeGreaterThan(0);
    expect(opened.after).toBeGreaterThan(0);
  });
});

/** A log of entries with these ids (and patterns), one minute apart, and tombstones. */
function log(idsOf: string[], removed: Record<string, string> = {}) {
  return serializePatternLog({
    version: 2,
    entries: idsOf.map((id, i) => ({
      id,
      pattern: id,
      at: new Date(Date.parse('2026-02-01T00:00:00.000Z') - i * 60_000).toISOString(),
    })),
    removed,
  });
}

const ids = (text: string | null) => {
  const parsed = text === null ? undefined : parsePatternLog(text);
  return parsed?.ok ? parsed.document.entries.map((entry) => entry.id) : [];
};

async function entryTags(local: PouchDB.Database) {
  const { rows } = await local.allDocs({ include_docs: true });
  return rows.flatMap(({ doc }) => (doc && doc._id.startsWith('e-') ? [(doc as unknown as CouchDoc).k] : []));
}

/** The database, with every write after call number `at` failing (as a crash there would). */
function failing(local: PouchDB.Database) {
  let count = 0;
  let failAt = Infinity;
  const database = new Proxy(local, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if ((property !== 'put' && property !== 'bulkDocs') || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (++count >= failAt) return Promise.reject(new Error(`write ${count} failed on purpose`));
        return (value as (...a: unknown[]) => unknown).apply(receiver, args);
      };
    },
  });
  return { database, calls: () => count, fail: (at: number) => (failAt = at) };
}
