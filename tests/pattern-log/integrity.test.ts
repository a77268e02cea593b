import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createLocalStorage,
  createMemoryStorage,
  createPatternLogStore,
  encrypted,
  parsePatternLog,
  PatternLogEntryError,
  serializePatternLog,
  type PatternLogEntry,
  type PatternLogStorage,
  type PatternLogStore,
} from '../../src/pattern-log';

const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9)).toISOString();

async function started(storage: PatternLogStorage, options?: Parameters<typeof createPatternLogStore>[1]) {
  const store = createPatternLogStore(storage, options);
  store.start();
  await vi.waitFor(() => expect(store.getSnapshot().status).not.toBe('loading'));
  return store;
}

async function storedEntries(storage: PatternLogStorage) {
  const parsed = parsePatternLog((await storage.load()) ?? '');
  if (!parsed.ok) throw new Error('stored log unreadable');
  return parsed.document;
}

const stores: PatternLogStore[] = [];
afterEach(() => {
  stores.splice(0).forEach((store) => store.stop());
  vi.unstubAllGlobals();
});
async function open(storage: PatternLogStorage, options?: Parameters<typeof createPatternLogStore>[1]) {
  const store = await started(storage, options);
  stores.push(store);
  return store;
}

describe('given a value that could not be read back', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  it.each([
    ['an intensity of NaN', { pattern: 'fawning', intensity: NaN }, 'intensity', 'not-intensity'],
    ['an intensity of 99', { pattern: 'fawning', intensity: 99 }, 'intensity', 'not-intensity'],
    ['an empty pattern', { pattern: '  ' }, 'pattern', 'not-text'],
    ['a date that is not one', { pattern: 'fawning', at: 'yesterday-ish' }, 'at', 'not-a-date'],
    ['a date not in ISO form', { pattern: 'fawning', at: 'March 3, 2026' }, 'at', 'not-a-date'],
    ['body as text', { pattern: 'fawning', body: 'chest' }, 'body', 'not-a-list'],
    ['a when of its own', { pattern: 'fawning', when: 'later' }, 'when', 'not-when'],
    ['a note as a number', { pattern: 'fawning', note: 3 }, 'note', 'not-text'],
    ['an extra BigInt', { pattern: 'fawning', extra: 10n }, 'extra', 'not-storable'],
    ['an extra cycle', { pattern: 'fawning', extra: cyclic }, 'extra', 'not-storable'],
    ['an extra Date', { pattern: 'fawning', extra: new Date() }, 'extra', 'not-storable'],
    ['an extra function', { pattern: 'fawning', extra: () => 1 }, 'extra', 'not-storable'],
    [
      'an extra Infinity deep inside',
      { pattern: 'fawning', extra: { a: [1, Infinity] } },
      'extra',
      'not-storable',
    ],
  ])('should refuse %s with a typed error, and change nothing', async (_name, input, path, code) => {
    const storage = createMemoryStorage();
    const store = await open(storage);
    store.add({ pattern: 'kept' });
    await store.flush();
    const before = store.getSnapshot();
    const savedText = await storage.load();
    let thrown: unknown;
    try {
      store.add(input as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PatternLogEntryError);
    expect((thrown as PatternLogEntryError).problems).toContainEqual({ path, code });
    expect(store.getSnapshot()).toBe(before);
    await store.flush();
    expect(await storage.load()).toBe(savedText);
  });

  it('should refuse an edit to a bad value, keep the entry as it was, and say which field', async () => {
    const store = await open(createMemoryStorage());
    const entry = store.add({ pattern: 'fawning', intensity: 3 });
    expect(() => store.update(entry.id, { intensity: 11 })).toThrow(PatternLogEntryError);
    expect(() => store.update(entry.id, { at: 'soon' })).toThrow(PatternLogEntryError);
    expect(store.getSnapshot().entries).toEqual([entry]);
    expect(store.update(entry.id, { intensity: 4, note: undefined })).toMatchObject({ intensity: 4 });
    expect(store.update('no-such-id', { intensity: 4 })).toBeUndefined();
  });

  it('should refuse an id that is already in the log rather than replace that entry', async () => {
    const store = await open(createMemoryStorage());
    const first = store.add({ pattern: 'fawning', note: 'mine' });
    expect(() => store.add({ id: first.id, pattern: 'other' })).toThrow(PatternLogEntryError);
    expect(store.getSnapshot().entries).toEqual([first]);
  });

  it('should refuse what is not an entry at all', async () => {
    const store = await open(createMemoryStorage());
    for (const input of [null, undefined, 'fawning', 3, ['fawning']])
      expect(() => store.add(input as never)).toThrow(PatternLogEntryError);
    expect(store.getSnapshot().entries).toEqual([]);
  });

  it('should store what it shows: a field set to undefined is gone, -0 is 0', async () => {
    const storage = createMemoryStorage();
    const store = await open(storage);
    const entry = store.add({ pattern: 'fawning', intensity: -0, note: undefined });
    expect(Object.is(entry.intensity, 0)).toBe(true);
    expect('note' in entry).toBe(false);
    await store.flush();
    expect((await storedEntries(storage)).entries).toEqual([entry]);
  });
});

describe('given a stored log with one entry that cannot be read', () => {
  const good = { id: 'good', at: at(2), pattern: 'fawning', note: 'still here' };
  const bad = { id: 'bad', at: 'yesterday-ish', pattern: 'bracing', intensity: 'very' };
  const text = JSON.stringify({ version: 2, removed: {}, entries: [good, bad] });

  it('should load every other entry, set that one aside, and keep it word for word in storage', async () => {
    const storage = createMemoryStorage(text);
    const store = await open(storage);
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', entries: [good], quarantined: [bad] });
    store.add({ pattern: 'withdrawing' });
    await store.flush();
    const saved = await storedEntries(storage);
    expect(saved.entries.map((e) => e.id)).toContain('good');
    expect(saved.quarantine).toEqual([bad]);
    expect((JSON.parse(store.exportJSON()) as { quarantine: unknown }).quarantine).toEqual([bad]);
    // Another tab opening the saved log finds the same.
    const other = await open(storage);
    expect(other.getSnapshot().quarantined).toEqual([bad]);
  });

  it('should let go of it only when the person deletes everything', async () => {
    const storage = createMemoryStorage(text);
    const store = await open(storage);
    await store.clear();
    const saved = await storedEntries(storage);
    expect(saved.entries).toEqual([]);
    expect(saved.quarantine).toBeUndefined();
  });
});

describe('given a file to import', () => {
  const mine = { id: 'same', at: at(3), pattern: 'fawning', note: 'my own words' };
  const file = (entries: object[]) => JSON.stringify({ version: 2, removed: {}, entries });

  it('should never replace an entry here unless asked, and report the conflict', async () => {
    const storage = createMemoryStorage(file([mine]));
    const store = await open(storage);
    const theirs = { ...mine, note: 'replaced', updatedAt: '2099-01-01T00:00:00.000Z' };
    const fresh = { id: 'new', at: at(4), pattern: 'withdrawing' };
    const result = await store.importJSON(file([theirs, fresh, { ...mine, id: 'copy' }]));
    expect(result).toMatchObject({ ok: true, count: 3, added: 2, unchanged: 0, replaced: 0 });
    expect(result.ok && result.conflicts).toEqual([
      {
        local: expect.objectContaining({ note: 'my own words' }),
        imported: expect.objectContaining({ note: 'replaced' }),
      },
    ]);
    const saved = await storedEntries(storage);
    expect(saved.entries.find((e) => e.id === 'same')?.note).toBe('my own words');
  });

  it('should count an entry already here word for word as unchanged', async () => {
    const store = await open(createMemoryStorage(file([mine])));
    expect(await store.importJSON(file([{ ...mine, updatedAt: at(9) }]))).toMatchObject({
      ok: true,
      added: 0,
      unchanged: 1,
      conflicts: [],
    });
  });

  it('should take the file’s version with `replace`, stamped now, so later edits still win', async () => {
    const time = Date.parse('2026-06-01T00:00:00.000Z');
    const storage = createMemoryStorage(file([mine]));
    const store = await open(storage, { now: () => time });
    const theirs = { ...mine, note: 'from the file', updatedAt: '2099-01-01T00:00:00.000Z' };
    expect(await store.importJSON(file([theirs]), { conflicts: 'replace' })).toMatchObject({
      ok: true,
      replaced: 1,
    });
    const entry = store.getSnapshot().entries[0]!;
    expect(entry.note).toBe('from the file');
    expect(Date.parse(entry.updatedAt!)).toBeLessThanOrEqual(time + 1);
    // Another tab with an honest clock edits it a minute later: that edit must win.
    const other = await open(storage, { now: () => time + 60_000 });
    other.update('same', { note: 'edited later' });
    await other.flush();
    await vi.waitFor(() => expect(store.getSnapshot().entries[0]?.note).toBe('edited later'));
  });

  it('should clamp a stamp in the future on a new entry, so the log’s clock stays now', async () => {
    const time = Date.parse('2026-06-01T00:00:00.000Z');
    const store = await open(createMemoryStorage(), { now: () => time });
    await store.importJSON(
      file([{ id: 'x', at: at(4), pattern: 'p', updatedAt: '2099-01-01T00:00:00.000Z' }]),
    );
    expect(store.getSnapshot().entries[0]!.updatedAt).toBe(new Date(time).toISOString());
    const added = store.add({ pattern: 'next' });
    expect(Date.parse(added.updatedAt!)).toBeLessThan(Date.parse('2027-01-01'));
  });

  it('should keep both with `keep-both`, the file’s as a new entry, only once', async () => {
    const store = await open(createMemoryStorage(file([mine])));
    const theirs = file([{ ...mine, note: 'their words' }]);
    expect(await store.importJSON(theirs, { conflicts: 'keep-both' })).toMatchObject({ ok: true, added: 1 });
    expect(await store.importJSON(theirs, { conflicts: 'keep-both' })).toMatchObject({
      ok: true,
      added: 0,
      unchanged: 1,
    });
    expect(
      store
        .getSnapshot()
        .entries.map((e) => e.note)
        .sort(),
    ).toEqual(['my own words', 'their words']);
  });

  it('should refuse a file with one bad entry whole, and change nothing', async () => {
    const storage = createMemoryStorage(file([mine]));
    const store = await open(storage);
    const before = await storage.load();
    const result = await store.importJSON(
      file([
        { id: 'n', at: at(1), pattern: 'p' },
        { id: 'b', at: 'x', pattern: 'p' },
      ]),
    );
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      errors: [{ path: 'entries[1].at', code: 'not-a-date' }],
    });
    expect(store.getSnapshot().entries).toEqual([mine]);
    expect(await storage.load()).toBe(before);
  });

  it('should say “not saved” when the file is too large for its storage, and keep the entries unsaved', async () => {
    localStorage.clear();
    const storage = createLocalStorage({ key: 'quota-test' });
    const store = await open(storage);
    store.add({ pattern: 'fawning', note: 'before the import' });
    await store.flush();
    const before = localStorage.getItem('quota-test');
    // jsdom, like browsers, keeps about 5 MB per origin in localStorage.
    const big = Array.from({ length: 600 }, (_, i) => ({
      id: `big-${i}`,
      at: at(1),
      pattern: 'p',
      note: 'x'.repeat(10_000),
    }));
    const result = await store.importJSON(file(big));
    expect(result).toMatchObject({ ok: false, reason: 'not-saved', added: 600 });
    expect(store.getSnapshot().status).toBe('unsaved');
    expect(store.getSnapshot().unsavedIds.has('big-0')).toBe(true);
    expect(store.getSnapshot().entries).toHaveLength(601);
    expect(localStorage.getItem('quota-test')).toBe(before);
    localStorage.clear();
  });
});

describe('given a page that closes right after a change', () => {
  it('should write what it holds at once on pagehide, without waiting to read or lock', async () => {
    const inner = createMemoryStorage();
    let hang = false;
    const storage: PatternLogStorage = {
      load: () => (hang ? new Promise(() => {}) : inner.load()),
      save: vi.fn((text: string) => inner.save(text)),
    };
    const store = await open(storage);
    hang = true;
    const entry = store.add({ pattern: 'keeping-quiet', note: 'just now' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(storage.save).toHaveBeenCalledTimes(1);
    expect((await storedEntries(inner)).entries).toEqual([entry]);
  });

  it('should start saving at once when the page is hidden', async () => {
    const storage = createMemoryStorage();
    const store = await open(storage);
    vi.useFakeTimers();
    try {
      const entry = store.add({ pattern: 'bracing' });
      vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.waitFor(async () => expect((await storedEntries(storage)).entries).toEqual([entry]));
    } finally {
      vi.useRealTimers();
    }
  });

  it('should not write a log it has not read yet', async () => {
    const storage: PatternLogStorage = { load: () => new Promise(() => {}), save: vi.fn(async () => {}) };
    const store = createPatternLogStore(storage);
    stores.push(store);
    store.start();
    store.add({ pattern: 'fawning' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(storage.save).not.toHaveBeenCalled();
  });
});

describe('given a closing page whose storage keeps stashes (localStorage, IndexedDB)', () => {
  // A key per test: a stopped log still finishes the save it started, after the test ends.
  let key = 'log';
  let tests = 0;
  beforeEach(() => {
    key = `log-${++tests}`;
  });
  const stashKeys = () => Object.keys(localStorage).filter((name) => name.startsWith(`${key}:stash:`));

  it('should stash only what is unsaved, beside the log, and leave the stored log alone', async () => {
    const storage = createLocalStorage({ key });
    const store = await open(storage);
    const saved = store.add({ pattern: 'bracing' });
    await store.flush();
    // Another tab saved while this one did not hear of it: the stored log is newer than ours.
    const theirs = { id: 'other-tab', at: at(3), pattern: 'withdrawing' };
    localStorage.setItem(key, serializePatternLog({ version: 2, removed: {}, entries: [theirs, saved] }));
    const unsaved = store.add({ pattern: 'fawning', note: 'right before closing' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(
      (JSON.parse(localStorage.getItem(key)!) as { entries: PatternLogEntry[] }).entries.map((e) => e.id),
    ).toEqual(['other-tab', saved.id]);
    expect(stashKeys()).toHaveLength(1);
    const stash = parsePatternLog(localStorage.getItem(stashKeys()[0]!)!);
    expect(stash.ok && stash.document.entries).toEqual([unsaved]);
  });

  it('should take a stash into the log when the page comes back, then drop it', async () => {
    const storage = createLocalStorage({ key });
    const first = createPatternLogStore(storage);
    first.start();
    await first.flush();
    const kept = first.add({ pattern: 'fawning', note: 'logged as the tab closed' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    first.stop();
    expect(stashKeys()).toHaveLength(1);
    const next = await open(createLocalStorage({ key }));
    expect(next.getSnapshot().entries).toEqual([kept]);
    expect((await storedEntries(storage)).entries).toEqual([kept]);
    expect(stashKeys()).toEqual([]);
  });

  it('should remember a deletion made right before closing', async () => {
    const storage = createLocalStorage({ key });
    const first = await open(storage);
    const gone = first.add({ pattern: 'bracing' });
    await first.flush();
    first.remove(gone.id);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    first.stop();
    const next = await open(createLocalStorage({ key }));
    expect(next.getSnapshot().entries).toEqual([]);
  });

  it('should write the whole log after all when there is no room for a stash', async () => {
    const storage = createLocalStorage({ key });
    const store = await open(storage);
    const setItem = localStorage.setItem.bind(localStorage);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation((name, value) => {
      if (name.startsWith(`${key}:stash:`)) throw new DOMException('full', 'QuotaExceededError');
      setItem(name, value);
    });
    const entry = store.add({ pattern: 'fawning' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect((await storedEntries(storage)).entries).toEqual([entry]);
  });

  it('should leave a stash it cannot read where it is, and open the log all the same', async () => {
    localStorage.setItem(`${key}:stash:from-a-newer-version`, '{"version":99}');
    const store = await open(createLocalStorage({ key }));
    expect(store.getSnapshot().status).toBe('ready');
    store.add({ pattern: 'fawning' });
    await store.flush();
    expect(localStorage.getItem(`${key}:stash:from-a-newer-version`)).toBe('{"version":99}');
  });

  it('should tell another open tab of the stash at once', async () => {
    const storage = createLocalStorage({ key });
    const store = await open(storage);
    const stash = serializePatternLog({
      version: 2,
      removed: {},
      entries: [{ id: 's', at: at(2), pattern: 'fawning' }],
    });
    localStorage.setItem(`${key}:stash:closing-tab`, stash);
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: `${key}:stash:closing-tab`,
        newValue: stash,
        storageArea: localStorage,
      }),
    );
    await vi.waitFor(() => expect(store.getSnapshot().entries.map((e) => e.id)).toEqual(['s']));
    await vi.waitFor(() => expect(stashKeys()).toEqual([]));
  });

  it('should never stash the words of an encrypted log in the clear', async () => {
    const storage = encrypted(createLocalStorage({ key }), {
      passphrase: 'correct horse',
      iterations: 600_000,
    });
    const store = await open(storage);
    store.add({ pattern: 'fawning', note: 'a secret sentence' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await store.flush();
    for (const name of Object.keys(localStorage)) expect(localStorage.getItem(name)).not.toContain('secret');
  });
});

describe('given another tab’s write that lands over this tab’s last one', () => {
  it('should take in the text it hears of, and write the union back', async () => {
    const inner = createMemoryStorage();
    const a = await open(inner);
    const entry = a.add({ pattern: 'fawning' });
    await a.flush();
    // Another tab wrote this, then a third tab's stale save landed over it in storage.
    const lost = { id: 'from-closing-tab', at: at(5), pattern: 'withdrawing' };
    const theirs = serializePatternLog({ version: 2, removed: {}, entries: [lost, entry] });
    const listeners: Array<(text: string | null) => void> = [];
    const b = createPatternLogStore({ ...inner, subscribe: (l) => (listeners.push(l), () => {}) });
    stores.push(b);
    b.start();
    await b.flush();
    listeners.forEach((listen) => listen(theirs));
    await b.flush();
    expect((await storedEntries(inner)).entries.map((e) => e.id).sort()).toEqual([entry.id, lost.id].sort());
  });
});

describe('given the Web Locks API', () => {
  it('should read, merge and write holding the storage’s lock', async () => {
    const held: string[] = [];
    const log: string[] = [];
    let tail = Promise.resolve();
    vi.stubGlobal('navigator', {
      ...navigator,
      locks: {
        request: (name: string, _options: object, task: () => Promise<unknown>) => {
          const run = tail.then(async () => {
            held.push(name);
            log.push('start');
            try {
              return await task();
            } finally {
              log.push('end');
              held.pop();
            }
          });
          tail = run.then(
            () => undefined,
            () => undefined,
          );
          return run;
        },
      },
    });
    const inner = createMemoryStorage();
    const storage: PatternLogStorage = {
      lockName: 'attune-test-log',
      load: () => {
        log.push(`load:${held.join()}`);
        return inner.load();
      },
      save: (text) => {
        log.push(`save:${held.join()}`);
        return inner.save(text);
      },
    };
    const store = await open(storage);
    store.add({ pattern: 'fawning' });
    await store.flush();
    expect(log.filter((line) => line.startsWith('load') || line.startsWith('save'))).toEqual(
      expect.arrayContaining(['load:attune-test-log', 'save:attune-test-log']),
    );
    expect(log.some((line) => line === 'load:' || line === 'save:')).toBe(false);
  });
});

describe('given a host that asks for persistent storage', () => {
  it.each([
    [{ persisted: async () => false, persist: async () => true }, 'persistent'],
    [{ persisted: async () => true, persist: async () => false }, 'persistent'],
    [{ persisted: async () => false, persist: async () => false }, 'best-effort'],
    [{}, 'unsupported'],
  ])('should ask the browser and report %#', async (manager, expected) => {
    vi.stubGlobal('navigator', { ...navigator, storage: manager });
    const store = await open(createMemoryStorage(), { persist: true });
    await vi.waitFor(() => expect(store.getSnapshot().persistence).toBe(expected));
  });

  it('should not ask unless the host does', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { ...navigator, storage: { persist } });
    const store = await open(createMemoryStorage());
    expect(store.getSnapshot().persistence).toBeUndefined();
    expect(persist).not.toHaveBeenCalled();
  });
});

describe('given ids that look like object internals', () => {
  it('should delete and keep deleted an entry with the id __proto__', async () => {
    const storage = createMemoryStorage();
    const store = await open(storage);
    store.add({ id: '__proto__', pattern: 'fawning' });
    store.add({ id: 'constructor', pattern: 'bracing' });
    store.remove('__proto__');
    await store.flush();
    const saved = await storedEntries(storage);
    expect(saved.entries.map((e) => e.id)).toEqual(['constructor']);
    expect(Object.keys(saved.removed)).toEqual(['__proto__']);
    const other = await open(storage);
    expect(other.getSnapshot().entries.map((e) => e.id)).toEqual(['constructor']);
  });
});

// ---------------------------------------------------------------------------------------
// Properties: whatever the API is given, the stored document reads back as the log shows,
// and no entry that was accepted is lost unless the person removed it.

const anyValue = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -3, max: 14 }),
  fc.constantFrom(NaN, Infinity, -0, 2.5, null, undefined, true),
  fc.constantFrom('2026-03-01T09:00:00.000Z', 'yesterday-ish', '', 'March 1', '2026-03-01T09:00:00+02:00'),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
  fc.constantFrom(new Date(0), 10n, { nested: [1, 'a'] }, ['chest', 3]),
);
const anyInput = fc.record(
  {
    id: fc.oneof(fc.constantFrom('__proto__', 'a', 'b', 'constructor', ''), fc.string({ maxLength: 4 })),
    at: anyValue,
    pattern: fc.oneof(fc.constantFrom('fawning', 'bracing', ' '), anyValue),
    when: fc.oneof(fc.constantFrom('before', 'during', 'after'), anyValue),
    intensity: anyValue,
    body: anyValue,
    note: anyValue,
    script: anyValue,
  },
  { requiredKeys: [] },
);

type Op =
  | { kind: 'add'; input: Record<string, unknown> }
  | { kind: 'update'; slot: number; input: Record<string, unknown> }
  | { kind: 'remove'; slot: number }
  | { kind: 'undo' }
  | {
      kind: 'import';
      entries: Array<Record<string, unknown>>;
      policy: 'keep-local' | 'replace' | 'keep-both';
    }
  | { kind: 'otherTab'; input: Record<string, unknown> };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), input: anyInput }),
  fc.record({ kind: fc.constant('update' as const), slot: fc.nat(6), input: anyInput }),
  fc.record({ kind: fc.constant('remove' as const), slot: fc.nat(6) }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({
    kind: fc.constant('import' as const),
    entries: fc.array(anyInput, { maxLength: 3 }),
    policy: fc.constantFrom('keep-local' as const, 'replace' as const, 'keep-both' as const),
  }),
  fc.record({ kind: fc.constant('otherTab' as const), input: anyInput }),
);

const byId = (entries: readonly PatternLogEntry[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('given any sequence of changes, valid or not, from this tab, another tab and files', () => {
  it('should leave a stored document that loads back to the entries shown, losing none it accepted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const storage = createMemoryStorage();
        const store = createPatternLogStore(storage);
        const other = createPatternLogStore(storage);
        store.start();
        other.start();
        try {
          await store.flush();
          await other.flush();
          // Ids this tab must still show: accepted, and not removed by anyone since.
          const alive = new Set<string>();
          for (const o of ops) {
            const entries = store.getSnapshot().entries;
            const target = entries[('slot' in o ? o.slot : 0) % Math.max(1, entries.length)]?.id ?? 'none';
            switch (o.kind) {
              case 'add': {
                const before = store.getSnapshot();
                try {
                  alive.add(store.add(o.input as never).id);
                } catch (error) {
                  expect(error).toBeInstanceOf(PatternLogEntryError);
                  expect(store.getSnapshot()).toBe(before);
                }
                break;
              }
              case 'update': {
                const before = store.getSnapshot();
                try {
                  store.update(target, o.input);
                } catch (error) {
                  expect(error).toBeInstanceOf(PatternLogEntryError);
                  expect(store.getSnapshot()).toBe(before);
                }
                break;
              }
              case 'remove':
                store.remove(target);
                alive.delete(target);
                break;
              case 'undo': {
                const step = store.undo();
                if (step?.kind === 'add') alive.delete(step.id);
                if (step?.kind === 'remove') alive.add(step.entry.id);
                break;
              }
              case 'import': {
                // A file is text: what JSON can't hold (a BigInt) is written as a number.
                const text = JSON.stringify(
                  { version: 2, removed: {}, entries: o.entries },
                  (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value),
                );
                const ids = new Set(store.getSnapshot().entries.map((e) => e.id));
                const result = await store.importJSON(text, { conflicts: o.policy });
                if (result.ok) {
                  for (const entry of store.getSnapshot().entries)
                    if (!ids.has(entry.id)) alive.add(entry.id);
                } else expect(result).toMatchObject({ reason: 'invalid' }); // memory storage always saves
                break;
              }
              case 'otherTab':
                try {
                  other.add(o.input as never);
                } catch (error) {
                  expect(error).toBeInstanceOf(PatternLogEntryError);
                }
                break;
            }
          }
          await store.flush();
          await other.flush();
          await store.flush();
          const shown = store.getSnapshot().entries;
          for (const id of alive) expect(shown.some((e) => e.id === id)).toBe(true);
          const text = await storage.load();
          const reread = parsePatternLog(
            text ?? serializePatternLog({ version: 2, entries: [], removed: {} }),
          );
          expect(reread.ok && reread.problems).toBeFalsy();
          expect(reread.ok && byId(reread.document.entries)).toEqual(byId(shown));
          expect(byId(other.getSnapshot().entries)).toEqual(byId(shown));
        } finally {
          store.stop();
          other.stop();
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('given an encrypted log open in PatternLog', () => {
  // jsdom's window has no crypto.subtle; Node's WebCrypto is the same standard API.
  const withCrypto = async () => {
    const { webcrypto } = await import('node:crypto');
    if (!globalThis.crypto?.subtle) vi.stubGlobal('crypto', webcrypto);
  };

  it('should take what it showed off the screen when locked, and open again with the passphrase', async () => {
    await withCrypto();
    const inner = createMemoryStorage();
    const storage = encrypted(inner, { passphrase: 'river stones' });
    const store = await open(storage);
    store.add({ pattern: 'fawning', note: 'private' });
    await store.flush();
    await storage.lock();
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('locked'));
    expect(store.getSnapshot().entries).toEqual([]);
    const again = await open(encrypted(inner, { passphrase: 'river stones' }));
    expect(again.getSnapshot().entries.map((e) => e.note)).toEqual(['private']);
  });

  it('should show damaged ciphertext as unreadable, offer it whole, and start again only when asked', async () => {
    await withCrypto();
    const inner = createMemoryStorage();
    const writer = await open(encrypted(inner, { passphrase: 'river stones' }));
    writer.add({ pattern: 'fawning' });
    await writer.flush();
    writer.stop();
    const envelope = JSON.parse((await inner.load())!) as { data: string };
    const flipped = envelope.data.startsWith('A')
      ? `B${envelope.data.slice(1)}`
      : `A${envelope.data.slice(1)}`;
    const damaged = JSON.stringify({ ...envelope, data: flipped });
    await inner.save(damaged);

    const store = await open(encrypted(inner, { passphrase: 'river stones' }));
    expect(store.getSnapshot()).toMatchObject({ status: 'unreadable', unreadableText: damaged });
    store.add({ pattern: 'bracing' });
    await store.flush().catch(() => undefined);
    expect(await inner.load()).toBe(damaged);

    store.replaceStored();
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('ready'));
    const reader = await open(encrypted(inner, { passphrase: 'river stones' }));
    expect(reader.getSnapshot().entries.map((e) => e.pattern)).toEqual(['bracing']);
  });
});
