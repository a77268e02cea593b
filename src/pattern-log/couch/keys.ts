import {
  aesOpen,
  aesSeal,
  decodeText,
  deriveKeyPair,
  deriveKeyBits,
  encode,
  fromBase64,
  importKeyPair,
  isRounds,
  ivLength,
  randomBytes,
  saltLength,
  tagLength,
  toBase64,
} from '../cipher';
import { isRecord } from '../../shared/isRecord';
import type { KeyCandidate } from './keyRule';
import type { CouchDoc } from './pouch';

/** The one document every device looks for first; its id is the only fixed one in the database. */
export const keyDocId = 'attune-pattern-log';
const format = 'attune-pattern-log/couch';
const checkText = 'attune-pattern-log/couch/key-check';

/**
 * Turns records into document fields and back, and entry ids into document ids. Encrypted: the
 * id is an HMAC of the entry's id, the body AES-GCM bound to that id and to the key (`k`), so the
 * server can neither read a document nor pass one off as another. Plain (`encrypt: false`): as is.
 */
export interface Codec {
  /** Names the key a document was written with (`k`): the salt, or `plain`. */
  readonly tag: string;
  docId: (name: string) => Promise<string>;
  seal: (docId: string, value: unknown) => Promise<Record<string, unknown>>;
  /** The value a document holds; undefined when this key cannot open it. */
  open: (doc: CouchDoc) => Promise<unknown>;
}

export const plainCodec: Codec = {
  tag: 'plain',
  docId: async (name) => `e-${name}`,
  seal: async (_docId, value) => ({ k: 'plain', plain: value }),
  open: async (doc) => (doc.k === 'plain' ? doc.plain : undefined),
};

const base64url = (bytes: Uint8Array) =>
  toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Each encrypted codec's AES key, to seal former keys under it; never leaves this module. */
const cipherKeys = new WeakMap<Codec, CryptoKey>();

function encryptedCodec(tag: string, cipher: CryptoKey, names: CryptoKey): Codec {
  const header = (docId: string) => encode(`${format}\n${docId}\n${tag}`);
  const codec: Codec = {
    tag,
    async docId(name) {
      return `e-${base64url(new Uint8Array(await crypto.subtle.sign('HMAC', names, encode(name))))}`;
    },
    async seal(docId, value) {
      const iv = randomBytes(ivLength);
      return {
        k: tag,
        iv: toBase64(iv),
        data: await aesSeal(cipher, iv, JSON.stringify(value), header(docId)),
      };
    },
    async open(doc) {
      if (doc.k !== tag || typeof doc.iv !== 'string' || typeof doc.data !== 'string') return undefined;
      const iv = fromBase64(doc.iv);
      const data = fromBase64(doc.data);
      if (iv?.length !== ivLength || !data || data.length < tagLength) return undefined;
      const plain = await aesOpen(cipher, iv, data, header(doc._id));
      const text = plain && decodeText(plain);
      if (text === undefined) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
  };
  cipherKeys.set(codec, cipher);
  return codec;
}

/** A key document read and bounds-checked, before any key is derived from it. */
export type KeyInfo = Omit<KeyCandidate, 'former'> &
  (
    | { encrypted: false }
    | {
        encrypted: true;
        iterations: number;
        salt: Uint8Array<ArrayBuffer>;
        check: { iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> };
        /** Former keys (before a passphrase change), sealed under this one: see `openFormer`. */
        former: WrappedKey[];
      }
  );

/** A former key as the key document keeps it: its tag, and its 64 bytes sealed under the current key. */
export interface WrappedKey {
  tag: string;
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

/**
 * Former keys kept, newest first. Each passphrase change adds one; a device offline through
 * more changes than this would find its oldest writes unreadable (kept, never deleted).
 */
export const formerLimit = 32;
const wrappedLength = 64 + tagLength;

/**
 * What the key check is bound to: change the rounds, the salt, when the key was made or its
 * generation, and the check no longer opens (so a server cannot make an old key look newer).
 */
const kdfOf = (iterations: number, salt: Uint8Array) => ({
  name: 'PBKDF2',
  hash: 'SHA-256',
  iterations,
  salt: toBase64(salt),
});
const checkHeader = (iterations: number, salt: Uint8Array, created: string, generation: number) =>
  encode(JSON.stringify({ format, v: 1, kdf: kdfOf(iterations, salt), created, generation }));

/** Reads a key document; undefined for anything that is not one this release writes. */
export function readKeyDoc(doc: CouchDoc): KeyInfo | undefined {
  const { _rev: rev, created, generation } = doc;
  if (doc.format !== format || doc.v !== 1 || typeof rev !== 'string') return undefined;
  if (typeof created !== 'string' || Number.isNaN(Date.parse(created))) return undefined;
  if (typeof generation !== 'number' || !Number.isSafeInteger(generation) || generation < 0) return undefined;
  if (doc.encrypted === false) return { rev, created, generation, tag: 'plain', encrypted: false };
  const { kdf, check } = doc;
  if (!isRecord(kdf) || !isRecord(check) || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') return undefined;
  if (!isRounds(kdf.iterations) || typeof kdf.salt !== 'string') return undefined;
  const salt = fromBase64(kdf.salt);
  const iv = typeof check.iv === 'string' ? fromBase64(check.iv) : undefined;
  const data = typeof check.data === 'string' ? fromBase64(check.data) : undefined;
  if (salt?.length !== saltLength || iv?.length !== ivLength || !data || data.length < tagLength)
    return undefined;
  const tag = toBase64(salt);
  const former = readFormer(doc.former, tag);
  const { iterations } = kdf;
  return { rev, created, generation, tag, encrypted: true, iterations, salt, check: { iv, data }, former };
}

/** The key document's former keys; anything that is not one (tampered with) is left out. */
function readFormer(value: unknown, own: string): WrappedKey[] {
  if (!Array.isArray(value)) return [];
  const found: WrappedKey[] = [];
  for (const item of value.slice(0, formerLimit)) {
    if (!isRecord(item) || typeof item.k !== 'string' || item.k === own) continue;
    if (typeof item.iv !== 'string' || typeof item.data !== 'string') continue;
    const salt = fromBase64(item.k);
    const iv = fromBase64(item.iv);
    const data = fromBase64(item.data);
    if (salt?.length === saltLength && iv?.length === ivLength && data?.length === wrappedLength)
      found.push({ tag: item.k, iv, data });
  }
  return found;
}

/** Binds a sealed former key to its own tag and to the key it is sealed under. */
const wrapHeader = (tag: string, under: string) =>
  encode(JSON.stringify({ format, v: 1, former: tag, under }));

/**
 * Opens the former keys a key document keeps, with its own (just opened) codec: each as its
 * tag and 64 bytes, for the caller to import (`codecOf`) or to seal again under a next key.
 */
export async function openFormer(
  info: KeyInfo,
  under: Codec,
): Promise<Array<{ tag: string; bits: Uint8Array<ArrayBuffer> }>> {
  const cipher = cipherKeys.get(under);
  if (!info.encrypted || !cipher) return [];
  const opened = await Promise.all(
    info.former.map(async ({ tag, iv, data }) => {
      const bits = await aesOpen(cipher, iv, data, wrapHeader(tag, under.tag));
      return bits?.length === 64 ? [{ tag, bits: new Uint8Array(bits) }] : [];
    }),
  );
  return opened.flat();
}

/** A codec from a former key's 64 bytes (wiped once imported). */
export async function codecOf(tag: string, bits: Uint8Array<ArrayBuffer>): Promise<Codec> {
  const { cipher, names } = await importKeyPair(bits);
  return encryptedCodec(tag, cipher, names);
}

async function wrapFormer(
  under: Codec,
  former: ReadonlyArray<{ tag: string; bits: Uint8Array<ArrayBuffer> }>,
) {
  const cipher = cipherKeys.get(under)!;
  return Promise.all(
    former.slice(0, formerLimit).map(async ({ tag, bits }) => {
      const iv = randomBytes(ivLength);
      const params = { name: 'AES-GCM', iv, additionalData: wrapHeader(tag, under.tag) };
      const data = new Uint8Array(await crypto.subtle.encrypt(params, cipher, bits));
      return { k: tag, iv: toBase64(iv), data: toBase64(data) };
    }),
  );
}

/** Derives keys once per passphrase, salt and rounds; `forget` drops them all (lock). */
export function keyring() {
  let derived = new Map<string, Promise<{ cipher: CryptoKey; names: CryptoKey }>>();
  return {
    derive(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
      // Keyed by the passphrase too: after a change, the old one's keys still open what it wrote.
      const id = `${iterations}:${toBase64(salt)}:${passphrase}`;
      let keys = derived.get(id);
      if (!keys) {
        const cache = derived;
        keys = deriveKeyPair(passphrase, salt, iterations);
        // A failed derivation is not remembered, so the next try derives again.
        keys.catch(() => cache.get(id) === keys && cache.delete(id));
        cache.set(id, keys);
      }
      return keys;
    },
    forget() {
      derived = new Map();
    },
  };
}

export type Keyring = ReturnType<typeof keyring>;

/** Opens a key document with the passphrase: its codec, or undefined when the passphrase does not fit. */
export async function openKey(info: KeyInfo, passphrase: string | undefined, keys: Keyring) {
  if (!info.encrypted) return passphrase === undefined ? plainCodec : undefined;
  if (passphrase === undefined) return undefined;
  const { cipher, names } = await keys.derive(passphrase, info.salt, info.iterations);
  return (await checks(info, cipher)) ? encryptedCodec(info.tag, cipher, names) : undefined;
}

async function checks(info: KeyInfo & { encrypted: true }, cipher: CryptoKey) {
  const { iterations, salt, created, generation, check } = info;
  const opened = await aesOpen(
    cipher,
    check.iv,
    check.data,
    checkHeader(iterations, salt, created, generation),
  );
  return opened !== undefined && decodeText(opened) === checkText;
}

/**
 * True when `info` names the key of `codec` (one this device already holds) but its check does
 * not open: the document was changed after it was written (its moment or generation edited).
 */
export async function isForged(info: KeyInfo, codec: Codec): Promise<boolean> {
  const cipher = cipherKeys.get(codec);
  return info.encrypted && info.tag === codec.tag && cipher !== undefined && !(await checks(info, cipher));
}

/**
 * A new key document's fields (and its codec): a fresh salt, unless the log is not encrypted.
 * `former` keys (newest first) are sealed inside it, so that any device that opens this key can
 * read what a device still holding an older one wrote, and move it here.
 */
export async function newKey(
  passphrase: string | undefined,
  iterations: number,
  keys: Keyring,
  {
    created = new Date().toISOString(),
    generation = 0,
    former = [],
  }: {
    created?: string;
    generation?: number;
    former?: ReadonlyArray<{ tag: string; bits: Uint8Array<ArrayBuffer> }>;
  } = {},
): Promise<{ fields: Record<string, unknown>; codec: Codec }> {
  if (passphrase === undefined)
    return { fields: { format, v: 1, created, generation, encrypted: false }, codec: plainCodec };
  const salt = randomBytes(saltLength);
  const { cipher, names } = await keys.derive(passphrase, salt, iterations);
  const iv = randomBytes(ivLength);
  const data = await aesSeal(cipher, iv, checkText, checkHeader(iterations, salt, created, generation));
  const codec = encryptedCodec(toBase64(salt), cipher, names);
  const fields: Record<string, unknown> = {
    format,
    v: 1,
    created,
    generation,
    kdf: kdfOf(iterations, salt),
    check: { iv: toBase64(iv), data },
  };
  if (former.length > 0) fields.former = await wrapFormer(codec, former);
  return { fields, codec };
}

/** The 64 bytes of the key `info` describes, from its passphrase: to seal it inside a next key. */
export async function keyBits(info: KeyInfo, passphrase: string) {
  if (!info.encrypted) throw new TypeError('A log kept in the clear has no key to carry.');
  return { tag: info.tag, bits: await deriveKeyBits(passphrase, info.salt, info.iterations) };
}
