import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import {
  createIndexedDBStorage,
  createLocalStorage,
  createMemoryStorage,
  parsePatternLog,
  createPatternLogStore,
  type PatternLogStore,
  type PatternLogStorage,
} from '../../src/pattern-log';

/** Waits until the store's saving has settled. */
async function settle(store: PatternLogStore) {
  await vi.waitFor(() =>
    expect(['ready', 'unreadable', 'locked', 'unsaved', 'unavailable']).toContain(store.getSnapshot().status),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('given stored text that is not a readable log', () => {
  it.each([
    ['{ not json'],
    [JSON.stringify({ version: 2, entries: { id: 1 } })],
    [JSON.stringify({ version: 99, entries: [] })],
  ])('should leave %s untouched, say so, and keep new entries in memory', async (corrupt) => {
    const storage = createMemoryStorage(corrupt);
    const save = vi.spyOn(storage, 'save');
    const store = createPatternLogStore(storage);
    store.start();
    await settle(store);
    expect(store.getSnapshot()).toMatchObject({ status: 'unreadable', unreadableText: corrupt });
    expect(store.getSnapshot().problems.length).toBeGreaterThan(0);
    const entry = store.add({ pattern: 'fawning' });
    await settle(store);
    expect(save).not.toHaveBeenCalled();
    expect(await storage.load()).toBe(corrupt);
    expect(store.getSnapshot().entries).toEqual([entry]);
    expect(store.getSnapshot().unsavedIds.has(entry.id)).toBe(true);
    store.stop();
  });

  it('should replace it only once the person decides to', async () => {
    const storage = createMemoryStorage('garbage');
    const store = createPatternLogStore(storage);
    store.start();
    await settle(store);
    store.add({ pattern: 'fawning' });
    store.replaceStored();
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('ready'));
    const saved = parsePatternLog((await storage.load())!);
    expect(saved.ok && saved.document.entries.map((e) => e.pattern)).toEqual(['fawning']);
    store.stop();
  });
});

describe('given storage that refuses to save', () => {
  it('should keep the entry, mark it unsaved, and save it on a later try', async () => {
    vi.useFakeTimers();
    const inner = createMemoryStorage();
    let full = true;
    const storage: PatternLogStorage = {
      load: () => inner.load(),
      save: (text) =>
        full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : inner.save(text),
    };
    const store = createPatternLogStore(storage);
    store.start();
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('ready'));
    const entry = store.add({ pattern: 'withdrawing' });
    expect(store.getSnapshot().entries).toEqual([entry]);
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('unsaved'));
    expect(store.getSnapshot().unsavedIds.has(entry.id)).toBe(true);
    full = false;
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('ready'));
    expect(store.getSnapshot().unsavedIds.size).toBe(0);
    expect(await inner.load()).toContain(entry.id);
    store.stop();
    vi.useRealTimers();
  });
});

describe('given two logs open on one storage', () => {
  it('should keep both entries when each adds one at the same time', async () => {
    const storage = createMemoryStorage();
    const first = createPatternLogStore(storage);
    const second = createPatternLogStore(storage);
    first.start();
    second.start();
    await settle(first);
    await settle(second);
    const a = first.add({ pattern: 'fawning' });
    const b = second.add({ pattern: 'bracing' });
    await vi.waitFor(() => {
      for (const store of [first, second])
        expect(
          store
            .getSnapshot()
            .entries.map((e) => e.id)
            .sort(),
        ).toEqual([a.id, b.id].sort());
    });
    const saved = parsePatternLog((await storage.load())!);
    expect(saved.ok && saved.document.entries.length).toBe(2);
    first.stop();
    second.stop();
  });
});

describe('given localStorage', () => {
  it('should save and load the document under its key, and hear other tabs', async () => {
    const storage = createLocalStorage({ key: 'log-test' });
    await storage.save('hello');
    expect(localStorage.getItem('log-test')).toBe('hello');
    expect(await storage.load()).toBe('hello');
    const heard = vi.fn();
    const stop = storage.subscribe!(heard);
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'log-test', newValue: 'other tab', storageArea: localStorage }),
    );
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'another-key', newValue: 'x', storageArea: localStorage }),
    );
    expect(heard.mock.calls).toEqual([['other tab']]);
    stop();
  });
});

describe('given IndexedDB', () => {
  it('should keep the document across adapters of the same name', async () => {
    await createIndexedDBStorage({ name: 'idb-test' }).save('stored');
    expect(await createIndexedDBStorage({ name: 'idb-test' }).load()).toBe('stored');
    expect(await createIndexedDBStorage({ name: 'idb-other' }).load()).toBeNull();
  });
});

describe('given a closing page’s stash', () => {
  it.each([
    ['localStorage', () => createLocalStorage({ key: 'stash-test' })],
    ['IndexedDB', () => createIndexedDBStorage({ name: 'stash-test' })],
  ])('should keep it in %s beside the document, by page, until it is dropped', async (_, make) => {
    const storage = make();
    await storage.save('the document');
    storage.stash!('page-a', 'first');
    storage.stash!('page-a', 'second');
    storage.stash!('page-b', 'other');
    const found = await make().loadStashed!();
    expect(found.sort((x, y) => (x.slot < y.slot ? -1 : 1))).toEqual([
      { slot: 'page-a', text: 'second' },
      { slot: 'page-b', text: 'other' },
    ]);
    expect(await storage.load()).toBe('the document');
    await storage.dropStashed!([{ slot: 'page-a', text: 'second' }]);
    expect(await make().loadStashed!()).toEqual([{ slot: 'page-b', text: 'other' }]);
    // Stashed again since it was read (a page back from the back/forward cache): kept.
    storage.stash!('page-b', 'newer');
    await storage.dropStashed!([{ slot: 'page-b', text: 'other' }]);
    expect(await make().loadStashed!()).toEqual([{ slot: 'page-b', text: 'newer' }]);
    await storage.dropStashed!([{ slot: 'page-b', text: 'newer' }]);
  });

  it('should not be heard as a change when it is dropped', () => {
    const storage = createLocalStorage({ key: 'stash-heard' });
    const heard = vi.fn();
    const stop = storage.subscribe!(heard);
    const event = (newValue: string | null) =>
      new StorageEvent('storage', { key: 'stash-heard:stash:p', newValue, storageArea: localStorage });
    window.dispatchEvent(event('closing words'));
    window.dispatchEvent(event(null));
    expect(heard.mock.calls).toEqual([['closing words']]);
    stop();
  });
});
