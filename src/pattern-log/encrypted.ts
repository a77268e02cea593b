import { LockedError, type PatternLogStorage } from './storage';

const marker = 'attune-pattern-log/encrypted';

interface Envelope {
  format: typeof marker;
  v: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  iv: string;
  data: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

function readEnvelope(text: string): Envelope | undefined {
  try {
    const value = JSON.parse(text) as Partial<Envelope>;
    return value && value.format === marker && typeof value.data === 'string'
      ? (value as Envelope)
      : undefined;
  } catch {
    return undefined;
  }
}

export interface EncryptedOptions {
  passphrase: string;
  /** PBKDF2 rounds for new saves; stored with the data, so it can change later. @default 600000 */
  iterations?: number;
}

/**
 * Encrypts the document before it reaches `storage`: AES-GCM with a key derived from the
 * passphrase by PBKDF2 (SHA-256), through WebCrypto. The passphrase is never stored.
 * A wrong passphrase rejects `load` with `LockedError`, and `save` refuses from then on,
 * so the stored log is never overwritten by a log that cannot read it.
 */
export function encrypted(
  storage: PatternLogStorage,
  { passphrase, iterations = 600_000 }: EncryptedOptions,
) {
  const keys = new Map<string, Promise<CryptoKey>>();
  let salt: Uint8Array<ArrayBuffer> | undefined;
  let locked = false;

  function deriveKey(saltBytes: Uint8Array<ArrayBuffer>, rounds: number): Promise<CryptoKey> {
    const id = `${toBase64(saltBytes)}:${rounds}`;
    let key = keys.get(id);
    if (!key) {
      key = crypto.subtle
        .importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey'])
        .then((material) =>
          crypto.subtle.deriveKey(
            { name: 'PBKDF2', salt: saltBytes, iterations: rounds, hash: 'SHA-256' },
            material,
            { name: 'AES-GCM', length: 256 },
            false,
            ['encrypt', 'decrypt'],
          ),
        );
      keys.set(id, key);
    }
    return key;
  }

  async function decrypt(text: string | null): Promise<string | null> {
    if (text === null) return null;
    const envelope = readEnvelope(text);
    // Plain or foreign data is not ours to read as a log; treat it as locked, never overwrite it.
    if (!envelope) throw new LockedError();
    const saltBytes = fromBase64(envelope.salt);
    try {
      const key = await deriveKey(saltBytes, envelope.iterations);
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(envelope.iv) },
        key,
        fromBase64(envelope.data),
      );
      salt = saltBytes;
      return new TextDecoder().decode(plain);
    } catch {
      throw new LockedError();
    }
  }

  const adapter: PatternLogStorage = {
    async load() {
      try {
        const text = await decrypt(await storage.load());
        locked = false;
        return text;
      } catch (error) {
        locked = true;
        throw error;
      }
    },
    async save(text) {
      if (locked) throw new LockedError();
      if (!salt) salt = crypto.getRandomValues(new Uint8Array(16));
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const key = await deriveKey(salt, iterations);
      const data = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)),
      );
      const envelope: Envelope = {
        format: marker,
        v: 1,
        kdf: 'PBKDF2-SHA-256',
        iterations,
        salt: toBase64(salt),
        iv: toBase64(iv),
        data: toBase64(data),
      };
      await storage.save(JSON.stringify(envelope));
    },
  };
  // Changes elsewhere are only signalled; the log reads (and decrypts) through `load`.
  if (storage.subscribe) adapter.subscribe = (listener) => storage.subscribe!(() => listener(null));
  return adapter;
}
