// What both encrypted adapters share (`encrypted`, and `attune-ui/pattern-log/couch`):
// PBKDF2-SHA-256 for the key, AES-GCM for the data, strict base64 and UTF-8 at the edges.
/** Today's default (OWASP's figure for PBKDF2-SHA-256); fewer rounds are refused, stored or asked for. */
export const minIterations = 600_000;
/** Caps what hostile stored data can cost: 2,000,000 rounds took 0.4 s in Node 20 here, 1.3 s with the machine busy. */
export const maxIterations = 2_000_000;
export const saltLength = 16;
export const ivLength = 12;
export const tagLength = 16;

export const encode = (text: string) => new TextEncoder().encode(text);
export const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Strict: only canonical, padded base64 (what `toBase64` writes); anything else is undefined. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const bytes = Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
    return toBase64(bytes) === text ? bytes : undefined;
  } catch {
    return undefined;
  }
}

export function isRounds(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= minIterations && (value as number) <= maxIterations;
}

export function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encode(passphrase), 'PBKDF2', false, ['deriveKey']).then((material) =>
    crypto.subtle.deriveKey(
      { name: 'PBKDF2', salt, iterations, hash: 'SHA-256' },
      material,
      { name: 'AES-GCM', length: 256 },
      // Non-extractable: page code can use the key while unlocked but never read it out.
      false,
      ['encrypt', 'decrypt'],
    ),
  );
}

export async function aesOpen(
  key: CryptoKey,
  iv: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
  header?: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array | undefined> {
  try {
    const params = header ? { name: 'AES-GCM', iv, additionalData: header } : { name: 'AES-GCM', iv };
    return new Uint8Array(await crypto.subtle.decrypt(params, key, data));
  } catch {
    return undefined;
  }
}

export async function aesSeal(
  key: CryptoKey,
  iv: Uint8Array<ArrayBuffer>,
  plain: string,
  header: Uint8Array<ArrayBuffer>,
) {
  const params = { name: 'AES-GCM', iv, additionalData: header };
  return toBase64(new Uint8Array(await crypto.subtle.encrypt(params, key, encode(plain))));
}

/** Strict UTF-8: bytes that are not text count as damage rather than becoming U+FFFD. */
export function decodeText(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Two keys from one passphrase in one PBKDF2 run: AES-GCM for the data and HMAC-SHA-256 for
 * names that must not show what they name (the sync adapter's document ids). Both non-extractable;
 * the derived bits are wiped once imported.
 */
export async function deriveKeyPair(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<{ cipher: CryptoKey; names: CryptoKey }> {
  return importKeyPair(await deriveKeyBits(passphrase, salt, iterations));
}

/**
 * The 64 bytes `deriveKeyPair` imports. Only for wrapping a key under another (the sync
 * adapter keeps a former key, sealed under the current one, for documents still under it):
 * the caller wipes them, or hands them to `importKeyPair`, which does.
 */
export async function deriveKeyBits(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const material = await crypto.subtle.importKey('raw', encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations, hash: 'SHA-256' }, material, 512),
  );
}

/** Imports 64 derived bytes as the pair of non-extractable keys, then wipes them. */
export async function importKeyPair(
  bits: Uint8Array<ArrayBuffer>,
): Promise<{ cipher: CryptoKey; names: CryptoKey }> {
  const first = bits.slice(0, 32);
  const second = bits.slice(32);
  try {
    const [cipher, names] = await Promise.all([
      crypto.subtle.importKey('raw', first, 'AES-GCM', false, ['encrypt', 'decrypt']),
      crypto.subtle.importKey('raw', second, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
    ]);
    return { cipher, names };
  } finally {
    for (const part of [bits, first, second]) part.fill(0);
  }
}

/** Refuses an empty or non-string passphrase: it would protect nothing. */
export function assertPassphrase(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || value === '')
    throw new TypeError(`${what} must be a non-empty string; an empty passphrase would protect nothing.`);
}
