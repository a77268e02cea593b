import { currentVersion, serializeDocument, type DocumentProblem, type PatternLogEntry } from './document';

/**
 * Where a PatternLog keeps its one text document. A host may pass its own (its backend,
 * native storage…). `subscribe` tells the log when another tab or device changed the
 * text (passing it, or null), so the log reloads and merges; it returns the function
 * that stops listening.
 */
export interface PatternLogStorage {
  load: () => Promise<string | null>;
  save: (text: string) => Promise<void>;
  subscribe?: (listener: (text: string | null) => void) => () => void;
  /**
   * Names this document for the Web Locks API: logs in other tabs that share the name take
   * turns to read, merge and write it, so no tab's write is lost in a race. Leave it out
   * for storage that is not shared between tabs (memory) or that serialises writes itself.
   */
  readonly lockName?: string;
  /**
   * Writes over stored data that cannot be read, once the person has chosen to (PatternLog's
   * "Start a new log in its place"). Only for storage whose `save` refuses to write over what
   * it cannot open, like `encrypted`; others are simply saved to.
   */
  replace?: (text: string) => Promise<void>;
  /**
   * A closing page's unsaved changes. Called from `pagehide`, when there is no time to read,
   * merge or wait: the write must reach storage in this very task, and go beside the document,
   * never over it (this page may not have heard another tab's latest save). `slot` names the
   * page; a later stash from the same page replaces its earlier one. Leave it out where that
   * cannot be done synchronously (encrypted storage: its cipher is asynchronous).
   */
  stash?: (slot: string, text: string) => void;
  /** What pages stashed and no read–merge–write has taken in yet, by slot. */
  loadStashed?: () => Promise<Array<{ slot: string; text: string }>>;
  /**
   * Forgets stashes once a saved document holds what they said: each only if it still holds
   * that text (its page may have come back from the back/forward cache and stashed again).
   */
  dropStashed?: (taken: ReadonlyArray<{ slot: string; text: string }>) => Promise<void>;
  /**
   * Storage that replicates to other devices (`attune-ui/pattern-log/couch`) tells how that is
   * going; PatternLog shows it quietly, never as an alarm. Local storage leaves it out.
   */
  readonly sync?: PatternLogSyncSource;
  /**
   * Storage that keeps one record per entry (IndexedDB) offers these two together; the log then
   * reads only what changed since its last read and writes only the entries it changed, instead
   * of the whole document. `load`/`save` stay the whole-document text; a text found there
   * (written by an older version, or by a closing page with no room to stash) is merged in.
   */
  loadChanges?: (since?: number) => Promise<PatternLogStoredChanges>;
  /** Writes entries and tombstones, all or none, in one go; resolves once they are stored. */
  saveChanges?: (changes: PatternLogChangeSet) => Promise<PatternLogSaved>;
  /**
   * Per-entry storage may also keep the newest entries (`PatternLogChangeSet.newest`) in one
   * small record, so a long log shows its first page at once while the rest loads. Resolves
   * with them as found (the log checks them, and shows them only until every record is read),
   * or null when there is none, or when a write since did not keep it up to date.
   */
  loadNewest?: () => Promise<unknown[] | null>;
}

/**
 * One stored record: an entry (`entry`, as found: it is checked by the log, and one that
 * fails is kept aside, never lost) or the tombstone of a deleted one (`removed`, when).
 */
export type PatternLogRecord =
  { id: string; revision: number; entry: unknown } | { id: string; revision: number; removed: string };

/** What `loadChanges(since)` found: every record written after revision `since` (all, without it). */
export interface PatternLogStoredChanges {
  /** The revision the stored log is at; pass it back as `since` next time. */
  revision: number;
  records: PatternLogRecord[];
  /** The log's quarantine as stored (entries an older version could not read, kept as found). */
  quarantine: unknown[];
  /** A whole-document text waiting to be merged in (see `loadChanges`), or null. */
  document: string | null;
}

/** What `saveChanges` writes: only the entries and tombstones that differ from storage. */
export interface PatternLogChangeSet {
  /** Entries to write, whole, each under its id. */
  put: readonly PatternLogEntry[];
  /** Tombstones to write, id → when deleted; each replaces the entry of that id. */
  removed: Readonly<Record<string, string>>;
  /** The log's whole quarantine, when it changed. */
  quarantine?: unknown[];
  /** A whole-document text these changes took in: deleted in the same write, if still there as it was. */
  absorbed?: string;
  /** The log's newest entries after this write, for `loadNewest`. */
  newest?: readonly PatternLogEntry[];
}

/** What `saveChanges` did. */
export interface PatternLogSaved {
  /** The revision this write made. */
  revision: number;
  /** The revision it found: another tab's, if it is not the one this log last read. */
  previous: number;
}

/**
 * How replication stands: `synced` (everything here is on the server, and back), `syncing`,
 * `offline` (changes wait on this device and go when the network returns), `needs-passphrase`
 * (this device cannot open the log yet, so nothing is read or sent), `error` (with the reason,
 * in words a person can act on, and the thrown value).
 */
export type PatternLogSyncState =
  | { status: 'synced'; at?: string }
  | { status: 'syncing' }
  | { status: 'offline' }
  | { status: 'needs-passphrase' }
  | {
      status: 'error';
      /** In English, for the app's own logs and screens. */
      reason: string;
      /** What kind of error, so PatternLog says it in the person's language (its `syncReasons`). */
      code?: PatternLogSyncErrorCode;
      /** With `code: 'server'`: what the server said, as it said it ('' or absent: nothing). */
      detail?: string;
      error?: unknown;
    };

/**
 * Why syncing paused: the server did not accept this device (`not-accepted`: signing in again
 * may help), has no database for the log (`no-database`), found an entry too large
 * (`too-large`), the synced log is kept in the clear and this app opens only encrypted ones
 * (`not-encrypted`), or the server answered with an error of its own (`server`, see `detail`).
 */
export type PatternLogSyncErrorCode =
  'not-accepted' | 'no-database' | 'too-large' | 'not-encrypted' | 'server';

/** A store of the sync state in the shape `useSyncExternalStore` reads. */
export interface PatternLogSyncSource {
  getState: () => PatternLogSyncState;
  subscribe: (listener: () => void) => () => void;
  /** Tries again now, after an error; PatternLog offers it only when the source has it. */
  retry?: () => void;
}

/**
 * Why a log is locked: the passphrase does not open it (`wrong-passphrase`), its key was
 * forgotten with `lock()` (`locked`), or the stored text is not an encrypted log at all
 * (`not-encrypted`: plain or foreign data is never read as a log, nor overwritten).
 */
export type LockedReason = 'wrong-passphrase' | 'locked' | 'not-encrypted';

/** Rejected by encrypted storage when it cannot open the stored log. Nothing is written then. */
export class LockedError extends Error {
  readonly reason: LockedReason;
  constructor(
    reason: LockedReason = 'wrong-passphrase',
    message = 'This passphrase does not open the stored log; nothing is saved.',
  ) {
    super(message);
    this.name = 'LockedError';
    this.reason = reason;
  }
}

/**
 * Rejected by storage that holds something it cannot read as a log: damaged, tampered
 * with, or written by a newer version. `text` is the stored text exactly as found, so
 * the person can download it; nothing is written over it.
 */
export class UnreadableError extends Error {
  readonly text: string;
  readonly problems: DocumentProblem[];
  constructor(text: string, problems: DocumentProblem[], message = 'The stored log cannot be read.') {
    super(message);
    this.name = 'UnreadableError';
    this.text = text;
    this.problems = problems;
  }
}

/** Keeps the document in memory, shared by every log given the same storage. Lost on reload. */
export function createMemoryStorage(initial: string | null = null): PatternLogStorage {
  let text = initial;
  const listeners = new Set<(text: string | null) => void>();
  return {
    load: async () => text,
    save: async (next) => {
      text = next;
      listeners.forEach((listener) => listener(next));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Stashes in `localStorage` under `<prefix><slot>`. Measured in Chromium, a write that a closing
 * page makes to localStorage lands every time, while an IndexedDB write from the same moment is
 * dropped when the page closes in the middle of a read (3 of 10 closes lost that way).
 */
function localStashes(prefix: string) {
  const slots = () => {
    const found: string[] = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const name = window.localStorage.key(i);
      if (name?.startsWith(prefix)) found.push(name.slice(prefix.length));
    }
    return found;
  };
  return {
    stash: (slot: string, text: string) => window.localStorage.setItem(prefix + slot, text),
    loadStashed: async () =>
      slots().flatMap((slot) => {
        const text = window.localStorage.getItem(prefix + slot);
        return text === null ? [] : [{ slot, text }];
      }),
    dropStashed: async (taken: ReadonlyArray<{ slot: string; text: string }>) => {
      for (const { slot, text } of taken)
        if (window.localStorage.getItem(prefix + slot) === text)
          window.localStorage.removeItem(prefix + slot);
    },
  } satisfies Pick<PatternLogStorage, 'stash' | 'loadStashed' | 'dropStashed'>;
}

/**
 * Keeps the document in `localStorage` under `key`; other tabs learn of changes through
 * the `storage` event. About 5 MB per site, enough for tens of thousands of entries.
 * A closing page's unsaved changes wait under `<key>:stash:<page>` until the next save.
 */
export function createLocalStorage({ key }: { key: string }): PatternLogStorage {
  const stashPrefix = `${key}:stash:`;
  return {
    lockName: `attune-pattern-log:local:${key}`,
    load: async () => window.localStorage.getItem(key),
    save: async (text) => window.localStorage.setItem(key, text),
    ...localStashes(stashPrefix),
    subscribe(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea !== window.localStorage) return;
        // Another page's save, or a closing page's stash (not its removal once taken in).
        if (event.key === key || (event.key?.startsWith(stashPrefix) && event.newValue !== null))
          listener(event.newValue);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

const storeName = 'pattern-log';
const documentKey = 'document';
/** Beside the document in `pattern-log`: `{ revision, quarantine }` of the per-entry layout. */
const metaKey = 'entries-meta';
/** Beside it: `{ revision, entries }`, the newest entries as of the write at `revision` (`loadNewest`). */
const newestKey = 'newest';
/**
 * Entries and tombstones, spread by id over a fixed number of buckets, each one JSON text
 * `{ revision, text }` indexed by the revision that last wrote it. Measured in Chromium, reading
 * 100,000 one-entry records took several times longer than parsing the same entries as one text,
 * so a change rewrites its bucket (a 128th of the log) and a load parses 128 texts.
 */
const recordStoreName = 'buckets';
const revisionIndex = 'revision';
const bucketCount = 128;
/** The stand-in record of a damaged bucket: an id no entry has (ids made here have no NUL). */
const damagedPrefix = '\u0000damaged-bucket-';
const damagedId = (bucket: number) => `${damagedPrefix}${bucket}`;

/** Which bucket an id lives in (FNV-1a over its UTF-16 code units): the same in every tab. */
function bucketOf(id: string): number {
  if (id.startsWith(damagedPrefix)) return Number(id.slice(damagedPrefix.length)) % bucketCount;
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % bucketCount;
}

/** A bucket's contents by id, each an entry as found or a tombstone; pairs, so any id is safe. */
interface Bucket {
  entries: Array<[string, unknown]>;
  removed: Array<[string, string]>;
}

/**
 * A bucket's records; a damaged one reads as one unreadable record under its stand-in id, so the
 * log shows its text as set aside (and exports it) and every other bucket still loads.
 */
function readBucket(bucket: { revision: number; text: unknown }, key: number): PatternLogRecord[] {
  try {
    return bucketRecords(bucket.text, bucket.revision);
  } catch {
    return [{ id: damagedId(key), revision: bucket.revision, entry: bucket.text }];
  }
}

/** A bucket's text as records; throws for one that is not a bucket (see `readBucket`). */
function bucketRecords(text: unknown, revision: number): PatternLogRecord[] {
  let value: unknown;
  try {
    value = typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    value = undefined;
  }
  const bucket = value as Partial<Bucket> | undefined;
  const pairs = (list: unknown) =>
    Array.isArray(list) && list.every((pair) => Array.isArray(pair) && typeof pair[0] === 'string');
  if (!bucket || !pairs(bucket.entries) || !pairs(bucket.removed))
    throw new UnreadableError(String(text), [{ path: 'buckets', code: 'damaged' }]);
  return [
    ...bucket.entries!.map(([id, entry]) => ({ id, revision, entry })),
    ...bucket.removed!.map(([id, removed]) => ({ id, revision, removed })),
  ];
}

/**
 * Opens (or creates) the database. Version 1 held only `pattern-log` (the layout idb-keyval
 * used before); version 2 adds the `entries` store beside it and leaves the document alone:
 * the log moves it over itself, in the same write that deletes it.
 */
function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 2);
    request.onupgradeneeded = () => {
      const opened = request.result;
      if (!opened.objectStoreNames.contains(storeName)) opened.createObjectStore(storeName);
      if (!opened.objectStoreNames.contains(recordStoreName))
        opened.createObjectStore(recordStoreName).createIndex(revisionIndex, 'revision');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB failed without saying why.'));
  });
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB failed without saying why.'));
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = transaction.onerror = () =>
      reject(transaction.error ?? new DOMException('The write was aborted.', 'AbortError'));
  });
}

/** The document as text, whatever shape an older version stored it in. */
const documentText = (value: unknown): string | null =>
  value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);

interface Meta {
  revision: number;
  quarantine: unknown[];
}

function readMeta(value: unknown): Meta {
  const found = (typeof value === 'object' && value !== null ? value : {}) as Partial<Meta>;
  return {
    revision: typeof found.revision === 'number' ? found.revision : 0,
    quarantine: Array.isArray(found.quarantine) ? found.quarantine : [],
  };
}

/**
 * Keeps the log in IndexedDB (database `name`): one record per entry in the object store
 * `entries`, so a change writes only the entries it touched, and another tab reads only what
 * changed since its last read. Other tabs learn of changes through a `BroadcastChannel` of
 * the same name. `load`/`save` still read and write one whole-document text (the layout of
 * earlier versions, under `pattern-log`/`document`), which the log merges into the records
 * and then deletes, in one transaction.
 * Hand-written rather than idb-keyval: a page that is closing or reloading gets no second
 * task, so a save must reach IndexedDB in the same task that asks for it, and commit at once.
 * Measured in Chromium: a write from `pagehide` on reload survived 10 of 10 times this way,
 * and 0 of 10 through idb-keyval's promise-wrapped `set`. A page that closes with changes
 * unsaved stashes them in localStorage instead (see `localStashes`), under
 * `attune-pattern-log:idb:<name>:stash:<page>`.
 */
export function createIndexedDBStorage({ name }: { name: string }): PatternLogStorage {
  let database: IDBDatabase | undefined;
  let opening: Promise<IDBDatabase> | undefined;
  // Opened on first use, so creating the adapter during SSR or module load touches nothing.
  const connect = () =>
    (opening ??= openDatabase(name).then(
      (opened) => {
        // Another tab deleting or upgrading the database: let go, and open again on next use.
        opened.onversionchange = () => {
          opened.close();
          database = opening = undefined;
        };
        return (database = opened);
      },
      (error: unknown) => {
        opening = undefined;
        throw error;
      },
    ));
  /** Runs `write` on the open database in this very task when it is open: see above. */
  const withDatabase = <T>(write: (opened: IDBDatabase) => Promise<T>): Promise<T> => {
    try {
      return database ? write(database) : connect().then(write);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const writeDocument = (opened: IDBDatabase, text: string) => {
    const transaction = opened.transaction(storeName, 'readwrite');
    transaction.objectStore(storeName).put(text, documentKey);
    transaction.commit?.();
    return finished(transaction);
  };
  const writeChanges = (opened: IDBDatabase, changes: PatternLogChangeSet): Promise<PatternLogSaved> => {
    const transaction = opened.transaction([storeName, recordStoreName], 'readwrite');
    const logStore = transaction.objectStore(storeName);
    const records = transaction.objectStore(recordStoreName);
    const saved: PatternLogSaved = { revision: 0, previous: 0 };
    // The revision is read and raised inside the transaction, so two tabs never share one.
    const metaRequest = logStore.get(metaKey);
    const touched = new Map<number, Array<[string, { entry: unknown } | { removed: string }]>>();
    const touch = (id: string, value: { entry: unknown } | { removed: string }) => {
      const bucket = bucketOf(id);
      const writes = touched.get(bucket);
      if (writes) writes.push([id, value]);
      else touched.set(bucket, [[id, value]]);
    };
    for (const entry of changes.put) touch(entry.id, { entry });
    for (const [id, removed] of Object.entries(changes.removed)) touch(id, { removed });
    metaRequest.onsuccess = () => {
      const meta = readMeta(metaRequest.result);
      saved.previous = meta.revision;
      saved.revision = meta.revision + 1;
      const setAside: string[] = [];
      let waiting = touched.size;
      const writeMeta = () => {
        const quarantine = [...(changes.quarantine ?? meta.quarantine), ...setAside];
        logStore.put({ revision: saved.revision, quarantine }, metaKey);
        // Of this revision only: a write without it (another version's) leaves it behind, unused.
        if (changes.newest) logStore.put({ revision: saved.revision, entries: changes.newest }, newestKey);
      };
      for (const [bucket, writes] of touched) {
        const request = records.get(bucket);
        request.onsuccess = () => {
          const found = request.result as { text?: unknown } | undefined;
          const byId = new Map<string, { entry: unknown } | { removed: string }>();
          try {
            for (const record of found ? bucketRecords(found.text, 0) : [])
              byId.set(
                record.id,
                'removed' in record ? { removed: record.removed } : { entry: record.entry },
              );
          } catch {
            // A bucket that is not one (tampered with, damaged): its text goes to the quarantine,
            // as found, and the tombstone of its stand-in tells every log it has moved there.
            // Unless this write deletes it on purpose (the person deleted the whole log).
            if (!writes.some(([id]) => id === damagedId(bucket))) setAside.push(String(found!.text));
            byId.set(damagedId(bucket), { removed: new Date().toISOString() });
          }
          for (const [id, value] of writes) byId.set(id, value);
          const next: Bucket = { entries: [], removed: [] };
          for (const [id, value] of byId)
            if ('removed' in value) next.removed.push([id, value.removed]);
            else next.entries.push([id, value.entry]);
          records.put({ revision: saved.revision, text: JSON.stringify(next) }, bucket);
          if (--waiting === 0) writeMeta();
        };
      }
      if (touched.size === 0) writeMeta();
      if (changes.absorbed === undefined) return;
      const documentRequest = logStore.get(documentKey);
      documentRequest.onsuccess = () => {
        // Only the text that was taken in: a newer one (a closing page's) waits for the next read.
        if (documentText(documentRequest.result) === changes.absorbed) logStore.delete(documentKey);
      };
    };
    return finished(transaction).then(() => saved);
  };
  let channel: BroadcastChannel | undefined;
  const getChannel = () =>
    typeof BroadcastChannel === 'undefined'
      ? undefined
      : (channel ??= new BroadcastChannel(`attune-pattern-log:${name}`));
  const lockName = `attune-pattern-log:idb:${name}`;
  const stashes = localStashes(`${lockName}:stash:`);
  return {
    lockName,
    async load() {
      const opened = database ?? (await connect());
      const value = await requested<unknown>(
        opened.transaction(storeName, 'readonly').objectStore(storeName).get(documentKey),
      );
      return documentText(value);
    },
    save(text) {
      const written = withDatabase((opened) => writeDocument(opened, text));
      // Told before the write completes: a tab that hears it merges the text itself, so even
      // a closing page's last write reaches the other tabs.
      getChannel()?.postMessage(text);
      return written;
    },
    async loadChanges(since) {
      const opened = database ?? (await connect());
      const transaction = opened.transaction([storeName, recordStoreName], 'readonly');
      const logStore = transaction.objectStore(storeName);
      const records = transaction.objectStore(recordStoreName);
      const source = since === undefined ? records : records.index(revisionIndex);
      const range = since === undefined ? undefined : IDBKeyRange.lowerBound(since, true);
      const [meta, document, found, keys] = await Promise.all([
        requested<unknown>(logStore.get(metaKey)),
        requested<unknown>(logStore.get(documentKey)),
        requested(source.getAll(range)),
        // The buckets' numbers, in the same order (for an index, its records' primary keys).
        requested(source.getAllKeys(range)),
      ]);
      const { revision, quarantine } = readMeta(meta);
      const buckets = found as Array<{ revision: number; text: unknown }>;
      return {
        revision,
        quarantine,
        document: documentText(document),
        records: buckets.flatMap((bucket, index) => readBucket(bucket, keys[index] as number)),
      };
    },
    async loadNewest() {
      const opened = database ?? (await connect());
      const logStore = opened.transaction(storeName, 'readonly').objectStore(storeName);
      const [meta, newest] = await Promise.all([
        requested<unknown>(logStore.get(metaKey)),
        requested<unknown>(logStore.get(newestKey)),
      ]);
      const found = (typeof newest === 'object' && newest !== null ? newest : {}) as {
        revision?: unknown;
        entries?: unknown;
      };
      return Array.isArray(found.entries) && found.revision === readMeta(meta).revision
        ? (found.entries as unknown[])
        : null;
    },
    saveChanges(changes) {
      const written = withDatabase((opened) => writeChanges(opened, changes));
      // The changed entries only, as a document: other tabs merge it at once (see `save`).
      getChannel()?.postMessage(
        serializeDocument({
          version: currentVersion,
          entries: [...changes.put],
          removed: { ...changes.removed },
        }),
      );
      return written;
    },
    ...stashes,
    stash(slot, text) {
      stashes.stash(slot, text);
      getChannel()?.postMessage(text);
    },
    subscribe(listener) {
      // A channel of its own: a BroadcastChannel never hears its own messages.
      if (typeof BroadcastChannel === 'undefined') return () => {};
      const own = new BroadcastChannel(`attune-pattern-log:${name}`);
      own.onmessage = (event: MessageEvent) => {
        if (typeof event.data === 'string') listener(event.data);
      };
      return () => own.close();
    },
  };
}
