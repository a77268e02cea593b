// Sync benchmark (issue 15): node bench/couch-sync.mjs
// Runs in Node, not Chromium: the devices are PouchDB databases (memory adapter) and the server
// is express-pouchdb over the memory adapter, all in this process, over real HTTP on 127.0.0.1
// (the tests' own setup, tests/pattern-log/couch/server.ts). Bundled from src/ with esbuild.
// Encryption is the real thing (WebCrypto, 600,000 PBKDF2 rounds, AES-GCM per entry).
//
// 1. Upload: a device adopts a log of N entries (default 10,000) and sends it to the server.
// 2. First sync to a new device: from opening the storage until its log shows all N entries,
//    split into the pull (replication) and the first read (decrypt and assemble).
// 3. One edit's round trip: an edit on one device until the other device's log shows it;
//    the median of RUNS (default 7).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const count = Number(process.env.ENTRIES ?? 10_000);
const runs = Number(process.env.RUNS ?? 7);
const passphrase = 'a bench passphrase, long enough';

// The storage, the store and the tests' own server and device databases, from src/ and tests/;
// packages stay external and load from node_modules.
const outfile = resolve('.tmp/bench/couch-sync.bundle.mjs');
mkdirSync('.tmp/bench', { recursive: true });
await build({
  stdin: {
    contents: `
      export { createCouchStorage } from './src/pattern-log/couch/index.ts';
      export { createPatternLogStore } from './src/pattern-log/logStore.ts';
      export { createMemoryStorage } from './src/pattern-log/storage.ts';
      export { serializeDocument } from './src/pattern-log/document.ts';
      export { startServer, deviceDatabase, remoteDatabase } from './tests/pattern-log/couch/server.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  packages: 'external',
  outfile,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
const {
  createCouchStorage,
  createPatternLogStore,
  createMemoryStorage,
  serializeDocument,
  startServer,
  deviceDatabase,
  remoteDatabase,
} = await import(pathToFileURL(outfile).href);

const server = await startServer();
const remote = server.newDatabase();

function openDevice() {
  const local = deviceDatabase();
  const storage = createCouchStorage({ local, remote, passphrase });
  const store = createPatternLogStore(storage);
  return { local, storage, store };
}

const until = async (check, timeoutMs = 600_000) => {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > timeoutMs) throw new Error('bench: timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const ms = (from) => Math.round(performance.now() - from);
const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

// A log as a person might have after a few years: a pattern, a time, some body areas, a note.
const start = Date.parse('2023-01-01T08:00:00.000Z');
const entries = Array.from({ length: count }, (_, i) => {
  const at = new Date(start + i * 3_600_000).toISOString();
  return {
    id: `entry-${i}`,
    at,
    pattern: ['rumination', 'avoidance', 'people-pleasing', 'perfectionism'][i % 4],
    when: 'during',
    intensity: i % 11,
    body: ['chest', 'jaw'],
    note: `A note of a sentence or two about moment ${i}, as people write them.`,
    updatedAt: at,
  };
});

const rows = [];
const phone = openDevice();
let started = performance.now();
await phone.storage.adopt(createMemoryStorage(serializeDocument({ version: 2, entries, removed: {} })));
const adopted = ms(started);
phone.store.start();
const serverLog = remoteDatabase(remote);
await until(
  async () =>
    phone.storage.sync.getState().status === 'synced' && (await serverLog.info()).doc_count === count + 1,
);
rows.push({ measurement: `upload: adopt ${count} entries (encrypt, write)`, ms: adopted });
rows.push({ measurement: `upload: … and replicate them to the server`, ms: ms(started) });

const laptop = openDevice();
started = performance.now();
laptop.store.start();
await until(async () => (await laptop.local.info()).doc_count >= count + 1);
const pulled = ms(started);
await until(() => laptop.store.getSnapshot().entries.length === count);
rows.push({ measurement: `first sync to a new device: pull ${count} documents`, ms: pulled });
rows.push({ measurement: `first sync to a new device: until its log shows all ${count}`, ms: ms(started) });

const trips = [];
const arrivals = [];
for (let run = 0; run < runs; run++) {
  const id = `entry-${run}`;
  const note = `edited on the phone, run ${run}`;
  await phone.store.flush();
  started = performance.now();
  let arrived;
  const feed = laptop.local
    .changes({ since: 'now', live: true })
    .on('change', () => (arrived ??= ms(started)));
  phone.store.update(id, { note });
  await until(() => laptop.store.getSnapshot().entries.find((entry) => entry.id === id)?.note === note);
  trips.push(ms(started));
  arrivals.push(arrived);
  feed.cancel();
}
rows.push({
  measurement: `one edit's round trip, phone → server → laptop (median of ${runs})`,
  ms: median(trips),
});
rows.push({ measurement: `… of which until the laptop's database has it (median)`, ms: median(arrivals) });
rows.push({ measurement: `… each run`, ms: trips.join(', ') });

console.table(rows);
for (const device of [phone, laptop]) {
  device.store.stop();
  await device.storage.close();
}
await server.stop();
process.exit(0);
