import { createStore, get, set, type UseStore } from 'idb-keyval';

/**
 * Where a PatternLog keeps its one text document. A host may pass its own (its backend,
 * native storage…). `subscribe` tells the log when another tab or device changed the
 * text (passing it, or null), so the log reloads and merges; it returns the function
 * that stops listening.
 */
export interface PatternLogStorage {
  load(): Promise<string | null>;
  save(text: string): Promise<void>;
  subscribe?(listener: (text: string | null) => void): () => void;
}

/** Thrown by `encrypted` storage when the passphrase does not open the stored log. */
export class LockedError extends Error {
  constructor(message = 'This passphrase does not open the stored log; nothing is saved.') {
    super(message);
    this.name = 'LockedError';
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
 * Keeps the document in `localStorage` under `key`; other tabs learn of changes through
 * the `storage` event. About 5 MB per site, enough for tens of thousands of entries.
 */
export function createLocalStorage({ key }: { key: string }): PatternLogStorage {
  return {
    load: async () => window.localStorage.getItem(key),
    save: async (text) => window.localStorage.setItem(key, text),
    subscribe(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key && event.storageArea === window.localStorage) listener(event.newValue);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

/**
 * Keeps the document in IndexedDB (database `name`, via idb-keyval); other tabs learn of
 * changes through a `BroadcastChannel` of the same name. Roomier than localStorage.
 */
export function createIndexedDBStorage({ name }: { name: string }): PatternLogStorage {
  const documentKey = 'document';
  let store: UseStore | undefined;
  // Opened on first use, so creating the adapter during SSR or module load touches nothing.
  const getStore = () => store || (store = createStore(name, 'pattern-log'));
  let channel: BroadcastChannel | undefined;
  const getChannel = () =>
    typeof BroadcastChannel === 'undefined'
      ? undefined
      : channel || (channel = new BroadcastChannel(`attune-pattern-log:${name}`));
  return {
    load: async () => (await get<string>(documentKey, getStore())) ?? null,
    async save(text) {
      await set(documentKey, text, getStore());
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
