// @vitest-environment node
// The key rule through the real server: a retired key document replayed (by a device that was
// away, or by the server itself) never becomes the log's key again, an edited one is refused,
// and two passphrase changes made apart settle on one key on every device, nothing lost.
import { describe, expect, it, vi } from 'vitest';
import type { CouchDoc } from '../../../src/pattern-log/couch';
import { chooseKey } from '../../../src/pattern-log/couch/keyRule';
import { readKeyDoc, type KeyInfo } from '../../../src/pattern-log/couch/keys';
import { add, converged, openDevice, seen, serverForFile, type Device } from './devices';
import { remoteDatabase } from './server';

vi.setConfig({ testTimeout: 120_000 });

const keyId = 'attune-pattern-log';
const nextPassphrase = 'a lighthouse keeps its own hours';
/** A server nobody answers at: the device is offline. */
const nowhere = 'http://127.0.0.1:9/attune-log';
/** A revision that CouchDB's own choice of winner would prefer to any the devices wrote. */
const highRev = `9-${'f'.repeat(32)}`;

const testServer = serverForFile();

const keyTag = (doc: unknown) => ((doc as CouchDoc).kdf as { salt: string }).salt;
const getKey = async (db: PouchDB.Database) =>
  (await db.get(keyId, { conflicts: true })) as unknown as CouchDoc;
const retiredOn = async (local: PouchDB.Database) =>
  ((await local.get('_local/attune-pattern-log')) as unknown as { retired?: string[] }).retired ?? [];

/** Every live entry document on the server, each with the key it was written with (`k`). */
async function serverEntries(url: string) {
  const { rows } = await remoteDatabase(url).allDocs({ include_docs: true });
  return rows.flatMap(({ doc }) => (doc && doc._id !== keyId ? [(doc as unknown as CouchDoc).k] : []));
}

/** Waits until the server holds one key document, with this key, and every entry is under it. */
async function serverSettledOn(url: string, tag: string, entries: number) {
  await vi.waitFor(
    async () => {
      const key = await getKey(remoteDatabase(url));
      expect(keyTag(key)).toBe(tag);
      expect(key._conflicts ?? []).toEqual([]);
      expect(await serverEntries(url)).toEqual(Array.from({ length: entries }, () => tag));
    },
    { timeout: 30_000, interval: 100 },
  );
}

const synced = (device: Device) =>
  vi.waitFor(() => expect(device.storage.sync.getState().status).toBe('synced'), { timeout: 15_000 });

/** A log on the server with two entries, then its passphrase changed: the first key, and the one now. */
async function changedLog() {
  const url = testServer().newDatabase();
  const phone = await openDevice(url);
  add(phone, 'rumination', 'before the change');
  add(phone, 'avoidance');
  await phone.store.flush();
  await synced(phone);
  const retired = await getKey(phone.local);
  await phone.storage.changePassphrase(nextPassphrase);
  const current = keyTag(await getKey(phone.local));
  await serverSettledOn(url, current, 2);
  return { url, phone, retired, current };
}

describe('the key rule, through the server', () => {
  it('keeps its key when the server replays the retired key document as a conflict, and removes it', async () => {
    const { url, phone, retired, current } = await changedLog();
    expect(await retiredOn(phone.local)).toContain(keyTag(retired));

    await remoteDatabase(url).bulkDocs([{ ...retired, _rev: highRev }], { new_edits: false });
    // The phone takes the replayed leaf in, weighs it, and removes it: on the server too.
    await serverSettledOn(url, current, 2);
    add(phone, 'people-pleasing', 'after the replay');
    await phone.store.flush();
    await serverSettledOn(url, current, 3);
    expect(phone.store.getSnapshot().status).toBe('ready');
    expect(seen(phone)).toEqual([
      'people-pleasing: after the replay',
      'avoidance',
      'rumination: before the change',
    ]);

    // A device opened now, with the passphrase of today, reads it all.
    const laptop = await openDevice(url, { passphrase: nextPassphrase });
    await converged([phone, laptop], seen(phone));
  });

  it('puts its key back when the server writes the retired key over it', async () => {
    const { url, phone, retired, current } = await changedLog();
    const server = remoteDatabase(url);
    const live = await getKey(server);
    await server.put({ ...retired, _rev: live._rev });
    expect(keyTag(await getKey(server))).toBe(keyTag(retired));

    // Every leaf the phone has is a retired key: it writes its own key back, and re-encrypts nothing.
    await serverSettledOn(url, current, 2);
    expect(keyTag(await getKey(phone.local))).toBe(current);
    add(phone, 'people-pleasing');
    await phone.store.flush();
    await serverSettledOn(url, current, 3);
    expect(phone.storage.sync.getState().status).not.toBe('needs-passphrase');
  });

  it('refuses a retired key whose moment and generation the server raised, on a device that still holds it', async () => {
    const url = testServer().newDatabase();
    const phone = await openDevice(url);
    add(phone, 'rumination');
    // The laptop, on the first key, goes away before the change.
    const laptop = await openDevice(url);
    await converged([phone, laptop], ['rumination']);
    await synced(laptop);
    await laptop.close();
    const retired = await getKey(phone.local);
    await phone.storage.changePassphrase(nextPassphrase);
    const current = keyTag(await getKey(phone.local));
    await serverSettledOn(url, current, 1);
    await phone.close();

    // The server takes the sealed record of the first key out of the current one, and offers the
    // first key again as the newest: a later moment, a higher generation.
    const server = remoteDatabase(url);
    const live = await getKey(server);
    await server.put({ ...live, former: [] });
    const raised = { ...retired, _rev: highRev, created: '2030-01-01T00:00:00.000Z', generation: 9 };
    await server.bulkDocs([raised], { new_edits: false });
    // By the rule alone, the raised key would win.
    const leaves = [await getKey(server), raised].map((doc) => readKeyDoc(doc as CouchDoc) as KeyInfo);
    expect(chooseKey(leaves)?.tag).toBe(keyTag(retired));

    // The laptop comes back with the first passphrase: it does not go back to the first key (its
    // check no longer opens), and the current key is not its to open.
    const back = await openDevice(url, { local: laptop.local });
    await vi.waitFor(() => expect(back.storage.sync.getState().status).toBe('needs-passphrase'), {
      timeout: 20_000,
    });
    expect(back.store.getSnapshot().status).toBe('locked');
    await back.close();
    const after = await getKey(server);
    expect(
      [after, ...(await Promise.all((after._conflicts ?? []).map((rev) => server.get(keyId, { rev }))))].map(
        keyTag,
      ),
    ).toContain(current);
    expect(await serverEntries(url)).toEqual([current]);
  });

  it('settles two passphrase changes made apart on one key on every device, losing no entry', async () => {
    const url = testServer().newDatabase();
    const phone = await openDevice(url);
    const laptop = await openDevice(url);
    add(phone, 'rumination', 'shared');
    await converged([phone, laptop], ['rumination: shared']);
    await Promise.all([synced(phone), synced(laptop)]);
    const first = keyTag(await getKey(phone.local));
    await Promise.all([phone.close(), laptop.close()]);

    // Apart, each changes the passphrase (to the same new one) and writes under its new key.
    const made: KeyInfo[] = [];
    for (const [device, note] of [
      [phone, 'on the phone'],
      [laptop, 'on the laptop'],
    ] as const) {
      const away = await openDevice(nowhere, { local: device.local });
      await away.storage.changePassphrase(nextPassphrase);
      add(away, 'avoidance', note);
      await away.store.flush();
      await away.close();
      made.push(readKeyDoc(await getKey(device.local))!);
    }
    const winner = chooseKey(made)!.tag;
    const loser = made.find((key) => key.tag !== winner)!.tag;

    const devices = [
      await openDevice(url, { local: phone.local, passphrase: nextPassphrase }),
      await openDevice(url, { local: laptop.local, passphrase: nextPassphrase }),
    ];
    const expected = ['avoidance: on the laptop', 'avoidance: on the phone', 'rumination: shared'];
    await converged(devices, expected, 60_000);
    await serverSettledOn(url, winner, 3);
    for (const device of devices) {
      await vi.waitFor(async () => expect(keyTag(await getKey(device.local))).toBe(winner), {
        timeout: 15_000,
      });
      expect(await retiredOn(device.local)).toEqual(expect.arrayContaining([first, loser]));
    }
  });
});
