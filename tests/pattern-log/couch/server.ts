// A real CouchDB-protocol server for the tests, in this process: express-pouchdb over PouchDB's
// memory adapter. Devices are PouchDB memory databases of their own. pouchdb-core and its plugins
// rather than the `pouchdb` package, which would pull in leveldown (a native build) for nothing.
import type { AddressInfo, Socket } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import mapreduce from 'pouchdb-mapreduce';

PouchDB.plugin(memory).plugin(http).plugin(replication).plugin(mapreduce);

let count = 0;
const unique = (what: string) =>
  `${what}-${process.pid}-${++count}-${Math.random().toString(36).slice(2, 8)}`;

/** A database on the server, seen from a device: PouchDB over HTTP. */
export function remoteDatabase(url: string): PouchDB.Database {
  return new PouchDB(url);
}

/** A database on a device: PouchDB in memory, as an app would use pouchdb-browser. */
export function deviceDatabase(): PouchDB.Database {
  return new PouchDB(unique('device'), { adapter: 'memory' });
}

export interface TestServer {
  /** A fresh database's URL on this server. */
  newDatabase: () => string;
  /** Every document the server holds in that database, as stored (all leaves, deleted ones too). */
  documents: (url: string) => Promise<Array<Record<string, unknown>>>;
  leaves: (url: string) => Promise<Array<{ id: string; conflicts: string[] }>>;
  /** Stops answering: open connections are cut, new ones refused. */
  down: () => Promise<void>;
  /** Answers again, on the same port. */
  up: () => Promise<void>;
  stop: () => Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const ServerPouch = PouchDB.defaults({ adapter: 'memory', prefix: `${unique('server')}-` });
  const app = express();
  app.use(
    '/',
    expressPouchDB(ServerPouch, {
      mode: 'minimumForPouchDB',
      inMemoryConfig: true,
      logPath: '.tmp/couch-test-log.txt',
    }),
  );
  let server: Server;
  const sockets = new Set<Socket>();
  const listen = (port: number) =>
    new Promise<Server>((resolve) => {
      const started = app.listen(port, '127.0.0.1', () => resolve(started));
      started.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
    });
  server = await listen(0);
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const down = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      sockets.forEach((socket) => socket.destroy());
    });
  return {
    newDatabase: () => `${base}/${unique('log')}`,
    async documents(url) {
      const db = new ServerPouch(url.slice(base.length + 1));
      const { results } = await db.changes({ style: 'all_docs' });
      const docs: Array<Record<string, unknown>> = [];
      for (const { id } of results) {
        // Every revision the server still has, not only the leaves: nothing plain may hide in history.
        const leaves = (await db.get(id, { open_revs: 'all', revs: true })) as unknown as Array<{
          ok?: { _revisions?: { start: number; ids: string[] } };
        }>;
        const revs = new Set<string>();
        for (const { ok } of leaves)
          ok?._revisions?.ids.forEach((hash, i) => revs.add(`${ok._revisions!.start - i}-${hash}`));
        for (const rev of revs) {
          const found = await db.get(id, { rev }).catch(() => undefined);
          if (found) docs.push(found as unknown as Record<string, unknown>);
        }
      }
      return docs;
    },
    /** The leaves the server holds for each document id, live ones only. */
    async leaves(url) {
      const db = new ServerPouch(url.slice(base.length + 1));
      const { rows } = await db.allDocs({ include_docs: true, conflicts: true });
      return rows.map((row) => ({
        id: row.id,
        conflicts: (row.doc as { _conflicts?: string[] })._conflicts ?? [],
      }));
    },
    down,
    async up() {
      server = await listen(port);
    },
    // At the end, requests still in flight (a closed device's last checkpoint) may finish: cutting
    // one makes PouchDB 9 reject a promise nobody handles (replicate's `src.info()` after a batch).
    async stop() {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => sockets.forEach((socket) => socket.destroy()), 3000).unref();
      });
    },
  };
}
