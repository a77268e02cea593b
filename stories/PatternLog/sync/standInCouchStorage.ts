import type { BrowserPouchDB } from 'pouchdb-browser';
import type { PatternLogStorage, PatternLogSyncState } from '../../../src/pattern-log';

/**
 * A STAND-IN for `createCouchStorage` (attune-ui/pattern-log/couch), used only until that adapter
 * lands: the whole log as one plain-text PouchDB document, replicated live. It shows the sync
 * states and the panes; it does not encrypt, and it does not keep conflicts per entry.
 */
export function createStandInCouchStorage({
  local,
  remote,
}: {
  local: BrowserPouchDB;
  remote: BrowserPouchDB;
}): PatternLogStorage & { close(): void } {
  let state: PatternLogSyncState = { status: 'syncing' };
  const listeners = new Set<() => void>();
  const setState = (next: PatternLogSyncState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const read = () =>
    local.get('log').then(
      (doc) => doc as { _rev: string; text: string },
      () => undefined,
    );
  const live = local.sync(remote, { live: true, retry: true });
  // The sync's own `paused` drops the error; each direction's says whether it waits to retry.
  const waiting = new Set<string>();
  for (const direction of ['pull', 'push'] as const) {
    live[direction]?.on('paused', (error?: unknown) => {
      if (error) waiting.add(direction);
      else waiting.delete(direction);
      if (error) setState({ status: 'offline' });
    });
    live[direction]?.on('active', () => waiting.delete(direction));
  }
  live.on('active', () => setState({ status: 'syncing' }));
  live.on('paused', () =>
    setState(waiting.size > 0 ? { status: 'offline' } : { status: 'synced', at: new Date().toISOString() }),
  );
  return {
    load: async () => (await read())?.text ?? null,
    async save(text) {
      const doc = await read();
      await local.put({ _id: 'log', _rev: doc?._rev, text });
    },
    subscribe(listener) {
      const feed = local.changes({ since: 'now', live: true, include_docs: true });
      feed.on('change', (change: { doc?: { text?: string } }) => listener(change.doc?.text ?? null));
      return () => feed.cancel();
    },
    sync: {
      getState: () => state,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    close: () => live.cancel(),
  };
}
