import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createMemoryStorage,
  createPatternLogStore,
  encrypted,
  patternLogMessages,
  PatternLogLockedError,
  PatternLogUnreadableError,
  type PatternLogLockedReason,
  type PatternLogProblem,
  type PatternLogStorage,
  type PatternLogStore,
} from '../../src/pattern-log';

// jsdom's window has no crypto.subtle; Node's WebCrypto is the same standard API.
if (!globalThis.crypto?.subtle) vi.stubGlobal('crypto', webcrypto);

// Every test uses the real minimum of 600,000 rounds (~0.1–0.5 s a key), so each derives few keys.
const passphrase = 'river stones';
const document = JSON.stringify({ version: 2, entries: [{ note: 'my note, ünïcødé 🌊' }], removed: {} });
const slow = 30_000;

interface V2Envelope {
  format?: string;
  v: unknown;
  kdf: { name: string; hash: string; iterations: unknown; salt?: string };
  cipher: { name: string; iv: string };
  check: { iv: string; data: string };
  data: string;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

type Outcome =
  { settled: 'resolved'; value: unknown; ms: number } | { settled: 'rejected'; error: unknown; ms: number };

/** How a promise settled, and how long it took (a bound on a hang). */
async function outcome(promise: Promise<unknown>): Promise<Outcome> {
  const start = performance.now();
  try {
    const value = await promise;
    return { settled: 'resolved', value, ms: performance.now() - start };
  } catch (error) {
    return { settled: 'rejected', error, ms: performance.now() - start };
  }
}

function expectLocked(result: Outcome, reason: PatternLogLockedReason) {
  expect(result.settled).toBe('rejected');
  if (result.settled === 'rejected') {
    expect(result.error).toBeInstanceOf(PatternLogLockedError);
    expect((result.error as PatternLogLockedError).reason).toBe(reason);
  }
}

function expectUnreadable(result: Outcome, text: string, problem: PatternLogProblem) {
  expect(result.settled).toBe('rejected');
  if (result.settled === 'rejected') {
    expect(result.error).toBeInstanceOf(PatternLogUnreadableError);
    expect((result.error as PatternLogUnreadableError).text).toBe(text);
    expect((result.error as PatternLogUnreadableError).problems).toContainEqual(problem);
  }
}

/** Waits until the store's saving has settled. */
async function settle(store: PatternLogStore) {
  await vi.waitFor(() =>
    expect(['ready', 'unreadable', 'locked', 'unsaved', 'unavailable']).toContain(store.getSnapshot().status),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Writes today's (v1) envelope by hand, as the previous release did. */
async function v1Envelope(text: string, secret: string, iterations = 600_000) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, [
    'deriveKey',
  ]);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations, hash: 'SHA-256' },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)),
  );
  return JSON.stringify({
    format: 'attune-pattern-log/encrypted',
    v: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
    data: toBase64(data),
  });
}

describe('given an encrypted log', () => {
  it('should store only ciphertext and read it back with the passphrase', async () => {
    const inner = createMemoryStorage();
    await encrypted(inner, { passphrase }).save('{"secret":"my note"}');
    const stored = (await inner.load())!;
    expect(stored).not.toContain('my note');
    expect(stored).toContain('attune-pattern-log/encrypted');
    expect(JSON.parse(stored)).toMatchObject({
      v: 2,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
      cipher: { name: 'AES-GCM' },
    });
    expect(await encrypted(inner, { passphrase }).load()).toBe('{"secret":"my note"}');
  });

  it(
    'should lock with a wrong passphrase and overwrite nothing',
    async () => {
      const inner = createMemoryStorage();
      const writer = createPatternLogStore(encrypted(inner, { passphrase }));
      writer.start();
      await settle(writer);
      writer.add({ pattern: 'fawning', note: 'private' });
      await vi.waitFor(async () => expect(await inner.load()).not.toBeNull());
      await settle(writer);
      writer.stop();
      const before = await inner.load();

      const wrong = encrypted(inner, { passphrase: 'guess' });
      await expect(wrong.load()).rejects.toBeInstanceOf(PatternLogLockedError);
      await expect(wrong.save('{}')).rejects.toBeInstanceOf(PatternLogLockedError);
      const store = createPatternLogStore(wrong);
      store.start();
      await vi.waitFor(() => expect(store.getSnapshot().status).toBe('locked'));
      store.add({ pattern: 'bracing' });
      await settle(store);
      expect(await inner.load()).toBe(before);
      store.stop();

      const reader = createPatternLogStore(encrypted(inner, { passphrase }));
      reader.start();
      await vi.waitFor(() => expect(reader.getSnapshot().entries.map((e) => e.note)).toEqual(['private']));
      reader.stop();
    },
    slow,
  );

  it('should pass the inner storage’s changes and lock name through', async () => {
    const inner = createMemoryStorage();
    const heard = vi.fn();
    const stop = encrypted(inner, { passphrase }).subscribe(heard);
    await inner.save('another tab');
    expect(heard.mock.calls).toEqual([[null]]);
    stop();
    await inner.save('later');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(encrypted({ ...inner, lockName: 'log' }, { passphrase }).lockName).toBe('log');
    expect('lockName' in encrypted(inner, { passphrase })).toBe(false);
  });
});

describe('given a passphrase that does not open the stored log', () => {
  let sealed: string;
  beforeAll(async () => {
    const inner = createMemoryStorage();
    await encrypted(inner, { passphrase }).save(document);
    sealed = (await inner.load())!;
  });

  it('should write nothing when saving before any load', async () => {
    const inner = createMemoryStorage(sealed);
    const save = vi.spyOn(inner, 'save');
    expectLocked(await outcome(encrypted(inner, { passphrase: 'guess' }).save('{}')), 'wrong-passphrase');
    expect(save).not.toHaveBeenCalled();
    expect(await inner.load()).toBe(sealed);
  });

  it('should write nothing when saving after a failed load', async () => {
    const inner = createMemoryStorage(sealed);
    const save = vi.spyOn(inner, 'save');
    const wrong = encrypted(inner, { passphrase: 'guess' });
    expectLocked(await outcome(wrong.load()), 'wrong-passphrase');
    expectLocked(await outcome(wrong.save('{}')), 'wrong-passphrase');
    expect(save).not.toHaveBeenCalled();
    expect(await inner.load()).toBe(sealed);
  });

  it(
    'should write nothing once another tab has re-encrypted the log with another passphrase',
    async () => {
      const inner = createMemoryStorage(sealed);
      const here = encrypted(inner, { passphrase });
      expect(await here.load()).toBe(document);
      await encrypted(inner, { passphrase }).changePassphrase(passphrase, 'a new one');
      const reencrypted = await inner.load();
      const save = vi.spyOn(inner, 'save');
      expectLocked(await outcome(here.save('{"version":2,"entries":[],"removed":{}}')), 'wrong-passphrase');
      expect(save).not.toHaveBeenCalled();
      expect(await inner.load()).toBe(reencrypted);
    },
    slow,
  );

  it.each([
    ['plain text', 'my diary, in the clear'],
    ['an unencrypted log', document],
    ['foreign JSON', '{"format":"someone-else","v":2}'],
  ])('should refuse %s as not encrypted, and keep it', async (_, text) => {
    const inner = createMemoryStorage(text);
    const adapter = encrypted(inner, { passphrase });
    expectLocked(await outcome(adapter.load()), 'not-encrypted');
    expectLocked(await outcome(adapter.save('{}')), 'not-encrypted');
    expect(await inner.load()).toBe(text);
  });
});

describe('given a stored envelope that was tampered with', () => {
  const inner = createMemoryStorage();
  let reader: ReturnType<typeof encrypted>;
  let sealed: string;
  let other: V2Envelope;
  let foreign: V2Envelope;

  beforeAll(async () => {
    // One reader for every case, so its cached key shows only tampering can change the outcome.
    reader = encrypted(inner, { passphrase });
    await reader.save(document);
    sealed = (await inner.load())!;
    await reader.save('another save with the same key');
    other = JSON.parse((await inner.load())!) as V2Envelope;
    const elsewhere = createMemoryStorage();
    await encrypted(elsewhere, { passphrase: 'guess' }).save(document);
    foreign = JSON.parse((await elsewhere.load())!) as V2Envelope;
  }, slow);

  const tamper = (change: (envelope: V2Envelope) => void) => () => {
    const envelope = JSON.parse(sealed) as V2Envelope;
    change(envelope);
    return JSON.stringify(envelope);
  };
  const changeBytes = (text: string, change: (bytes: Uint8Array) => Uint8Array) =>
    toBase64(change(fromBase64(text)));
  const unreadable = (path: string, code: PatternLogProblem['code']) => ({ path, code });

  it.each<[string, () => string, PatternLogProblem | PatternLogLockedReason]>([
    ['2e9 rounds', tamper((e) => (e.kdf.iterations = 2e9)), unreadable('kdf.iterations', 'not-rounds')],
    ['1 round', tamper((e) => (e.kdf.iterations = 1)), unreadable('kdf.iterations', 'not-rounds')],
    ['-5 rounds', tamper((e) => (e.kdf.iterations = -5)), unreadable('kdf.iterations', 'not-rounds')],
    [
      'NaN rounds (stored as null)',
      tamper((e) => (e.kdf.iterations = NaN)),
      unreadable('kdf.iterations', 'not-rounds'),
    ],
    [
      'NaN rounds (as written)',
      () => sealed.replace('"iterations":600000', '"iterations":NaN'),
      unreadable('', 'not-json'),
    ],
    [
      'rounds as a string',
      tamper((e) => (e.kdf.iterations = '600000')),
      unreadable('kdf.iterations', 'not-rounds'),
    ],
    ['600,001 rounds (a header change)', tamper((e) => (e.kdf.iterations = 600_001)), 'wrong-passphrase'],
    ['a missing salt', tamper((e) => delete e.kdf.salt), unreadable('kdf.salt', 'missing')],
    [
      'a salt that is not base64',
      tamper((e) => (e.kdf.salt = 'not base64!')),
      unreadable('kdf.salt', 'not-base64'),
    ],
    [
      'a salt without padding',
      tamper((e) => (e.kdf.salt = e.kdf.salt!.replace(/=+$/, ''))),
      unreadable('kdf.salt', 'not-base64'),
    ],
    [
      'a salt of 15 bytes',
      tamper((e) => (e.kdf.salt = toBase64(new Uint8Array(15)))),
      unreadable('kdf.salt', 'wrong-length'),
    ],
    ['another valid salt', tamper((e) => (e.kdf.salt = toBase64(new Uint8Array(16)))), 'wrong-passphrase'],
    [
      'an IV of 16 bytes',
      tamper((e) => (e.cipher.iv = toBase64(new Uint8Array(16)))),
      unreadable('cipher.iv', 'wrong-length'),
    ],
    [
      'another valid IV',
      tamper((e) => (e.cipher.iv = toBase64(new Uint8Array(12)))),
      unreadable('data', 'damaged'),
    ],
    ['another hash', tamper((e) => (e.kdf.hash = 'SHA-1')), unreadable('kdf.hash', 'not-supported')],
    [
      'another cipher',
      tamper((e) => (e.cipher.name = 'AES-CBC')),
      unreadable('cipher.name', 'not-supported'),
    ],
    [
      'a flipped bit in the data',
      tamper((e) => (e.data = changeBytes(e.data, (b) => b.map((x, i) => (i === 5 ? x ^ 1 : x))))),
      unreadable('data', 'damaged'),
    ],
    [
      'truncated data',
      tamper((e) => (e.data = changeBytes(e.data, (b) => b.slice(0, -3)))),
      unreadable('data', 'damaged'),
    ],
    [
      'data shorter than its tag',
      tamper((e) => (e.data = changeBytes(e.data, (b) => b.slice(0, 15)))),
      unreadable('data', 'wrong-length'),
    ],
    ['truncated text', () => sealed.slice(0, sealed.length / 2), unreadable('', 'not-json')],
    [
      'data spliced in from another save',
      tamper((e) => (e.data = other.data)),
      unreadable('data', 'damaged'),
    ],
    ['the key check of another passphrase', tamper((e) => (e.check = foreign.check)), 'wrong-passphrase'],
    [
      'a missing key check',
      tamper((e) => (e.check = undefined as unknown as V2Envelope['check'])),
      unreadable('check', 'missing'),
    ],
    ['an unknown (newer) v', tamper((e) => (e.v = 3)), unreadable('v', 'newer-version')],
    ['v as a string', tamper((e) => (e.v = '2')), unreadable('v', 'not-supported')],
    ['a missing format', tamper((e) => delete e.format), 'not-encrypted'],
    [
      'v1 with 1000 rounds',
      () =>
        JSON.stringify({
          format: 'attune-pattern-log/encrypted',
          v: 1,
          kdf: 'PBKDF2-SHA-256',
          iterations: 1000,
          salt: toBase64(new Uint8Array(16)),
          iv: toBase64(new Uint8Array(12)),
          data: toBase64(new Uint8Array(32)),
        }),
      unreadable('iterations', 'not-rounds'),
    ],
  ])(
    'should refuse %s within 5 s and leave the stored text as it was',
    async (_, makeText, expected) => {
      const text = makeText();
      await inner.save(text);
      const save = vi.spyOn(inner, 'save');
      const loaded = await outcome(reader.load());
      const saved = await outcome(reader.save(document));
      for (const result of [loaded, saved]) {
        if (typeof expected === 'string') expectLocked(result, expected);
        else expectUnreadable(result, text, expected);
        expect(result.ms).toBeLessThan(5000);
      }
      expect(save).not.toHaveBeenCalled();
      expect(await inner.load()).toBe(text);
    },
    slow,
  );

  it('should still open the untouched envelope with the same reader', async () => {
    await inner.save(sealed);
    expect(await reader.load()).toBe(document);
  });
});

describe('given a passphrase change', () => {
  it(
    'should re-encrypt everything so only the new passphrase opens it, and tell listeners',
    async () => {
      const inner = createMemoryStorage();
      const adapter = encrypted(inner, { passphrase });
      await adapter.save(document);
      const before = JSON.parse((await inner.load())!) as V2Envelope;
      const heard = vi.fn();
      adapter.subscribe(heard);
      await adapter.changePassphrase(passphrase, 'tide pools');
      const after = JSON.parse((await inner.load())!) as V2Envelope;
      expect(after.kdf.salt).not.toBe(before.kdf.salt);
      expect(heard).toHaveBeenCalledWith(null);
      expectLocked(await outcome(encrypted(inner, { passphrase }).load()), 'wrong-passphrase');
      expect(await encrypted(inner, { passphrase: 'tide pools' }).load()).toBe(document);
      expect(await adapter.load()).toBe(document);
    },
    slow,
  );

  it(
    'should keep the old ciphertext and the old passphrase when the inner save fails',
    async () => {
      const inner = createMemoryStorage();
      let full = false;
      const flaky: PatternLogStorage = {
        load: () => inner.load(),
        save: (text) =>
          full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : inner.save(text),
      };
      const adapter = encrypted(flaky, { passphrase });
      await adapter.save(document);
      const before = await inner.load();
      full = true;
      await expect(adapter.changePassphrase(passphrase, 'tide pools')).rejects.toThrow('full');
      expect(await inner.load()).toBe(before);
      full = false;
      await adapter.save('{"still":"the old passphrase"}');
      expect(await encrypted(inner, { passphrase }).load()).toBe('{"still":"the old passphrase"}');
    },
    slow,
  );

  it('should refuse a current passphrase that does not open the log, and an empty new one', async () => {
    const inner = createMemoryStorage();
    const adapter = encrypted(inner, { passphrase });
    await adapter.save(document);
    const before = await inner.load();
    expectLocked(await outcome(adapter.changePassphrase('guess', 'tide pools')), 'wrong-passphrase');
    await expect(adapter.changePassphrase(passphrase, '')).rejects.toBeInstanceOf(TypeError);
    expect(await inner.load()).toBe(before);
    expect(await adapter.load()).toBe(document);
  });
});

describe('given a lock', () => {
  it(
    'should finish the save in flight, then forget the passphrase and tell listeners',
    async () => {
      const inner = createMemoryStorage();
      const adapter = encrypted(inner, { passphrase });
      const heard = vi.fn();
      adapter.subscribe(heard);
      const saving = adapter.save(document);
      const locking = adapter.lock();
      const late = outcome(adapter.save('{"too":"late"}'));
      await saving;
      await locking;
      expectLocked(await late, 'locked');
      expect(heard).toHaveBeenCalledWith(null);
      const stored = await inner.load();
      expectLocked(await outcome(adapter.load()), 'locked');
      expectLocked(await outcome(adapter.save('{}')), 'locked');
      expectLocked(await outcome(adapter.changePassphrase(passphrase, 'tide pools')), 'locked');
      expect(await inner.load()).toBe(stored);
      expect(await encrypted(inner, { passphrase }).load()).toBe(document);
    },
    slow,
  );
});

describe('given a version 1 envelope', () => {
  it(
    'should open it and rewrite it as version 2 on the next save',
    async () => {
      const inner = createMemoryStorage(await v1Envelope(document, passphrase));
      const adapter = encrypted(inner, { passphrase });
      expect(await adapter.load()).toBe(document);
      await adapter.save(document);
      expect(JSON.parse((await inner.load())!)).toMatchObject({ v: 2, kdf: { name: 'PBKDF2' } });
      expect(await encrypted(inner, { passphrase }).load()).toBe(document);
    },
    slow,
  );

  it('should lock with a wrong passphrase (v1 has no key check)', async () => {
    const text = await v1Envelope(document, passphrase);
    const inner = createMemoryStorage(text);
    expectLocked(await outcome(encrypted(inner, { passphrase: 'guess' }).load()), 'wrong-passphrase');
    expect(await inner.load()).toBe(text);
  });
});

describe('given options out of bounds', () => {
  it.each([[''], [undefined], [42]])('should refuse the passphrase %s at creation', (value) => {
    expect(() => encrypted(createMemoryStorage(), { passphrase: value as string })).toThrow(TypeError);
    expect(() => encrypted(createMemoryStorage(), { passphrase: value as string })).toThrow(
      /non-empty string/,
    );
  });

  it.each([[599_999], [2_000_001], [1], [1e9], [NaN], [600_000.5]])(
    'should refuse %s rounds at creation',
    (iterations) => {
      expect(() => encrypted(createMemoryStorage(), { passphrase, iterations })).toThrow(RangeError);
    },
  );

  it(
    'should open a log saved with the most rounds allowed within 5 s',
    async () => {
      const inner = createMemoryStorage();
      await encrypted(inner, { passphrase, iterations: 2_000_000 }).save(document);
      const opened = await outcome(encrypted(inner, { passphrase }).load());
      expect(opened).toMatchObject({ settled: 'resolved', value: document });
      expect(opened.ms).toBeLessThan(5000);
    },
    slow,
  );

  it('should accept the bounds themselves, and name them in the problem message', () => {
    expect(() => encrypted(createMemoryStorage(), { passphrase, iterations: 600_000 })).not.toThrow();
    expect(() => encrypted(createMemoryStorage(), { passphrase, iterations: 2_000_000 })).not.toThrow();
    expect(patternLogMessages.problems['not-rounds']).toContain('600,000 to 2,000,000');
  });
});

describe('given arbitrary documents and passphrases', () => {
  it('should round-trip, and never open a one-byte change as different text', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 });
    const secret = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
    const change = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }));
    await fc.assert(
      fc.asyncProperty(
        text,
        secret,
        fc.array(change, { minLength: 5, maxLength: 10 }),
        async (plain, pass, changes) => {
          const inner = createMemoryStorage();
          await encrypted(inner, { passphrase: pass }).save(plain);
          const stored = (await inner.load())!;
          if (plain.length >= 8) expect(stored).not.toContain(plain);
          const reader = encrypted(inner, { passphrase: pass });
          expect(await reader.load()).toBe(plain);
          for (const [at, byte] of changes) {
            const index = at % stored.length;
            const changed = stored.slice(0, index) + String.fromCharCode(byte) + stored.slice(index + 1);
            if (changed === stored) continue;
            await inner.save(changed);
            const result = await outcome(reader.load());
            if (result.settled === 'resolved') expect(result.value).toBe(plain);
            else
              expect([PatternLogLockedError, PatternLogUnreadableError]).toContain(
                (result.error as Error).constructor,
              );
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 60_000);
});
