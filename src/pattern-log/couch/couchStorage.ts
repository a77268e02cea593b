import { parseDocument } from '../document';
import { assertPassphrase, isRounds, maxIterations, minIterations } from '../cipher';
import { serialQueue } from '../../shared/serialQueue';
import {
  LockedError,
  UnreadableError,
  type PatternLogChangeSet,
  type PatternLogSaved,
  type PatternLogStorage,
  type PatternLogSyncSource,
  type PatternLogSyncState,
} from '../storage';
import {
  codecOf,
  isForged,
  keyBits,
  keyDocId,
  keyring,
  newKey,
  openFormer,
  openKey,
  readKeyDoc,
  type Codec,
  type KeyInfo,
} from './keys';
import { chooseKey } from './keyRule';
import type { CouchDatabase, CouchDoc, CouchFeed, CouchWriteResult } from './pouch';
import { followRecord, readRecord, recordText, resolveRecords, type CouchRecord } from './records';
import { nameOf, recordIndex } from './recordIndex';
import { errorState, isNetworkError, syncStateStore } from './syncState';
import { isRecord } from '../../shared/isRecord';

/** Options of {@link createCouchStorage}. */
export interface CouchStorageOptions {
  /** The PouchDB database on this device (`new PouchDB('attune-log')`): the source of truth. */
  local: CouchDatabase;
  /**
   * Where to replicate: a database URL (`https://couch.example.org/alex-log`) or a PouchDB
   * database for it (to add sign-in headers or a custom fetch). Passed to `local.sync` as is.
   */
  remote: string | CouchDatabase;
  /** A non-empty string; required unless `encrypt` is false. Kept in memory only, until `lock()`. */
  passphrase?: string;
  /**
   * `false` stores entries as plain JSON, readable by the server: only for a server the person
   * runs for themselves, or tests. A log is one or the other; the two never mix. @default true
   */
  encrypt?: boolean;
  /** PBKDF2-SHA-256 rounds for a new key, 600,000 to 2,000,000 (else a RangeError). @default 600000 */
  iterations?: number;
}

/** What {@link CouchStorage.adopt} took in. */
export interface CouchAdoptResult {
  /** Entries and tombstones read from the other storage. */
  read: number;
  /** Of those, how many changed what this log held (new, newer, or kept in an entry's history). */
  changed: number;
}

/** The storage `createCouchStorage` returns: any PatternLog can use it, plus sync's own controls. */
export interface CouchStorage extends PatternLogStorage {
  /** How replication stands, for PatternLog's quiet display (`useSyncExternalStore` shape). */
  readonly sync: PatternLogSyncSource;
  subscribe: (listener: (text: string | null) => void) => () => void;
  /**
   * Re-encrypts every entry, and the key document, under `next` with a fresh salt, and removes the
   * old documents. Other devices then ask for the new passphrase (`needs-passphrase`). Rejects with
   * LockedError when this storage cannot open the log now, TypeError when `next` is empty or the
   * log is not encrypted.
   */
  changePassphrase: (next: string) => Promise<void>;
  /** Forgets the passphrase and every key; `load` and `save` reject with LockedError('locked'). */
  lock: () => Promise<void>;
  /** Stops replication and listening; the local database stays open (it is the app's) and usable. */
  close: () => Promise<void>;
  /**
   * Moves a log kept elsewhere (`createLocalStorage`, `createIndexedDBStorage`, `encrypted(…)`)
   * into this one, entry by entry by the log's rule: nothing is lost, an entry edited in both
   * keeps the other text in its history. The other storage is left as it was; clear it once
   * the person is happy. Rejects with UnreadableError when its text is not a log.
   */
  adopt: (from: PatternLogStorage) => Promise<CouchAdoptResult>;
}

/** The local-only document that says this device's key was checked against the server's. */
const metaId = '_local/attune-pattern-log';
/** A brand-new device waits this long for the server's key before making one of its own. */
const keyWaitMs = 10_000;
const retryDelaysMs = [2000, 5000, 15000, 30000, 60000];
/** While replication brings more than `busyChanges` documents, the log reloads at most this often. */
const busyNotifyMs = 1000;
const busyChanges = 20;

/**
 * This device's own record of the log's key, never replicated: whether it was checked against
 * the server's, the keys it retired (never to be chosen again, even if replicated back) and the
 * fields of the key it uses (put back should every leaf turn out to be a retired key).
 */
type Meta = {
  _id: string;
  _rev?: string;
  confirmed?: boolean;
  provisional?: string;
  retired?: string[];
  key?: Record<string, unknown>;
};
/** Retired keys remembered: far more than `formerLimit`, so one replayed from long ago stays retired. */
const retiredLimit = 256;

const isConflict = (result: CouchWriteResult) => result.status === 409 || result.name === 'conflict';
const isMissing = (error: unknown) => isRecord(error) && error.status === 404;
const damagedKey = (leaf: CouchDoc | undefined) =>
  new UnreadableError(JSON.stringify(leaf), [{ path: keyDocId, code: 'damaged' }]);

/** Records of a parsed log: its entries, its tombstones and what it set aside. */
function recordsOf(text: string): CouchRecord[] {
  const parsed = parseDocument(text);
  if (!parsed.ok) throw new UnreadableError(text, parsed.problems);
  const { entries, removed, quarantine = [] } = parsed.document;
  return [
    ...entries.map((entry): CouchRecord => ({ t: 'entry', entry })),
    ...Object.entries(removed).map(([id, at]): CouchRecord => ({ t: 'removed', id, at })),
    ...quarantine.map((value): CouchRecord => ({ t: 'set-aside', value })),
  ];
}

/**
 * A PatternLog storage that keeps the log in a PouchDB database on this device, one document
 * per entry, and replicates it live with a CouchDB-protocol server (`local.sync(remote, { live:
 * true, retry: true })`). The device is the source of truth and works offline; the server is a
 * relay that holds only ciphertext (AES-GCM, key from the passphrase by PBKDF2-SHA-256) under
 * ids that are HMACs of the entries' ids. Conflicts are settled by the log's own rule on every
 * device alike, losing texts kept in the entry's `history`. A passphrase that does not open the
 * log's key document reads nothing and writes nothing, here or on the server.
 *
 * @throws TypeError when the passphrase is missing or empty (and `encrypt` is not false), or
 *   `local` is not a PouchDB database.
 * @throws RangeError when `iterations` is not a whole number from 600,000 to 2,000,000.
 */
export function createCouchStorage({
  local,
  remote,
  passphrase,
  encrypt = true,
  iterations = minIterations,
}: CouchStorageOptions): CouchStorage {
  if (!isRecord(local) || typeof local.allDocs !== 'function' || typeof local.sync !== 'function')
    throw new TypeError('createCouchStorage(): `local` must be a PouchDB database.');
  if (typeof remote !== 'string' && !isRecord(remote))
    throw new TypeError('createCouchStorage(): `remote` must be a database URL or a PouchDB database.');
  if (encrypt) assertPassphrase(passphrase, 'createCouchStorage(): the passphrase');
  else if (passphrase !== undefined)
    throw new TypeError('createCouchStorage(): a passphrase with `encrypt: false` would protect nothing.');
  if (!isRounds(iterations))
    throw new RangeError(
      `createCouchStorage(): iterations must be a whole number from ${minIterations} to ${maxIterations}; got ${String(iterations)}.`,
    );

  let secret = encrypt ? passphrase : undefined;
  let locked = false;
  const keys = keyring();
  /** The key this log is written with now, and the key document revision it was checked against. */
  let current: { codec: Codec; rev: string; info: KeyInfo } | undefined;
  /**
   * Keys this log was written with before (the ones before each passphrase change, sealed in the
   * key document; a key that lost a conflict): what they wrote moves to `current` when read.
   */
  const former = new Map<string, Codec>();
  /** Per record name: the document, revision and record last read or written, to diff saves against. */
  let known = new Map<string, { docId: string; rev: string; text: string }>();
  /** Opened documents by id and revision: each revision is decrypted once, own writes never. */
  let opened = new Map<string, CouchRecord | null>();
  /** The log record by record, with the revision each last changed at (see `loadChanges`). */
  const index = recordIndex();
  /** The keys the index was read with: another key, or one more former key, and every document is read again. */
  let indexKeys = '';
  let docIds = new Map<string, Promise<string>>();
  /** Every live document, as of `seq` (see `readChanges`). */
  const docs = new Map<string, CouchDoc>();
  let seq: number | string = 0;
  /** Revisions this storage wrote: their echo in the changes feed is not news. */
  const ownRevs = new Set<string>();
  const state = syncStateStore({ status: 'syncing' });
  const listeners = new Set<(text: string | null) => void>();
  let changesFeed: CouchFeed | undefined;
  let replication: CouchFeed | undefined;
  let connecting = false;
  let closed = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let notifyTimer: ReturnType<typeof setTimeout> | undefined;
  let changesSinceNotify = 0;
  let pulledKey = false;
  let compacting: Promise<void> | undefined;
  let compactAgain = false;
  /** One operation at a time: a save never interleaves with a load, a passphrase change or a lock. */
  const serial = serialQueue();

  const notify = () => listeners.forEach((listener) => listener(null));

  /** True while the passphrase does not open the log: replication's own news must not hide that. */
  let refused = false;

  /** Replication's state, unless the log cannot be opened (then that is what the person needs to know). */
  function report(next: PatternLogSyncState) {
    if (!refused && !locked) state.set(next);
  }

  function refuse(reason: 'wrong-passphrase' | 'locked' | 'not-encrypted'): never {
    refused = true;
    // A passphrase cannot help a log kept in the clear: that is for the app to sort out, not the person.
    state.set(
      reason === 'not-encrypted'
        ? {
            status: 'error',
            code: 'not-encrypted',
            reason: 'This synced log is not encrypted, and this app opens only encrypted ones.',
          }
        : { status: 'needs-passphrase' },
    );
    if (reason === 'locked')
      throw new LockedError(
        'locked',
        'This log was locked; open it again with its passphrase to read or save.',
      );
    if (reason === 'not-encrypted')
      throw new LockedError(
        'not-encrypted',
        'This synced log is not encrypted; it is not opened as an encrypted one.',
      );
    throw new LockedError('wrong-passphrase');
  }

  async function getDoc(id: string, options: { rev?: string; conflicts?: boolean } = {}) {
    try {
      return (await local.get(id, options)) as CouchDoc;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async function getMeta(): Promise<Meta> {
    return ((await getDoc(metaId)) as Meta | undefined) ?? { _id: metaId };
  }

  async function setMeta(changes: Partial<Meta>) {
    const meta = await getMeta();
    await local.put({ ...meta, ...changes });
  }

  /** Every leaf of the key document (one, unless two devices made or changed a key apart). */
  async function keyLeaves(): Promise<CouchDoc[]> {
    const doc = await getDoc(keyDocId, { conflicts: true });
    if (!doc) return [];
    const others = await Promise.all((doc._conflicts ?? []).map((rev) => getDoc(keyDocId, { rev })));
    return [doc, ...others.filter((leaf): leaf is CouchDoc => leaf !== undefined)];
  }

  /**
   * A brand-new device asks the server for the log's key before it makes one; a device whose
   * passphrase does not open the key it holds asks once for a newer one (the passphrase changed
   * on another device while this one was away). A bounded wait either way.
   */
  async function pullKey() {
    if (pulledKey) return;
    pulledKey = true;
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
    const pull = local.replicate.from(remote, { doc_ids: [keyDocId] });
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([pull, new Promise((resolve) => (timer = setTimeout(resolve, keyWaitMs)))]);
    } catch {
      // Offline or refused: this device makes a key of its own, which gives way to the server's later.
    } finally {
      clearTimeout(timer);
      pull.cancel();
    }
  }

  /**
   * The key to read and write with: the key document's leaf chosen by the key rule (`chooseKey`:
   * the newest, never a key this device or the chosen key retired), opened with the passphrase.
   * Never writes before the passphrase is known to fit, except the key document of a new log.
   */
  async function ensureKey(): Promise<Codec> {
    if (locked) refuse('locked');
    let leaves = await keyLeaves();
    if (current && leaves.length === 1 && leaves[0]!._rev === current.rev) return current.codec;
    if (leaves.length === 0) {
      await pullKey();
      leaves = await keyLeaves();
    }
    if (leaves.length === 0) {
      const made = await newKey(secret, iterations, keys);
      const result = (await local.put({ _id: keyDocId, ...made.fields })) as { rev: string };
      await setMeta({ provisional: result.rev, confirmed: false });
      leaves = await keyLeaves();
    }
    let infos = leaves.map(readKeyDoc).filter((info): info is KeyInfo => info !== undefined);
    if (infos.length === 0) throw damagedKey(leaves[0]);
    const meta = await getMeta();
    const retired = new Set(meta.retired);
    let winner: KeyInfo | undefined;
    let codec: Codec | undefined;
    for (;;) {
      winner = chooseKey(infos, retired);
      if (!winner) break;
      if (winner.encrypted !== encrypt) refuse(encrypt ? 'not-encrypted' : 'wrong-passphrase');
      codec = await openKey(winner, secret, keys);
      // A key this device holds whose check no longer opens was edited to look newer: it is passed over.
      const held = winner.tag === current?.codec.tag ? current.codec : former.get(winner.tag);
      if (codec || !held || !(await isForged(winner, held))) break;
      infos = infos.filter((info) => info !== winner);
    }
    if (!winner) {
      // Every leaf is a retired key (replayed) or an edited one: the key this device last used goes back.
      const kept = meta.key && readKeyDoc({ ...meta.key, _id: keyDocId, _rev: leaves[0]!._rev });
      if (!kept || !chooseKey([kept], retired)) throw damagedKey(leaves[0]);
      const [put] = (await local.bulkDocs([
        { ...meta.key, _id: keyDocId, _rev: leaves[0]!._rev },
        ...leaves.slice(1).map((leaf) => ({ _id: keyDocId, _rev: leaf._rev, _deleted: true })),
      ])) as CouchWriteResult[];
      // Met a newer revision: weighed again. Refused for good: said so, not tried forever.
      if (!put?.ok && !(put && isConflict(put))) throw damagedKey(leaves[0]);
      return ensureKey();
    }
    if (!codec && !pulledKey) {
      await pullKey();
      return ensureKey();
    }
    if (!codec) refuse('wrong-passphrase');
    // The passphrase fits: keys of other leaves that it also opens are former keys, then the leaves go.
    // Leaves that are no key document this release reads are left as they are, as before.
    const losers = leaves.filter((leaf) => leaf._rev !== winner.rev && readKeyDoc(leaf));
    const retiring = new Set(winner.encrypted ? winner.former.map(({ tag }) => tag) : []);
    for (const info of losers.map(readKeyDoc)) {
      if (!info || info.tag === codec.tag) continue;
      retiring.add(info.tag);
      const other = info.encrypted === encrypt && (await openKey(info, secret, keys));
      if (other) former.set(other.tag, other);
    }
    if (current && current.codec.tag !== codec.tag) {
      former.set(current.codec.tag, current.codec);
      retiring.add(current.codec.tag);
    }
    if (current?.info.rev !== winner.rev) await openFormerKeys(winner, codec);
    // Remembered before the losing leaves go: retired keys are never chosen again, and this key can be put back.
    const added = [...retiring].filter((tag) => !retired.has(tag));
    if (added.length > 0 || current?.info.rev !== winner.rev) {
      const key: Record<string, unknown> = { ...leaves.find((leaf) => leaf._rev === winner.rev) };
      for (const field of ['_id', '_rev', '_conflicts']) delete key[field];
      await setMeta({ retired: [...retired, ...added].slice(-retiredLimit), key });
    }
    if (losers.length > 0)
      await local.bulkDocs(losers.map((leaf) => ({ _id: keyDocId, _rev: leaf._rev, _deleted: true })));
    if (current?.codec.tag !== codec.tag) {
      docIds = new Map();
      known = new Map();
    }
    current = { codec, rev: winner.rev, info: winner };
    refused = false;
    if (losers.length > 0) current.rev = (await keyLeaves())[0]?._rev ?? winner.rev;
    return codec;
  }

  /** The former keys the key document keeps, so that what a device still on one wrote is read, and moved. */
  async function openFormerKeys(info: KeyInfo, codec: Codec) {
    for (const { tag, bits } of await openFormer(info, codec)) {
      if (tag === codec.tag || former.has(tag)) bits.fill(0);
      else former.set(tag, await codecOf(tag, bits));
    }
  }

  function docIdOf(codec: Codec, name: string): Promise<string> {
    let id = docIds.get(name);
    if (!id) docIds.set(name, (id = codec.docId(name)));
    return id;
  }

  /** Opens one leaf with the key it names: the current one, or a former one (then it is to move). */
  async function openLeaf(
    codec: Codec,
    doc: CouchDoc,
  ): Promise<{ record: CouchRecord; moved: boolean } | null> {
    const cacheKey = `${doc._id}@${doc._rev}`;
    const via = doc.k === codec.tag ? codec : former.get(String(doc.k));
    if (!via) return null;
    let record = opened.get(cacheKey);
    if (record === undefined) {
      record = readRecord(await via.open(doc)) ?? null;
      opened.set(cacheKey, record);
    }
    return record && { record, moved: via !== codec };
  }

  async function seal(codec: Codec, record: CouchRecord, rev?: string) {
    const docId = await docIdOf(codec, nameOf(record));
    const fields = await codec.seal(docId, record);
    return rev ? { _id: docId, _rev: rev, ...fields } : { _id: docId, ...fields };
  }

  /** Writes documents; returns the results, remembering its own revisions and what they hold. */
  async function write(docs: Array<{ doc: object; name?: string; text?: string; record?: CouchRecord }>) {
    if (docs.length === 0) return [];
    const results = (await local.bulkDocs(docs.map((d) => d.doc))) as CouchWriteResult[];
    results.forEach((result, at) => {
      const { name, text, record } = docs[at]!;
      if (result.rev) ownRevs.add(result.rev);
      if (!result.ok || !result.id || !result.rev) return;
      // Read back through the changes feed later: already open.
      if (record) opened.set(`${result.id}@${result.rev}`, record);
      if (name !== undefined && text !== undefined)
        known.set(name, { docId: result.id, rev: result.rev, text });
    });
    return results;
  }

  /**
   * Settles a document in conflict: every leaf this device can open is weighed by the log's rule
   * (`resolveRecords`), the result written on one leaf and the other leaves removed. Leaves it
   * cannot open (another key) are left for a device that can.
   */
  async function settle(codec: Codec, doc: CouchDoc): Promise<CouchRecord | null> {
    const others = await Promise.all((doc._conflicts ?? []).map((rev) => getDoc(doc._id, { rev })));
    const leaves = [doc, ...others.filter((leaf): leaf is CouchDoc => leaf !== undefined)];
    const readable: Array<{ leaf: CouchDoc; record: CouchRecord }> = [];
    for (const leaf of leaves) {
      const found = await openLeaf(codec, leaf);
      if (found && !found.moved) readable.push({ leaf, record: found.record });
    }
    if (readable.length === 0) return null;
    const settled = resolveRecords(readable.map((r) => r.record));
    const text = recordText(settled);
    const keep = readable.find((r) => recordText(r.record) === text) ?? readable[0]!;
    const writes: Array<{ doc: object; name?: string; text?: string; record?: CouchRecord }> = readable
      .filter((r) => r !== keep)
      .map((r) => ({ doc: { _id: doc._id, _rev: r.leaf._rev, _deleted: true } }));
    if (recordText(keep.record) !== text)
      writes.unshift({
        doc: await seal(codec, settled, keep.leaf._rev),
        name: nameOf(settled),
        text,
        record: settled,
      });
    else known.set(nameOf(settled), { docId: doc._id, rev: keep.leaf._rev!, text });
    await write(writes);
    return settled;
  }

  /**
   * Writes records into the database. `crossed: false` (a save) treats each as following the
   * version last read, unless the document moved on since; `crossed: true` (adopt, a former key's
   * documents) weighs each against what is stored, as a conflict. Returns how many changed.
   */
  async function putRecords(
    codec: Codec,
    records: CouchRecord[],
    crossed: boolean,
  ): Promise<{ changed: number; stored: Map<string, CouchRecord> }> {
    let pending = records;
    let changed = 0;
    /** What each record's document holds once written (or found to hold already), by name. */
    const stored = new Map<string, CouchRecord>();
    for (let round = 0; pending.length > 0 && round < 5; round++) {
      const ids = await Promise.all(pending.map((record) => docIdOf(codec, nameOf(record))));
      const { rows } = await local.allDocs({ keys: ids, include_docs: true });
      const writes: Array<{
        doc: object;
        name: string;
        text: string;
        record: CouchRecord;
        source: CouchRecord;
      }> = [];
      for (const [at, record] of pending.entries()) {
        const name = nameOf(record);
        const row = rows[at] as { doc?: CouchDoc; value?: { rev: string; deleted?: boolean } } | undefined;
        const doc = row?.doc ?? undefined;
        const found = doc ? await openLeaf(codec, doc) : null;
        let next = record;
        if (found && !found.moved) {
          const base = known.get(name);
          next =
            !crossed && base?.rev === doc!._rev
              ? followRecord(found.record, record)
              : resolveRecords([found.record, record]);
          if (recordText(next) === recordText(found.record)) {
            known.set(name, { docId: doc!._id, rev: doc!._rev!, text: recordText(next) });
            stored.set(name, found.record);
            continue;
          }
        }
        // A deleted document comes back on its latest revision; one under a key that can't be read is written over.
        const rev = doc?._rev ?? (row?.value?.deleted ? row.value.rev : undefined);
        writes.push({
          doc: await seal(codec, next, rev),
          name,
          text: recordText(next),
          record: next,
          source: record,
        });
      }
      const results = await write(writes);
      results.forEach((result, at) => result.ok && stored.set(writes[at]!.name, writes[at]!.record));
      changed += results.filter((result) => result.ok).length;
      pending = writes.filter((_, at) => isConflict(results[at]!)).map((w) => w.source);
      const failed = results.find((result) => !result.ok && !isConflict(result));
      if (failed) throw Object.assign(new Error('A change could not be written.'), { cause: failed });
    }
    if (pending.length > 0)
      throw new Error('Changes kept meeting newer ones; they are written on the next save.');
    return { changed, stored };
  }

  /**
   * Brings `docs` up to date with the database: only what changed since the last read, so a
   * reload after one replicated edit reads one document, not the whole log. Returns their ids.
   */
  async function readChanges(): Promise<Set<string>> {
    const { results, last_seq } = await local.changes({ since: seq, include_docs: true, conflicts: true });
    const changed = new Set<string>();
    for (const { id, deleted, doc } of results) {
      const before = docs.get(id);
      if (before) opened.delete(`${id}@${before._rev}`);
      if (deleted || !isRecord(doc) || doc._deleted) docs.delete(id);
      else docs.set(id, doc as CouchDoc);
      changed.add(id);
    }
    seq = last_seq;
    return changed;
  }

  /**
   * Brings the index up to date with the documents that changed (all of them, under a new key):
   * conflicts settled, and what a former key wrote moved to the current one (written anew, the
   * old document removed), then read back on the next round, already open.
   */
  async function refresh(codec: Codec) {
    for (let round = 0; round < 3; round++) {
      let changed = await readChanges();
      const keysNow = [codec.tag, ...former.keys()].join(' ');
      if (keysNow !== indexKeys) {
        indexKeys = keysNow;
        index.clear();
        changed = new Set(docs.keys());
      }
      const moving: CouchRecord[] = [];
      const leaving: object[] = [];
      for (const id of changed) {
        const doc = docs.get(id);
        let record: CouchRecord | null = null;
        if (!doc || id === keyDocId || id.startsWith('_')) record = null;
        else if (doc._conflicts?.length) record = await settle(codec, doc);
        else {
          const found = await openLeaf(codec, doc);
          if (found?.moved) {
            moving.push(found.record);
            leaving.push({ _id: doc._id, _rev: doc._rev, _deleted: true });
          } else if (found)
            known.set(nameOf(found.record), { docId: id, rev: doc._rev!, text: recordText(found.record) });
          record = found?.record ?? null;
        }
        index.setDoc(id, record && { name: nameOf(record), record });
      }
      index.commit();
      if (moving.length === 0) return;
      await putRecords(codec, moving, true);
      await write(leaving.map((doc) => ({ doc })));
    }
  }

  /** The whole log as one text, from the per-entry documents (`load`, for storage-level callers). */
  async function readLog(): Promise<string | null> {
    await refresh(await ensureKey());
    return index.text();
  }

  /**
   * Writes what the log changed; with `setAside` (the log's whole quarantine, by name), the
   * documents of set-aside values it let go of (a cleared log) go too. Returns what is stored.
   */
  async function writeRecords(codec: Codec, records: CouchRecord[], setAside?: Set<string>) {
    const { stored } = await putRecords(codec, records, false);
    if (!setAside) return stored;
    const dropped = [...known].filter(([name]) => name.startsWith('set-aside:') && !setAside.has(name));
    await write(dropped.map(([, { docId, rev }]) => ({ doc: { _id: docId, _rev: rev, _deleted: true } })));
    for (const [name] of dropped) known.delete(name);
    return stored;
  }

  async function saveLog(text: string) {
    const records = recordsOf(text);
    const changed = records.filter((record) => known.get(nameOf(record))?.text !== recordText(record));
    const setAside = new Set(records.filter((record) => record.t === 'set-aside').map(nameOf));
    await writeRecords(await ensureKey(), changed, setAside);
    if (changed.some((record) => record.t === 'removed')) compactSoon();
  }

  /** The log's own changes, entry by entry: only their documents are written. */
  async function saveChangeSet(changes: PatternLogChangeSet): Promise<PatternLogSaved> {
    const codec = await ensureKey();
    const records: CouchRecord[] = [
      ...changes.put.map((entry): CouchRecord => ({ t: 'entry', entry })),
      ...Object.entries(changes.removed).map(([id, at]): CouchRecord => ({ t: 'removed', id, at })),
    ];
    let setAside: Set<string> | undefined;
    if (changes.quarantine) {
      const values = changes.quarantine.map((value): CouchRecord => ({ t: 'set-aside', value }));
      setAside = new Set(values.map(nameOf));
      records.push(...values.filter((record) => index.textOf(nameOf(record)) === undefined));
    }
    const stored = await writeRecords(codec, records, setAside);
    if (Object.keys(changes.removed).length > 0) compactSoon();
    return index.wrote(
      records.map((record) => ({ record: stored.get(nameOf(record)) ?? record, given: recordText(record) })),
    );
  }

  /**
   * After a deletion or a passphrase change: the database drops the bodies of revisions that are
   * no longer current, so a deleted entry's words (and ciphertext under a former key) leave this
   * device, not only the screen. The tombstone itself stays (see the docs: a device away for
   * months must not bring a deleted entry back). Best effort: a database that cannot compact keeps them.
   */
  function compactSoon() {
    if (!local.compact || closed) return;
    if (compacting) {
      compactAgain = true;
      return;
    }
    compacting = (async () => {
      do {
        compactAgain = false;
        await local.compact!().catch(() => undefined);
      } while (compactAgain && !closed);
    })().finally(() => (compacting = undefined));
  }

  // --- Replication -------------------------------------------------------------------------

  function scheduleConnect() {
    clearTimeout(retryTimer);
    if (closed) return;
    const delay = retryDelaysMs[Math.min(failures++, retryDelaysMs.length - 1)];
    retryTimer = setTimeout(() => void connect(), delay);
  }

  /**
   * Checks this device's key against the server's before anything else is sent: a key made here
   * while offline gives way to one the server already had; a passphrase that does not open the
   * server's key stops here, having sent nothing.
   */
  async function confirmKey() {
    await local.replicate.from(remote, { doc_ids: [keyDocId] });
    await serial(async () => {
      const meta = await getMeta();
      const leaves = await keyLeaves();
      if (meta.provisional && leaves.some((leaf) => leaf._rev !== meta.provisional)) {
        const mine = leaves.find((leaf) => leaf._rev === meta.provisional);
        if (mine) {
          const info = readKeyDoc(mine);
          const codec = info && (await openKey(info, secret, keys).catch(() => undefined));
          if (codec) former.set(codec.tag, codec);
          await local.bulkDocs([{ _id: keyDocId, _rev: mine._rev, _deleted: true }]);
        }
      }
      await ensureKey();
    });
    await local.replicate.to(remote, { doc_ids: [keyDocId] });
    await setMeta({ confirmed: true, provisional: undefined });
  }

  async function connect() {
    if (replication || connecting || closed || locked) return;
    connecting = true;
    try {
      if (!(await getMeta()).confirmed) {
        report({ status: 'syncing' });
        await confirmKey();
        // A key of this device's that gave way: what it wrote moves to the log's key now.
        notify();
      }
      if (closed) return;
      failures = 0;
      startReplication();
    } catch (error) {
      if (error instanceof LockedError) return;
      report(isNetworkError(error) ? { status: 'offline' } : errorState(error));
      scheduleConnect();
    } finally {
      connecting = false;
    }
  }

  function startReplication() {
    const live = local.sync(remote, { live: true, retry: true });
    replication = live;
    // The sync's own `paused` drops the error; each direction's says whether it is waiting to retry.
    const waiting = { pull: false, push: false };
    // Read after the directions' own `paused` handlers, which PouchDB calls after the sync's.
    const idle = () =>
      queueMicrotask(() =>
        report(
          waiting.pull || waiting.push
            ? { status: 'offline' }
            : { status: 'synced', at: new Date().toISOString() },
        ),
      );
    for (const direction of ['pull', 'push'] as const) {
      live[direction]?.on('paused', (error?: unknown) => {
        waiting[direction] = Boolean(error);
        if (error) report({ status: 'offline' });
      });
      live[direction]?.on('active', () => (waiting[direction] = false));
    }
    live.on('active', () => report({ status: 'syncing' }));
    live.on('paused', () => {
      idle();
      if (notifyTimer !== undefined) notifyNow();
    });
    live.on('denied', (error: unknown) => report(errorState(error)));
    live.on('error', (error: unknown) => {
      replication = undefined;
      report(isNetworkError(error) ? { status: 'offline' } : errorState(error));
      scheduleConnect();
    });
  }

  /** Starts replication again now rather than at the end of the back-off. */
  function reconnect() {
    if (closed || locked) return;
    clearTimeout(retryTimer);
    replication?.cancel();
    replication = undefined;
    failures = 0;
    void connect();
  }
  /** The network is back. */
  function onOnline() {
    if (state.get().status === 'offline') reconnect();
  }
  if (typeof window !== 'undefined') window.addEventListener('online', onOnline);

  /**
   * Tells the log to reload, once per burst: each reload assembles the whole log, so while
   * replication pours documents in (a first sync brings thousands, a hundred at a time) at most
   * once a second, and at once when it pauses. A single edit is shown after 30 ms.
   */
  function scheduleNotify() {
    changesSinceNotify++;
    if (notifyTimer !== undefined) return;
    const busy = state.get().status === 'syncing' && changesSinceNotify > busyChanges;
    notifyTimer = setTimeout(notifyNow, busy ? busyNotifyMs : 30);
  }

  function notifyNow() {
    clearTimeout(notifyTimer);
    notifyTimer = undefined;
    changesSinceNotify = 0;
    notify();
  }

  function listenToChanges() {
    if (changesFeed || closed) return;
    changesFeed = local.changes({ since: 'now', live: true });
    changesFeed.on('change', (change) => {
      const revs =
        isRecord(change) && Array.isArray(change.changes) ? (change.changes as Array<{ rev?: unknown }>) : [];
      if (revs.length > 0 && revs.every(({ rev }) => typeof rev === 'string' && ownRevs.delete(rev))) return;
      scheduleNotify();
    });
  }

  function afterOpen() {
    listenToChanges();
    void connect();
  }

  const lockName = typeof local.name === 'string' ? `attune-pattern-log:couch:${local.name}` : undefined;

  const storage: CouchStorage = {
    // `retry` is PatternLog's "Try again now" after an error (e.g. once the person signed in again).
    sync: { ...state.source, retry: reconnect },
    load: () =>
      serial(async () => {
        const text = await readLog();
        afterOpen();
        return text;
      }),
    save: (text) =>
      serial(async () => {
        await saveLog(text);
        afterOpen();
      }),
    // Entry by entry (PatternLog uses these when a storage has them): a reload reads and opens
    // only the documents that changed since, and a save writes only the entries changed.
    loadChanges: (since) =>
      serial(async () => {
        await refresh(await ensureKey());
        afterOpen();
        return index.changesSince(since);
      }),
    saveChanges: (changes) =>
      serial(async () => {
        const saved = await saveChangeSet(changes);
        afterOpen();
        return saved;
      }),
    subscribe(listener) {
      listeners.add(listener);
      listenToChanges();
      return () => {
        listeners.delete(listener);
      };
    },
    async changePassphrase(next) {
      assertPassphrase(next, 'changePassphrase(): the new passphrase');
      if (!encrypt) throw new TypeError('changePassphrase(): this log is not encrypted.');
      return serial(async () => {
        const codec = await ensureKey();
        const { info, rev } = current!;
        // The key document goes first, with the key it replaces sealed inside it (and the ones
        // before). From then on any device that opens the new key reads what the old one wrote,
        // so a write that fails (or a tab that closes) at any later point leaves a readable log,
        // and whatever is still under the old key moves at the next read.
        const carried = [await keyBits(info, secret!), ...(await openFormer(info, codec))];
        let made: Awaited<ReturnType<typeof newKey>>;
        try {
          // Newer than the key it replaces by the key rule, even on a clock that runs behind.
          const created = new Date(Math.max(Date.now(), Date.parse(info.created))).toISOString();
          made = await newKey(next, iterations, keys, {
            created,
            generation: info.generation + 1,
            former: carried,
          });
        } finally {
          for (const { bits } of carried) bits.fill(0);
        }
        const written = (await local.put({ _id: keyDocId, _rev: rev, ...made.fields })) as { rev: string };
        ownRevs.add(written.rev);
        former.set(codec.tag, codec);
        secret = next;
        current = undefined;
        // Every document moves to the new key (written anew, then the old one removed).
        await readLog();
        compactSoon();
        notify();
      });
    },
    lock: () =>
      serial(async () => {
        locked = true;
        secret = undefined;
        keys.forget();
        former.clear();
        current = undefined;
        known = new Map();
        opened = new Map();
        docIds = new Map();
        index.forget();
        indexKeys = '';
        state.set({ status: 'needs-passphrase' });
        // Nothing moves while locked; a new storage with the passphrase starts again.
        clearTimeout(retryTimer);
        replication?.cancel();
        replication = undefined;
        notify();
      }),
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      clearTimeout(notifyTimer);
      const stopping = replication;
      replication = undefined;
      changesFeed?.cancel();
      changesFeed = undefined;
      if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
      if (stopping) {
        // Done when PouchDB says so (its requests in flight have ended), or after a second at most.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const complete = new Promise<void>((resolve) => {
          stopping.on('complete', () => resolve());
          timer = setTimeout(resolve, 1000);
        });
        stopping.cancel();
        await complete;
        clearTimeout(timer);
      }
      await serial.idle();
      await compacting;
    },
    async adopt(from) {
      const text = await from.load();
      if (text === null) return { read: 0, changed: 0 };
      const records = recordsOf(text);
      const { changed } = await serial(async () => putRecords(await ensureKey(), records, true));
      if (changed > 0) notify();
      return { read: records.length, changed };
    },
  };
  return lockName === undefined ? storage : { ...storage, lockName };
}
