import { webcrypto } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  createMemoryStorage,
  encrypted,
  PatternLogLockedError,
  createPatternLogStore,
  type PatternLogStore,
} from '../../src/pattern-log';

// jsdom's window has no crypto.subtle; Node's WebCrypto is the same standard API.
if (!globalThis.crypto?.subtle) vi.stubGlobal('crypto', webcrypto);

/** Waits until the store's saving has settled. */
async function settle(store: PatternLogStore) {
  await vi.waitFor(() =>
    expect(['ready', 'unreadable', 'locked', 'unsaved', 'unavailable']).toContain(store.getSnapshot().status),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('given an encrypted log', () => {
  const options = { passphrase: 'river stones', iterations: 1000 };

  it('should store only ciphertext and read it back with the passphrase', async () => {
    const inner = createMemoryStorage();
    await encrypted(inner, options).save('{"secret":"my note"}');
    const stored = (await inner.load())!;
    expect(stored).not.toContain('my note');
    expect(stored).toContain('attune-pattern-log/encrypted');
    expect(await encrypted(inner, options).load()).toBe('{"secret":"my note"}');
  });

  it('should lock with a wrong passphrase and overwrite nothing', async () => {
    const inner = createMemoryStorage();
    const writer = createPatternLogStore(encrypted(inner, options));
    writer.start();
    await settle(writer);
    writer.add({ pattern: 'fawning', note: 'private' });
    await vi.waitFor(async () => expect(await inner.load()).not.toBeNull());
    await settle(writer);
    writer.stop();
    const before = await inner.load();

    const wrong = encrypted(inner, { ...options, passphrase: 'guess' });
    await expect(wrong.load()).rejects.toBeInstanceOf(PatternLogLockedError);
    await expect(wrong.save('{}')).rejects.toBeInstanceOf(PatternLogLockedError);
    const store = createPatternLogStore(wrong);
    store.start();
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('locked'));
    store.add({ pattern: 'bracing' });
    await settle(store);
    expect(await inner.load()).toBe(before);
    store.stop();

    const reader = createPatternLogStore(encrypted(inner, options));
    reader.start();
    await vi.waitFor(() => expect(reader.getSnapshot().entries.map((e) => e.note)).toEqual(['private']));
    reader.stop();
  });
});
