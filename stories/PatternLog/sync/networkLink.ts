import { EventEmitter } from 'events';
import type { BrowserPouchDB } from 'pouchdb-browser';

/** The calls a replication makes on the far side; while offline, each fails as a dropped network would. */
const networkCalls = new Set([
  'info',
  'id',
  'get',
  'put',
  'post',
  'bulkDocs',
  'bulkGet',
  'allDocs',
  'revsDiff',
  'changes',
]);

/** A failure with no HTTP status: the adapter, like PouchDB, reads that as "offline, retry later". */
function offlineError() {
  return Object.assign(new Error('The story switched this device’s network off.'), { status: 0 });
}

type RealFeed = EventEmitter & PromiseLike<unknown> & { cancel: () => void };

/**
 * A changes feed as it reaches the device: PouchDB's own while the network is up, relayed, and
 * one that can fail the way a dropped connection does (PouchDB's own feed can only complete).
 */
function relayedFeed(start: (() => RealFeed) | undefined) {
  let failed = false;
  let settle: { resolve: (value: unknown) => void; reject: (error: unknown) => void } | undefined;
  const done = new Promise((resolve, reject) => (settle = { resolve, reject }));
  done.catch(() => undefined);
  let real: RealFeed | undefined;
  const feed = Object.assign(new EventEmitter(), {
    cancel: () => real?.cancel(),
    then: done.then.bind(done),
    catch: done.catch.bind(done),
    fail(error: unknown) {
      if (failed) return;
      failed = true;
      real?.cancel();
      if (feed.listenerCount('error') > 0) feed.emit('error', error);
      settle?.reject(error);
    },
  });
  if (!start) setTimeout(() => feed.fail(offlineError()));
  else {
    real = start();
    real.on('change', (...args: unknown[]) => !failed && feed.emit('change', ...args));
    real.then(
      (result) => {
        if (failed) return;
        feed.emit('complete', result);
        settle?.resolve(result);
      },
      (error: unknown) => feed.fail(error),
    );
  }
  return feed;
}

/**
 * One device's road to the server: the server's database as this device reaches it, and a switch
 * that cuts it. Cutting it fails the device's open feeds and every call after, the way a phone in
 * a tunnel would; switching back on tells the page it is online again, as a browser does.
 */
export function networkLink(server: BrowserPouchDB) {
  let online = true;
  const openFeeds = new Set<ReturnType<typeof relayedFeed>>();
  const remote = new Proxy(server, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (typeof property !== 'string' || !networkCalls.has(property)) return method.bind(target);
      return (...args: unknown[]) => {
        if (property !== 'changes')
          return online ? method.apply(target, args) : Promise.reject(offlineError());
        const feed = relayedFeed(online ? () => method.apply(target, args) as RealFeed : undefined);
        openFeeds.add(feed);
        void feed.then(
          () => openFeeds.delete(feed),
          () => openFeeds.delete(feed),
        );
        return feed;
      };
    },
  });
  return {
    remote,
    setOnline(next: boolean) {
      if (next === online) return;
      online = next;
      if (!online) {
        for (const feed of openFeeds) feed.fail(offlineError());
        openFeeds.clear();
      } else window.dispatchEvent(new Event('online'));
    },
  };
}
