import type { DocumentProblem } from './document';
import { LockedError, UnreadableError, type PatternLogStorage } from './storage';
import { isRecord } from '../shared/isRecord';
import { serialQueue } from '../shared/serialQueue';
import {
  aesOpen,
  assertPassphrase,
  aesSeal,
  decodeText,
  deriveKey,
  encode,
  fromBase64,
  isRounds,
  ivLength,
  maxIterations,
  minIterations,
  randomBytes,
  saltLength,
  tagLength,
  toBase64,
} from './cipher';

const marker = 'attune-pattern-log/encrypted';
/** Sealed beside the data with the same key: if it opens, the passphrase is right and a failing `data` is damage. */
const checkText = 'attune-pattern-log/key-check';

/** A stored envelope whose fields are within bounds, as bytes; v2's headers are its additional authenticated data. */
interface Envelope {
  v: 1 | 2;
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
  check?: { iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer>; header: Uint8Array<ArrayBuffer> };
  header?: Uint8Array<ArrayBuffer>;
}

type KeyFor = (salt: Uint8Array<ArrayBuffer>, iterations: number) => Promise<CryptoKey>;

/** Reads fields and collects every problem, so one refusal lists all that is wrong. */
function fieldReader(problems: DocumentProblem[]) {
  const fail = (path: string, value: unknown, code: DocumentProblem['code']) =>
    problems.push({ path, code: value === undefined ? 'missing' : code });
  return {
    object(value: unknown, path: string): Record<string, unknown> {
      if (isRecord(value)) return value;
      fail(path, value, 'not-supported');
      return {};
    },
    constant(value: unknown, expected: string, path: string) {
      if (value !== expected) fail(path, value, 'not-supported');
    },
    rounds(value: unknown, path: string): number {
      if (!isRounds(value)) fail(path, value, 'not-rounds');
      return value as number;
    },
    bytes(value: unknown, path: string, length: number, atLeast = false): Uint8Array<ArrayBuffer> {
      const bytes = typeof value === 'string' ? fromBase64(value) : undefined;
      if (typeof value !== 'string') fail(path, value, 'not-text');
      else if (!bytes) fail(path, value, 'not-base64');
      else if (atLeast ? bytes.length < length : bytes.length !== length) fail(path, value, 'wrong-length');
      return bytes ?? new Uint8Array(0);
    },
  };
}

/** What makes the key (format, v, kdf): bound to the key check, so a check from other parameters fails. */
function keyHead(iterations: number, salt: Uint8Array) {
  return {
    format: marker,
    v: 2,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
  } as const;
}

/** The whole v2 header, bound to the data: changing any field fails to open rather than misreads. */
function envelopeHead(iterations: number, salt: Uint8Array, iv: Uint8Array) {
  return { ...keyHead(iterations, salt), cipher: { name: 'AES-GCM', iv: toBase64(iv) } } as const;
}

const headerBytes = (head: object) => encode(JSON.stringify(head));

function readV1(value: Record<string, unknown>, problems: DocumentProblem[]): Envelope {
  const read = fieldReader(problems);
  read.constant(value.kdf, 'PBKDF2-SHA-256', 'kdf');
  return {
    v: 1,
    iterations: read.rounds(value.iterations, 'iterations'),
    salt: read.bytes(value.salt, 'salt', saltLength),
    iv: read.bytes(value.iv, 'iv', ivLength),
    data: read.bytes(value.data, 'data', tagLength, true),
  };
}

function readV2(value: Record<string, unknown>, problems: DocumentProblem[]): Envelope {
  const read = fieldReader(problems);
  const kdf = read.object(value.kdf, 'kdf');
  const cipher = read.object(value.cipher, 'cipher');
  const check = read.object(value.check, 'check');
  read.constant(kdf.name, 'PBKDF2', 'kdf.name');
  read.constant(kdf.hash, 'SHA-256', 'kdf.hash');
  read.constant(cipher.name, 'AES-GCM', 'cipher.name');
  const iterations = read.rounds(kdf.iterations, 'kdf.iterations');
  const salt = read.bytes(kdf.salt, 'kdf.salt', saltLength);
  const iv = read.bytes(cipher.iv, 'cipher.iv', ivLength);
  return {
    v: 2,
    iterations,
    salt,
    iv,
    data: read.bytes(value.data, 'data', tagLength, true),
    header: headerBytes(envelopeHead(iterations, salt, iv)),
    check: {
      iv: read.bytes(check.iv, 'check.iv', ivLength),
      data: read.bytes(check.data, 'check.data', tagLength, true),
      header: headerBytes(keyHead(iterations, salt)),
    },
  };
}

const notEncrypted = () =>
  new LockedError('not-encrypted', 'The stored text is not an encrypted log; nothing is saved over it.');
const forgotten = () =>
  new LockedError('locked', 'This log was locked; open it again with its passphrase to read or save.');
const damaged = (text: string) => new UnreadableError(text, [{ path: 'data', code: 'damaged' }]);

/** Why `v` is not a version this release reads. */
function versionProblem(v: unknown): DocumentProblem {
  const newer = Number.isInteger(v) && (v as number) > 2;
  return { path: 'v', code: v === undefined ? 'missing' : newer ? 'newer-version' : 'not-supported' };
}

/**
 * Reads stored text as an envelope, checking every bound before any key is derived.
 * Not an envelope at all → LockedError('not-encrypted'); an envelope out of bounds → UnreadableError.
 */
function readEnvelope(text: string): Envelope {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Our marker in text that no longer parses: a damaged envelope, not someone else's data.
    if (text.includes(marker)) throw new UnreadableError(text, [{ path: '', code: 'not-json' }]);
    throw notEncrypted();
  }
  if (!isRecord(value) || value.format !== marker) throw notEncrypted();
  if (value.v !== 1 && value.v !== 2) throw new UnreadableError(text, [versionProblem(value.v)]);
  const problems: DocumentProblem[] = [];
  const envelope = value.v === 1 ? readV1(value, problems) : readV2(value, problems);
  if (problems.length > 0) throw new UnreadableError(text, problems);
  return envelope;
}

/** Whether the key opens v2's key check; v1 has none, so there only the data can tell. */
async function keyFits(key: CryptoKey, envelope: Envelope): Promise<boolean> {
  const { check } = envelope;
  if (!check) return true;
  const opened = await aesOpen(key, check.iv, check.data, check.header);
  return opened !== undefined && decodeText(opened) === checkText;
}

/** Opens stored text: LockedError when the key does not fit, UnreadableError when the data is damaged. */
async function openEnvelope(text: string, keyFor: KeyFor) {
  const envelope = readEnvelope(text);
  const key = await keyFor(envelope.salt, envelope.iterations);
  if (!(await keyFits(key, envelope))) throw new LockedError('wrong-passphrase');
  const plain = await aesOpen(key, envelope.iv, envelope.data, envelope.header);
  // Without a key check (v1), a wrong passphrase and damage look the same: locked.
  if (!plain) throw envelope.check ? damaged(text) : new LockedError('wrong-passphrase');
  const opened = decodeText(plain);
  if (opened === undefined) throw damaged(text);
  return { text: opened, salt: envelope.salt, iterations: envelope.iterations };
}

/** Writes a v2 envelope: fresh IVs for the data and the key check, each bound to its header. */
async function sealEnvelope(key: CryptoKey, salt: Uint8Array, iterations: number, text: string) {
  const iv = randomBytes(ivLength);
  const head = envelopeHead(iterations, salt, iv);
  const checkIv = randomBytes(ivLength);
  const checkData = await aesSeal(key, checkIv, checkText, headerBytes(keyHead(iterations, salt)));
  const data = await aesSeal(key, iv, text, headerBytes(head));
  return JSON.stringify({ ...head, check: { iv: toBase64(checkIv), data: checkData }, data });
}

/**
 * Options of {@link encrypted}. The passphrase is kept in memory only (until `lock()`), never
 * stored; choose or ask for a long one, since stored data can be guessed at offline.
 */
export interface EncryptedOptions {
  /** A non-empty string; anything else throws a TypeError. */
  passphrase: string;
  /**
   * PBKDF2-SHA-256 rounds for new saves, a whole number from 600,000 to 2,000,000 (else a
   * RangeError). Stored with the data, so it can change later; logs saved with other
   * counts in that range still open. @default 600000
   */
  iterations?: number;
}

/**
 * Storage returned by {@link encrypted}: the log's storage, plus a passphrase change and a lock.
 * Its `subscribe` tells listeners (with `null`, so the log re-reads through `load`) when the
 * inner storage changed and when the passphrase changed or the log was locked.
 */
export interface EncryptedStorage extends PatternLogStorage {
  subscribe: (listener: (text: string | null) => void) => () => void;
  /**
   * Re-encrypts the stored log under `next` with a fresh salt, in one save of the inner storage:
   * until that save succeeds the old ciphertext stays, and so does the old passphrase. Rejects
   * with LockedError when `current` does not open the stored log, TypeError when `next` is empty.
   */
  changePassphrase: (current: string, next: string) => Promise<void>;
  /**
   * Waits for a save in flight, then forgets the passphrase and every key derived from it: later
   * `load` and `save` reject with LockedError('locked'). Open the log again with a new `encrypted()`.
   */
  lock: () => Promise<void>;
  /** Writes over unreadable stored data, once the person has chosen to start a new log in its place. */
  replace: (text: string) => Promise<void>;
}

/**
 * Encrypts the log before it reaches `storage`, through WebCrypto: AES-GCM (256-bit) with a key
 * derived from the passphrase by PBKDF2-SHA-256 and a random salt. What is protected: the text
 * of the log, and its integrity (a changed envelope never opens as different text). What is not:
 * that a log exists, roughly how long it is, when it was saved (as the storage shows it), and
 * the key parameters, which are stored in the clear; nor an older saved envelope put back in place.
 *
 * It never writes over what it cannot open: `save` first opens whatever is stored now, unless it
 * is exactly what this adapter last read or wrote. A passphrase that does not fit rejects
 * with LockedError (`wrong-passphrase`), plain or foreign text with LockedError (`not-encrypted`),
 * and an envelope that is damaged, out of bounds or from a newer version with UnreadableError
 * carrying the stored text. Version 1 envelopes still open and are rewritten as version 2.
 *
 * @throws TypeError when the passphrase is empty or not a string.
 * @throws RangeError when `iterations` is not a whole number from 600,000 to 2,000,000.
 */
export function encrypted(
  storage: PatternLogStorage,
  { passphrase, iterations = minIterations }: EncryptedOptions,
): EncryptedStorage {
  assertPassphrase(passphrase, 'encrypted(): the passphrase');
  if (!isRounds(iterations))
    throw new RangeError(
      `encrypted(): iterations must be a whole number from ${minIterations} to ${maxIterations}; got ${String(iterations)}.`,
    );
  let secret: string | undefined = passphrase;
  let keys = new Map<string, Promise<CryptoKey>>();
  /** The raw text this adapter last opened or wrote (null: found empty), so safe to write over. */
  let known: string | null | undefined;
  /** The salt of the next save: the stored one when its rounds match, else a fresh one. */
  let salt: Uint8Array<ArrayBuffer> | undefined;
  const listeners = new Set<(text: string | null) => void>();
  // One operation at a time, so lock() and changePassphrase() never interleave with a save.
  const serial = serialQueue();

  const notify = () => listeners.forEach((listener) => listener(null));

  function keyFor(saltBytes: Uint8Array<ArrayBuffer>, rounds: number): Promise<CryptoKey> {
    if (secret === undefined) return Promise.reject(forgotten());
    const id = `${rounds}:${toBase64(saltBytes)}`;
    let key = keys.get(id);
    if (!key) {
      const cache = keys;
      const derived = deriveKey(secret, saltBytes, rounds);
      // A failed derivation is not remembered, so the next try derives again.
      derived.catch(() => cache.get(id) === derived && cache.delete(id));
      cache.set(id, (key = derived));
    }
    return key;
  }

  /** Opens the stored text with this passphrase and remembers it as safe to write over. */
  async function adopt(stored: string | null): Promise<string | null> {
    if (stored === null) {
      known = null;
      return null;
    }
    const opened = await openEnvelope(stored, keyFor);
    known = stored;
    salt = opened.iterations === iterations ? opened.salt : undefined;
    return opened.text;
  }

  const adapter: EncryptedStorage = {
    load: () =>
      serial(async () => {
        if (secret === undefined) throw forgotten();
        return adopt(await storage.load());
      }),
    save: (text) =>
      serial(async () => {
        if (secret === undefined) throw forgotten();
        // Another tab, another passphrase, or never opened: only write over what this passphrase opens.
        const stored = await storage.load();
        if (stored !== known) await adopt(stored);
        salt ??= randomBytes(saltLength);
        const next = await sealEnvelope(await keyFor(salt, iterations), salt, iterations, text);
        await storage.save(next);
        known = next;
      }),
    // The person chose to start again over data nothing can open: a fresh salt, no check of what is there.
    replace: (text) =>
      serial(async () => {
        if (secret === undefined) throw forgotten();
        salt = randomBytes(saltLength);
        const next = await sealEnvelope(await keyFor(salt, iterations), salt, iterations, text);
        await storage.save(next);
        known = next;
      }),
    async changePassphrase(current, next) {
      assertPassphrase(current, 'changePassphrase(): the current passphrase');
      assertPassphrase(next, 'changePassphrase(): the new passphrase');
      return serial(async () => {
        if (secret === undefined) throw forgotten();
        const stored = await storage.load();
        let text: string | null = null;
        if (stored !== null) {
          const keyForCurrent: KeyFor = current === secret ? keyFor : (s, n) => deriveKey(current, s, n);
          text = (await openEnvelope(stored, keyForCurrent)).text;
        } else if (current !== secret) throw new LockedError('wrong-passphrase');
        const nextKeys = new Map<string, Promise<CryptoKey>>();
        let written: string | null = null;
        if (text !== null) {
          const nextSalt = randomBytes(saltLength);
          const key = deriveKey(next, nextSalt, iterations);
          nextKeys.set(`${iterations}:${toBase64(nextSalt)}`, key);
          written = await sealEnvelope(await key, nextSalt, iterations, text);
          await storage.save(written);
          salt = nextSalt;
        } else salt = undefined;
        // Only now, with the new ciphertext in place, does the adapter switch passphrase.
        secret = next;
        keys = nextKeys;
        known = written;
        notify();
      });
    },
    lock: () =>
      serial(async () => {
        if (secret === undefined) return;
        secret = undefined;
        keys.clear();
        keys = new Map();
        salt = undefined;
        known = undefined;
        notify();
      }),
    subscribe(listener) {
      listeners.add(listener);
      // Changes elsewhere are only signalled; the log reads (and decrypts) through `load`.
      const stop = storage.subscribe?.(() => listener(null));
      return () => {
        listeners.delete(listener);
        stop?.();
      };
    },
  };
  return storage.lockName === undefined ? adapter : { ...adapter, lockName: storage.lockName };
}
