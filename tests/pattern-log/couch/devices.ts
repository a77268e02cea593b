// Devices for the sync tests: each a PouchDB database, a couch storage and the log's own store,
// as PatternLog runs them. The clock is shared and moved by the tests, so "later" is exact.
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { createPatternLogStore, type PatternLogStore } from '../../../src/pattern-log';
import {
  createCouchStorage,
  type CouchStorage,
  type CouchStorageOptions,
} from '../../../src/pattern-log/couch';
import { deviceDatabase, startServer, type TestServer } from './server';

export const passphrase = 'a quiet harbour at dawn';

export const clock = {
  at: Date.parse('2026-03-01T09:00:00.000Z'),
  /** Moves time on, so the next change is later than every one before. */
  tick(ms = 1000) {
    clock.at += ms;
    return clock.at;
  },
};

export interface Device {
  local: PouchDB.Database;
  storage: CouchStorage;
  store: PatternLogStore;
  close: () => Promise<void>;
}

const open: Device[] = [];

export async function openDevice(
  remote: string | PouchDB.Database,
  options: Partial<CouchStorageOptions> & { local?: PouchDB.Database } = {},
): Promise<Device> {
  const local = options.local ?? deviceDatabase();
  const storage = createCouchStorage({ passphrase, ...options, local, remote });
  const store = createPatternLogStore(storage, { now: () => clock.at });
  store.start();
  await vi.waitFor(() => expect(store.getSnapshot().status).toMatch(/^(ready|locked)$/), { timeout: 15_000 });
  const device: Device = {
    local,
    storage,
    store,
    async close() {
      store.stop();
      await storage.close();
    },
  };
  open.push(device);
  return device;
}

/** Closes every device opened so far (afterEach). */
export async function closeDevices() {
  await Promise.all(open.splice(0).map((device) => device.close()));
}

/** What a person sees: each entry's pattern and note, newest first. */
export const seen = (device: Device) =>
  device.store.getSnapshot().entries.map((entry) => `${entry.pattern}${entry.note ? `: ${entry.note}` : ''}`);

/** Waits until every device shows `expected` (replication is live, so this is a matter of time). */
export async function converged(devices: Device[], expected: string[], timeout = 20_000) {
  await vi.waitFor(
    () => {
      for (const device of devices) expect(seen(device)).toEqual(expected);
    },
    { timeout, interval: 50 },
  );
}

/** Live documents in a device's database other than the key's: one per entry or tombstone. */
export async function localCount(local: PouchDB.Database) {
  const { rows } = await local.allDocs();
  return rows.length;
}

/** Adds an entry on a device, a moment after every change before it. */
export const add = (device: Device, pattern: string, note?: string) => {
  clock.tick();
  return device.store.add(note === undefined ? { pattern } : { pattern, note });
};

/** Starts a test server for the file (a getter, as the server exists only once it runs). */
export function serverForFile(): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer();
  });
  afterEach(closeDevices);
  afterAll(() => server?.stop());
  return () => server!;
}
