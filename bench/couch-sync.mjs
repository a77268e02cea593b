// Sync benchmark (issue 15): node bench/couch-sync.mjs
// Runs in Node, not Chromium: the devices are PouchDB databases (memory adapter) and the server
// is express-pouchdb over the memory adapter, all in this process, over real HTTP on 127.0.0.1.
// The storage and the log's store are bundled from src/ with esbuild, as the tests run them.
// Encryption is the real thing (WebCrypto, 600,000 PBKDF2 rounds, AES-GCM per entry).
//
// 1. Upload: a device adopts a log of N entries (default 10,000) and sends it to the server.
// 2. First sync to a new device: from opening the storage until its log shows all N entries,
//    split into the pull (replication) and the first read (decrypt and assemble).
// 3. One edit's round trip: an edit on one device until the other device's log shows it;
//    the median of RUNS (default 7).
import { build } from 'esbuild';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import mapreduce from 'pouchdb-mapreduce';

const count = Number(process.env.ENTRIES ?? 10_000);
const runs = Number(process.env.RUNS ?? 7);
const passphrase = 'a bench passphrase, long enough';

const bundle = await build({
  stdin: {
    contents: `
      export { createCouchStorage } from './src/pattern-log/couch/index.ts';
      export { createPatternLogStore } from './src/pattern-log/logStore.ts';
      export { createMemoryStorage } from './src/pattern-log/storage.ts';
      export { serializeDocument } from './src/pattern-log/document.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
const { createCouchStorage, createPatternLogStore, createMemoryStorage, serializeDocument } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

PouchDB.plugin(memory).plugin(http).plugin(replication).plugin(mapreduce);
const ServerPouch = PouchDB.defaults({ adapter: 'memory', prefix: 'bench-server-' });
const app = express();
app.use(
  '/',
  expressPouchDB(ServerPouch, {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: '.tmp/bench-couch-log.txt',
  }),
);
const server = await new Promise((resolve) => {
  const started = app.listen(0, '127.0.0.1', () => resolve(started));
});
const remote = `http://127.0.0.1:${server.address().port}/log`;

let deviceCount = 0;
function openDevice() {
  const local = new PouchDB(`bench-device-${++deviceCount}`, { adapter: 'memory' });
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
const serverLog = new ServerPouch('log');
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
for (let run = 0; run < runs; run++) {
  const id = `entry-${run}`;
  const note = `edited on the phone, run ${run}`;
  await phone.store.flush();
  started = performance.now();
  phone.store.update(id, { note });
  await until(() => laptop.store.getSnapshot().entries.find((entry) => entry.id === id)?.note === note);
  trips.push(ms(started));
}
rows.push({
  measurement: `one edit's round trip, phone → server → laptop (median of ${runs})`,
  ms: median(trips),
});
rows.push({ measurement: `… each run`, ms: trips.join(', ') });

console.table(rows);
for (const device of [phone, laptop]) {
  device.store.stop();
  await device.storage.close();
}
server.close();
process.exit(0);
