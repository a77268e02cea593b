// @vitest-environment node
// The couch storage against a real CouchDB-protocol server (express-pouchdb, in this process).
import { describe, expect, it, vi } from 'vitest';
import { createMemoryStorage, PatternLogLockedError, serializePatternLog } from '../../../src/pattern-log';
import { add, clock, converged, localCount, openDevice, passphrase, seen, serverForFile } from './devices';
import { createCouchStorage } from '../../../src/pattern-log/couch';
import { deviceDatabase } from './server';

// Each device derives its key with the real 600,000 PBKDF2 rounds (a few tenths of a second),
// and reconnecting after an outage waits out PouchDB's and the storage's back-off: generous limits.
vi.setConfig({ testTimeout: 120_000 });

const testServer = serverForFile();

describe('createCouchStorage with a CouchDB server', () => {
  it('brings two devices to the same log, and keeps it there as either changes it', async () => {
    const url = testServer().newDatabase();
    const phone = await openDevice(url);
    add(phone, 'people-pleasing', 'said yes to the extra shift');
    const second = add(phone, 'rumination', 'replayed the meeting');
    await phone.store.flush();
    const laptop = await openDevice(url);
    await converged(
      [phone, laptop],
      ['rumination: replayed the meeting', 'people-pleasing: said yes to the extra shift'],
    );

    clock.tick();
    laptop.store.update(second.id, { note: 'replayed the meeting, then let it go' });
    await converged(
      [phone, laptop],
      ['rumination: replayed the meeting, then let it go', 'people-pleasing: said yes to the extra shift'],
    );
    await vi.waitFor(() => expect(phone.storage.sync.getState().status).toBe('synced'), { timeout: 10_000 });
  });

  it('brings three devices together, deletions included', async () => {
    const url = testServer().newDatabase();
    const [a, b, c] = [await openDevice(url), await openDevice(url), await openDevice(url)];
    const first = add(a, 'perfectionism');
    add(b, 'avoidance');
    add(c, 'self-criticism');
    await converged([a, b, c], ['self-criticism', 'avoidance', 'perfectionism']);
    clock.tick();
    c.store.remove(first.id);
    await converged([a, b, c], ['self-criticism', 'avoidance']);
    // One document per entry on the server, and the deleted one holds a tombstone, not the words.
    const live = await testServer().leaves(url);
    expect(live).toHaveLength(1 + 3);
  });

  it('settles edits made apart the same way everywhere, and keeps the losing text in the history', async () => {
    const url = testServer().newDatabase();
    const phone = await openDevice(url);
    const laptop = await openDevice(url);
    const entry = add(phone, 'people-pleasing', 'first words');
    await converged([phone, laptop], ['people-pleasing: first words']);

    await testServer().down();
    await vi.waitFor(() => expect(phone.storage.sync.getState().status).toBe('offline'), { timeout: 10_000 });
    clock.tick();
    phone.store.update(entry.id, { note: 'written on the phone, on the train' });
    clock.tick();
    laptop.store.update(entry.id, { note: 'written on the laptop, later' });
    await Promise.all([phone.store.flush(), laptop.store.flush()]);
    // Each device keeps working on its own.
    expect(seen(phone)).toEqual(['people-pleasing: written on the phone, on the train']);
    expect(seen(laptop)).toEqual(['people-pleasing: written on the laptop, later']);

    await testServer().up();
    await converged([phone, laptop], ['people-pleasing: written on the laptop, later'], 90_000);
    await vi.waitFor(
      async () => {
        for (const device of [phone, laptop]) {
          const [shown] = device.store.getSnapshot().entries;
          expect(shown?.history?.map((version) => version.note)).toEqual([
            'written on the phone, on the train',
          ]);
        }
        // CouchDB's losing revision is gone: one leaf per document on the testServer().
        expect((await testServer().leaves(url)).every((doc) => doc.conflicts.length === 0)).toBe(true);
      },
      { timeout: 20_000, interval: 100 },
    );
    const [a, b] = [await phone.storage.load(), await laptop.storage.load()];
    expect(a).toBe(b);

    // The person lets the kept version go on the laptop: it stays gone on every device.
    clock.tick();
    laptop.store.update(entry.id, { history: [] });
    await laptop.store.flush();
    await vi.waitFor(
      () => {
        for (const device of [phone, laptop])
          expect(device.store.getSnapshot().entries[0]?.history ?? []).toEqual([]);
      },
      { timeout: 20_000, interval: 100 },
    );
    clock.tick();
    phone.store.update(entry.id, { note: 'written on the laptop, later, and read again' });
    await phone.store.flush();
    await converged([phone, laptop], ['people-pleasing: written on the laptop, later, and read again']);
    for (const device of [phone, laptop])
      expect(device.store.getSnapshot().entries[0]?.history ?? []).toEqual([]);
  });

  it('sends the server nothing but ciphertext', async () => {
    const url = testServer().newDatabase();
    const device = await openDevice(url);
    const words = [
      'harbour-pattern-xyz',
      'a note about my sister',
      'left-shoulder',
      'breathe-path',
      'entry-id-plain',
    ];
    clock.tick();
    device.store.add({
      id: 'entry-id-plain',
      pattern: 'harbour-pattern-xyz',
      note: 'a note about my sister',
      body: ['left-shoulder'],
      path: 'breathe-path',
    });
    const gone = add(device, 'harbour-pattern-xyz', 'deleted words stay unseen');
    clock.tick();
    device.store.remove(gone.id);
    await device.store.flush();
    await vi.waitFor(async () => expect((await testServer().leaves(url)).length).toBe(3), {
      timeout: 15_000,
    });
    const everything = JSON.stringify(await testServer().documents(url));
    for (const word of [...words, 'deleted words stay unseen', gone.id, passphrase])
      expect(everything).not.toContain(word);
    // And no document id names an entry: HMACs, and the key document's fixed id.
    for (const doc of await testServer().leaves(url))
      expect(doc.id).toMatch(/^(e-[A-Za-z0-9_-]{43}|attune-pattern-log)$/);
  });

  it('opens nothing and writes nothing with a wrong passphrase, on a new device or an old one', async () => {
    const url = testServer().newDatabase();
    const owner = await openDevice(url);
    add(owner, 'avoidance', 'kept private');
    await owner.store.flush();
    await vi.waitFor(async () => expect((await testServer().leaves(url)).length).toBe(2), {
      timeout: 15_000,
    });
    const before = JSON.stringify(await testServer().documents(url));

    const stranger = await openDevice(url, { passphrase: 'not the right one' });
    expect(stranger.store.getSnapshot().status).toBe('locked');
    expect(stranger.storage.sync.getState().status).toBe('needs-passphrase');
    await expect(stranger.storage.load()).rejects.toMatchObject({
      name: 'LockedError',
      reason: 'wrong-passphrase',
    });
    await expect(
      stranger.storage.save(serializePatternLog({ version: 2, entries: [], removed: {} })),
    ).rejects.toBeInstanceOf(PatternLogLockedError);
    // The new device holds only the server's key document, copied to check the passphrase against.
    expect(await localCount(stranger.local)).toBe(1);

    // The owner's own database, opened with the wrong passphrase: not one document more.
    await owner.close();
    const ownerCount = await localCount(owner.local);
    const again = await openDevice(url, { local: owner.local, passphrase: 'also wrong' });
    expect(again.store.getSnapshot().status).toBe('locked');
    expect(await localCount(owner.local)).toBe(ownerCount);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(JSON.stringify(await testServer().documents(url))).toBe(before);
  });

  it('keeps working with the server down, and catches up when it is back', async () => {
    const url = testServer().newDatabase();
    const phone = await openDevice(url);
    const laptop = await openDevice(url);
    add(phone, 'rumination');
    await converged([phone, laptop], ['rumination']);

    await testServer().down();
    await vi.waitFor(() => expect(phone.storage.sync.getState().status).toBe('offline'), { timeout: 10_000 });
    add(phone, 'catastrophising', 'on the bus, no signal');
    await phone.store.flush();
    expect(phone.store.getSnapshot().status).toBe('ready');
    expect(seen(laptop)).toEqual(['rumination']);

    await testServer().up();
    await converged([phone, laptop], ['catastrophising: on the bus, no signal', 'rumination'], 90_000);
    await vi.waitFor(() => expect(phone.storage.sync.getState().status).toBe('synced'), { timeout: 20_000 });
  });

  it('changes the passphrase: every entry re-encrypted, old devices asked for the new one', async () => {
    const url = testServer().newDatabase();
    const phone = await openDevice(url);
    const laptop = await openDevice(url);
    add(phone, 'perfectionism', 'the report');
    add(phone, 'avoidance', 'the phone call');
    await converged([phone, laptop], ['avoidance: the phone call', 'perfectionism: the report']);
    const oldIds = (await testServer().leaves(url))
      .map((doc) => doc.id)
      .filter((id) => id !== 'attune-pattern-log');

    await phone.storage.changePassphrase('a new and longer passphrase');
    await vi.waitFor(() => expect(laptop.storage.sync.getState().status).toBe('needs-passphrase'), {
      timeout: 20_000,
    });
    await vi.waitFor(
      async () => {
        const ids = (await testServer().leaves(url))
          .map((doc) => doc.id)
          .filter((id) => id !== 'attune-pattern-log');
        expect(ids).toHaveLength(2);
        for (const id of ids) expect(oldIds).not.toContain(id);
      },
      { timeout: 20_000 },
    );
    expect(seen(phone)).toEqual(['avoidance: the phone call', 'perfectionism: the report']);

    const fresh = await openDevice(url, { passphrase: 'a new and longer passphrase' });
    await converged([fresh], ['avoidance: the phone call', 'perfectionism: the report']);
    const old = await openDevice(url, { passphrase });
    expect(old.store.getSnapshot().status).toBe('locked');
  });

  it('moves a log kept on this device into sync in one call, nothing lost', async () => {
    const url = testServer().newDatabase();
    const laptop = await openDevice(url);
    const shared = add(laptop, 'rumination', 'the laptop’s words');
    await laptop.store.flush();

    // The phone's old log: one entry of its own, a deletion, and other words for the shared id.
    const older = new Date(clock.at - 500).toISOString();
    const phoneLog = createMemoryStorage(
      serializePatternLog({
        version: 2,
        entries: [
          { id: 'phone-only', at: older, pattern: 'avoidance', note: 'only on the phone', updatedAt: older },
          { ...shared, note: 'the phone’s words', updatedAt: older },
        ],
        removed: { 'long-gone': older },
      }),
    );
    const phone = await openDevice(url);
    const result = await phone.storage.adopt(phoneLog);
    expect(result).toEqual({ read: 3, changed: 3 });
    await converged([phone, laptop], ['rumination: the laptop’s words', 'avoidance: only on the phone']);
    await vi.waitFor(
      () => {
        for (const device of [phone, laptop]) {
          const [kept] = device.store.getSnapshot().entries;
          expect(kept?.history?.map((version) => version.note)).toEqual(['the phone’s words']);
        }
      },
      { timeout: 20_000, interval: 100 },
    );
    // Adopting again changes nothing.
    expect(await phone.storage.adopt(phoneLog)).toEqual({ read: 3, changed: 0 });
  });

  it('settles on one key when two new devices each made one apart, and loses no entry', async () => {
    const url = testServer().newDatabase();
    await testServer().down();
    const phone = await openDevice(url);
    const laptop = await openDevice(url);
    add(phone, 'from the phone');
    add(laptop, 'from the laptop');
    await Promise.all([phone.store.flush(), laptop.store.flush()]);
    await testServer().up();
    // Each device has been retrying with a growing delay (2, 5, 15 s…) while the server was down,
    // and a busy machine keeps it down longer: the next try may be a while.
    await converged([phone, laptop], ['from the laptop', 'from the phone'], 120_000);
    await vi.waitFor(
      async () => {
        const docs = await testServer().leaves(url);
        expect(docs.every((doc) => doc.conflicts.length === 0)).toBe(true);
        expect(docs).toHaveLength(3);
      },
      { timeout: 30_000, interval: 200 },
    );
  }, 180_000);

  it('refuses options that would protect nothing or could not work', () => {
    const local = deviceDatabase();
    const remote = testServer().newDatabase();
    expect(() => createCouchStorage({ local, remote })).toThrow(TypeError);
    expect(() => createCouchStorage({ local, remote, passphrase: '' })).toThrow(TypeError);
    expect(() => createCouchStorage({ local, remote, passphrase, encrypt: false })).toThrow(TypeError);
    expect(() => createCouchStorage({ local, remote, passphrase, iterations: 1000 })).toThrow(RangeError);
    expect(() => createCouchStorage({ local: {} as never, remote, passphrase })).toThrow(TypeError);
    expect(() => createCouchStorage({ local, remote: 42 as never, passphrase })).toThrow(TypeError);
  });

  it('locks: the log leaves the screen, nothing reads or saves until it is opened again', async () => {
    const url = testServer().newDatabase();
    const device = await openDevice(url);
    add(device, 'avoidance', 'private words');
    await device.store.flush();
    await device.storage.lock();
    await vi.waitFor(() => expect(device.store.getSnapshot().status).toBe('locked'));
    expect(seen(device)).toEqual([]);
    expect(device.storage.sync.getState().status).toBe('needs-passphrase');
    await expect(device.storage.load()).rejects.toMatchObject({ name: 'LockedError', reason: 'locked' });
    await device.close();
    const again = await openDevice(url, { local: device.local });
    expect(seen(again)).toEqual(['avoidance: private words']);
  });

  it('never opens a log kept in the clear as an encrypted one, nor the other way round', async () => {
    const url = testServer().newDatabase();
    const plain = await openDevice(url, { encrypt: false, passphrase: undefined });
    add(plain, 'rumination');
    await plain.store.flush();
    await vi.waitFor(async () => expect((await testServer().leaves(url)).length).toBe(2), {
      timeout: 15_000,
    });
    const encryptedDevice = await openDevice(url);
    expect(encryptedDevice.store.getSnapshot().status).toBe('locked');
    await expect(encryptedDevice.storage.load()).rejects.toMatchObject({ reason: 'not-encrypted' });
    expect(encryptedDevice.storage.sync.getState()).toMatchObject({ status: 'error', code: 'not-encrypted' });
  });
});
