import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createIndexedDBStorage,
  createMemoryStorage,
  createPatternLogStore,
  PatternLog,
  serializePatternLog,
  type PatternLogEntry,
  type PatternLogStorage,
  type PatternLogStore,
} from '../../src/pattern-log';
import { patternLogMessagesEs } from '../../src/pattern-log/messages';
import { expectNoAxeViolations } from '../axe';

const at = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString();
const entry = (n: number): PatternLogEntry => ({
  id: `e${String(n).padStart(3, '0')}`,
  at: at(n),
  pattern: n % 3 ? 'fawning' : 'freezing',
});
/** Entries 0…count-1, newest first (as the log lists them). */
const entries = (count: number) => Array.from({ length: count }, (_, n) => entry(count - 1 - n));
const document = (list: PatternLogEntry[]) => serializePatternLog({ version: 2, entries: list, removed: {} });
const ids = (list: readonly PatternLogEntry[]) => list.map((e) => e.id);
/** Later than every seeded entry, so each change's stamp is the same in any log. */
const clock = () => {
  let time = Date.parse('2027-01-01T00:00:00Z');
  return () => (time += 1000);
};

let databases = 0;
const newName = () => `newest-first-${++databases}`;

const stores: PatternLogStore[] = [];
afterEach(() => {
  stores.splice(0).forEach((store) => store.stop());
  localStorage.clear();
});

function started(storage: PatternLogStorage, now?: () => number) {
  const store = createPatternLogStore(storage, { now });
  stores.push(store);
  store.start();
  return store;
}

const settled = (store: PatternLogStore) =>
  vi.waitFor(() => {
    const { status, loadingOlder } = store.getSnapshot();
    expect(status).toBe('ready');
    expect(loadingOlder).toBe(false);
  });

/** A log of these entries in IndexedDB, moved to records by this version (which keeps the newest aside). */
async function seed(name: string, list: PatternLogEntry[]) {
  await createIndexedDBStorage({ name }).save(document(list));
  const store = started(createIndexedDBStorage({ name }));
  await settled(store);
  await store.flush();
  store.stop();
}

/** The log's IndexedDB storage, its records held back until `release()`: the newest page shows alone. */
function held(name: string) {
  const storage = createIndexedDBStorage({ name });
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const saveChanges = vi.fn(storage.saveChanges);
  const slow: PatternLogStorage = {
    ...storage,
    saveChanges,
    loadChanges: async (since) => {
      await gate;
      return storage.loadChanges!(since);
    },
  };
  return { storage: slow, release, saveChanges };
}

/** A log of `count` entries in IndexedDB, and its storage with the records held back. */
async function streamingStorage(count = 100) {
  const name = newName();
  await seed(name, entries(count));
  return { name, ...held(name) };
}

/** A log of 100 entries (or `count`) opened on held storage, its newest page on screen. */
async function streaming({ count = 100, now }: { count?: number; now?: () => number } = {}) {
  const { storage, ...rest } = await streamingStorage(count);
  const store = started(storage, now);
  await vi.waitFor(() => expect(store.getSnapshot().loadingOlder).toBe(true));
  return { ...rest, storage, store };
}

/** A log opened afresh on this database, whole. */
async function reopened(name: string) {
  const store = started(createIndexedDBStorage({ name }));
  await settled(store);
  return store.getSnapshot();
}

/** A log opened on this database that never shows a newest page first: it loads whole. */
async function loadedWhole(name: string) {
  const store = started(createIndexedDBStorage({ name }));
  const seen: boolean[] = [];
  store.subscribe(() => seen.push(store.getSnapshot().loadingOlder));
  await settled(store);
  expect(seen).not.toContain(true);
  return store;
}

/** Writes straight to the database, as another version or a tampering hand would. */
async function rawPut(name: string, key: string, value: unknown) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
  });
  const transaction = db.transaction('pattern-log', 'readwrite');
  const store = transaction.objectStore('pattern-log');
  const meta = await new Promise<{ revision: number }>((resolve) => {
    const request = store.get('entries-meta');
    request.onsuccess = () => resolve(request.result as { revision: number });
  });
  store.put(typeof value === 'function' ? (value as (r: number) => unknown)(meta.revision) : value, key);
  await new Promise((resolve) => (transaction.oncomplete = resolve));
  db.close();
}

describe('given a long log in IndexedDB, written by this version', () => {
  it('should show the newest entries at once, then every entry once, newest first', async () => {
    const { release, store } = await streaming();
    expect(ids(store.getSnapshot().entries)).toEqual(ids(entries(100).slice(0, 60)));
    expect(store.getSnapshot().status).toBe('loading');
    release();
    await settled(store);
    expect(ids(store.getSnapshot().entries)).toEqual(ids(entries(100)));
  });

  it('should hold changes made while older entries load, then save every one of them', async () => {
    const { name, release, saveChanges, store } = await streaming({ now: clock() });
    store.add({ id: 'new', pattern: 'bracing', at: at(200) });
    store.update('e099', { note: 'edited while loading' });
    store.remove('e098');
    expect(store.getSnapshot().entries[0]!.id).toBe('new');
    // Nothing is written over a log not read yet.
    expect(saveChanges).not.toHaveBeenCalled();
    release();
    await settled(store);
    await store.flush();
    const after = await reopened(name);
    expect(after.entries).toHaveLength(100);
    expect(after.entries[0]!.id).toBe('new');
    expect(after.entries.find((e) => e.id === 'e099')?.note).toBe('edited while loading');
    expect(after.entries.some((e) => e.id === 'e098')).toBe(false);
    expect(after.entries.at(-1)!.id).toBe('e000');
  });

  it('should delete everything only once the older entries are here, so none come back', async () => {
    const { name, release, store } = await streaming();
    let done = false;
    const clearing = store.clear().then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(store.getSnapshot().entries).toHaveLength(60);
    release();
    await clearing;
    expect(store.getSnapshot().entries).toEqual([]);
    expect((await reopened(name)).entries).toEqual([]);
  });

  it('should refuse a whole export while older entries load, rather than give a backup missing them', async () => {
    const { release, store } = await streaming();
    expect(() => store.exportJSON()).toThrow(/older entries/);
    expect(() => store.exportCSV()).toThrow(/older entries/);
    release();
    await settled(store);
    expect((JSON.parse(store.exportJSON()) as { entries: unknown[] }).entries).toHaveLength(100);
    expect(store.exportCSV().trim().split('\n')).toHaveLength(101);
  });

  it('should compare an import with the older entries too, once they are here', async () => {
    const { release, store } = await streaming();
    const importing = store.importJSON(document([{ ...entry(3), note: 'from the file' }]));
    await new Promise((resolve) => setTimeout(resolve, 30));
    release();
    const result = await importing;
    expect(result).toMatchObject({ ok: true, added: 0 });
    expect(result.ok && result.conflicts.map((c) => c.local.id)).toEqual(['e003']);
    expect(store.getSnapshot().entries.find((e) => e.id === 'e003')?.note).toBeUndefined();
  });

  it('should stash a closing page’s changes made while older entries load, never write the log over', async () => {
    const { name, storage, release, store } = await streaming();
    store.add({ id: 'last-words', pattern: 'bracing' });
    window.dispatchEvent(new Event('pagehide'));
    expect(await storage.load()).toBeNull();
    expect((await storage.loadStashed!()).map((s) => s.text).join()).toContain('last-words');
    store.stop();
    release();
    const after = await reopened(name);
    expect(after.entries).toHaveLength(101);
    expect(after.entries.some((e) => e.id === 'last-words')).toBe(true);
  });

  it('should let a stale or altered newest record change nothing: no entry lost, none twice, none made up', async () => {
    const name = newName();
    await seed(name, entries(100));
    await rawPut(name, 'newest', (revision: number) => ({
      revision,
      entries: [
        { ...entry(99), note: 'altered' },
        { id: 'ghost', at: at(500), pattern: 'fawning' },
        entry(98),
        entry(98),
        { id: 'bad', at: 'not a date', pattern: 'fawning' },
        'not an entry',
      ],
    }));
    const { storage, release, saveChanges } = held(name);
    const store = started(storage);
    await vi.waitFor(() => expect(store.getSnapshot().loadingOlder).toBe(true));
    expect(ids(store.getSnapshot().entries)).toEqual(['ghost', 'e099', 'e098']);
    release();
    await settled(store);
    expect(store.getSnapshot().entries).toEqual(entries(100));
    expect(store.getSnapshot().quarantined).toEqual([]);
    expect(saveChanges).not.toHaveBeenCalled();
    expect((await reopened(name)).entries).toEqual(entries(100));
  });
});

describe('given a log in IndexedDB with no newest record of this revision', () => {
  it('should load whole, as before, when an older version wrote last (the record is stale)', async () => {
    const name = newName();
    await seed(name, entries(100));
    // An older version's write: records only, the newest record left behind.
    const older = createIndexedDBStorage({ name });
    await older.saveChanges!({ put: [entry(300)], removed: {} });
    expect(await older.loadNewest!()).toBeNull();
    const store = await loadedWhole(name);
    expect(ids(store.getSnapshot().entries)).toEqual(ids([entry(300), ...entries(100)]));
  });

  it('should load whole, as before, when there is none at all (written before it existed)', async () => {
    const name = newName();
    const storage = createIndexedDBStorage({ name });
    await storage.saveChanges!({ put: entries(100), removed: {} });
    expect(await storage.loadNewest!()).toBeNull();
    const store = await loadedWhole(name);
    expect(store.getSnapshot().entries).toEqual(entries(100));
    // Its first save keeps the newest aside from then on.
    store.add({ pattern: 'bracing', at: at(400) });
    await store.flush();
    expect(await storage.loadNewest!()).toHaveLength(60);
  });
});

describe('PatternLog while older entries load', () => {
  it('should show the newest page with a calm line, and offer downloads only once every entry is here', async () => {
    const { storage, release } = await streamingStorage();
    const user = userEvent.setup();
    const createObjectURL = vi.fn(() => 'blob:x');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { container } = render(<PatternLog storage={storage} />);
    expect(await screen.findByText(/Older ones are still on their way/)).toBeInTheDocument();
    expect(container.querySelectorAll('.attune-PatternLog-entry')).toHaveLength(30);
    const json = screen.getByRole('button', { name: 'Download all as JSON' });
    const csv = screen.getByRole('button', { name: 'Download shown entries as CSV' });
    for (const button of [json, csv]) {
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(/once every entry has arrived/);
    }
    await user.click(json);
    expect(createObjectURL).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
    release();
    expect(await screen.findByText('Up to date.')).toBeInTheDocument();
    expect(screen.queryByText(/Older ones are still on their way/)).toBeNull();
    expect(json).not.toHaveAttribute('aria-disabled');
    expect(json).not.toHaveAccessibleDescription();
    await user.click(json);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('should keep an entry logged from the newest page under StrictMode, once older entries arrive', async () => {
    const { name, storage, release } = await streamingStorage();
    const user = userEvent.setup();
    render(
      <StrictMode>
        <PatternLog storage={storage} />
      </StrictMode>,
    );
    await screen.findByText(/Older ones are still on their way/);
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), 'while the rest loads');
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    release();
    expect(await screen.findByText('Up to date.')).toBeInTheDocument();
    const after = await reopened(name);
    expect(after.entries).toHaveLength(101);
    expect(after.entries.filter((e) => e.note === 'while the rest loads')).toHaveLength(1);
  });

  it('should say it in Spanish too', async () => {
    const { storage } = await streamingStorage();
    render(<PatternLog storage={storage} messages={patternLogMessagesEs} />);
    expect(await screen.findByText(/Las anteriores siguen llegando/)).toBeInTheDocument();
    expect(screen.getByText(/cuando lleguen todas las entradas/)).toBeInTheDocument();
  });
});

describe('a streamed load, with changes made while it streams', () => {
  it('should end where a whole load with the same changes ends', async () => {
    const change = fc.record({
      kind: fc.constantFrom('add' as const, 'edit' as const, 'remove' as const),
      pick: fc.nat({ max: 200 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 61, max: 150 }),
        fc.array(change, { maxLength: 8 }),
        async (count, changes) => {
          // Edits and deletes aim at the newest page, the entries a person sees while the rest loads.
          const targets = ids(entries(count).slice(0, 60));
          const apply = (store: PatternLogStore) =>
            changes.forEach(({ kind, pick }, n) => {
              const id = targets[pick % targets.length]!;
              if (kind === 'add') store.add({ id: `added-${n}`, pattern: 'bracing', at: at(pick) });
              else if (kind === 'edit') store.update(id, { note: `edit ${n}`, at: at(pick) });
              else store.remove(id);
            });
          const name = newName();
          await seed(name, entries(count));
          const { storage, release } = held(name);
          const streamed = started(storage, clock());
          await vi.waitFor(() => expect(streamed.getSnapshot().loadingOlder).toBe(true));
          apply(streamed);
          release();
          await settled(streamed);
          await streamed.flush();
          // The same log read whole, from memory, and the same changes.
          const whole = started(createMemoryStorage(document(entries(count))), clock());
          await settled(whole);
          apply(whole);
          await whole.flush();
          expect(streamed.getSnapshot().entries).toEqual(whole.getSnapshot().entries);
          expect((await reopened(name)).entries).toEqual(whole.getSnapshot().entries);
        },
      ),
      { numRuns: 12 },
    );
  });
});
