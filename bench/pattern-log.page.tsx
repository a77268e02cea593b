// Runs inside Chromium (built by bench/pattern-log.mjs). Each function returns milliseconds.
import { createRoot, type Root } from 'react-dom/client';
import {
  createIndexedDBStorage,
  createMemoryStorage,
  createPatternLogStore,
  PatternLog,
  type PatternLogStore,
} from '../src/pattern-log';
import { sampleEntries, sampleText } from '../stories/PatternLog/sampleLog';

/** The log's size for the next measurement (`window.benchSize`), and its stored text, made once per size. */
let size = 10_000;
const texts = new Map<number, string>();
const textOf = (count: number) =>
  texts.get(count) ?? texts.set(count, sampleText(sampleEntries(count))).get(count)!;
function setSize(count: number) {
  size = count;
  textOf(count);
}

function whenDom(check: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    if (check()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

function whenReady(store: PatternLogStore): Promise<number> {
  return new Promise((resolve) => {
    const check = () => store.getSnapshot().status === 'ready' && (resolve(performance.now()), true);
    if (!check()) {
      const stop = store.subscribe(() => check() && stop());
    }
  });
}

const host = document.getElementById('root')!;

let lastRoot: Root | undefined;

/** A fresh root on the page; the last run's log goes first, its look back's worker (a copy of the log) with it. */
function mount() {
  lastRoot?.unmount();
  host.textContent = '';
  const container = host.appendChild(document.createElement('div'));
  lastRoot = createRoot(container);
  return { container, root: lastRoot };
}

/** From render() to the first page of `size` stored entries on screen. */
async function firstRender(): Promise<number> {
  const { container, root } = mount();
  const start = performance.now();
  root.render(<PatternLog storage={createMemoryStorage(textOf(size))} />);
  const end = await whenDom(() => container.querySelectorAll('.attune-PatternLog-entry').length === 30);
  return end - start;
}

/**
 * From render() to the first page of `size` entries on screen, kept in IndexedDB: the newest
 * page shows first, the rest follows (waited for, unmeasured, before the next run).
 */
async function firstRenderIndexedDB(): Promise<number> {
  const name = await seededIndexedDB();
  const { container, root } = mount();
  const start = performance.now();
  root.render(<PatternLog storage={createIndexedDBStorage({ name })} />);
  const end = await whenDom(() => container.querySelectorAll('.attune-PatternLog-entry').length === 30);
  await whenDom(() => container.querySelector('[data-status="ready"]') !== null);
  return end - start;
}

/** From pressing "Log it" to the new entry on screen, with `size` already there. */
async function addOne(): Promise<number> {
  return add('list');
}

/** From pressing "Log it" until the look back counts it too (it is deferred behind the list). */
async function addOneInsights(): Promise<number> {
  return add('insights');
}

/**
 * The longest the main thread was busy in one go while an entry was added and the look back
 * caught up: what a person would feel as the page not answering.
 */
async function addOneInsightsLongestTask(): Promise<number> {
  let longest = 0;
  let last = performance.now();
  let probing = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (probing) channel.port2.postMessage(null);
  };
  await add('insights', () => {
    last = performance.now();
    channel.port2.postMessage(null);
  });
  probing = false;
  return longest;
}

async function add(until: 'list' | 'insights', onStart?: () => void): Promise<number> {
  await firstRender();
  const container = host.firstElementChild!;
  await whenDom(() => container.querySelector('[data-status="ready"]') !== null);
  const count = () => container.querySelector('.attune-PatternLog-count')?.textContent ?? '';
  const button = Array.from(container.querySelectorAll('button')).find((b) => b.textContent === 'Log it')!;
  const first = container.querySelector('.attune-PatternLog-entry');
  // A person presses "Log it" on a page already shown: once the look back has counted the log
  // and the page has laid out and painted, so that neither the page's first layout (a click that
  // submits a form lays it out) nor the first count is taken for the add's own cost.
  await whenDom(
    () =>
      container.querySelector('.attune-PatternLog-insights') !== null &&
      container.querySelector('.attune-PatternLog-insights[aria-busy]') === null,
  );
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  onStart?.();
  const start = performance.now();
  button.click();
  const end = await whenDom(() =>
    until === 'list'
      ? container.querySelector('.attune-PatternLog-entry') !== first
      : count().includes(String(size + 1)) &&
        container.querySelector('.attune-PatternLog-insights[aria-busy]') === null,
  );
  return end - start;
}

const seeded = new Set<number>();

/** An IndexedDB log of `size` entries, moved to records once (which also keeps the newest aside). */
async function seededIndexedDB(): Promise<string> {
  const name = `attune-bench-${size}`;
  if (!seeded.has(size)) {
    await createIndexedDBStorage({ name }).save(textOf(size));
    const moving = createPatternLogStore(createIndexedDBStorage({ name }));
    moving.start();
    await moving.flush();
    moving.stop();
    seeded.add(size);
  }
  return name;
}

/** Loading, validating and merging `size` entries from IndexedDB to a ready log. */
async function loadFromIndexedDB(): Promise<number> {
  const name = await seededIndexedDB();
  const store = createPatternLogStore(createIndexedDBStorage({ name }));
  const start = performance.now();
  store.start();
  const end = await whenReady(store);
  store.stop();
  if (store.getSnapshot().entries.length !== size) throw new Error('not all loaded');
  return end - start;
}

/** exportJSON() of `size` entries. */
async function exportJSON(): Promise<number> {
  const store = createPatternLogStore(createMemoryStorage(textOf(size)));
  store.start();
  await whenReady(store);
  const start = performance.now();
  const json = store.exportJSON();
  const end = performance.now();
  if (json.length < 1000) throw new Error('empty export');
  return end - start;
}

/**
 * One tab of the two-tab check: opens the shared IndexedDB log, adds `count` entries
 * one task apart, and resolves with their ids once every one is saved.
 */
async function tab(name: string, count: number): Promise<string[]> {
  const store = createPatternLogStore(createIndexedDBStorage({ name: 'attune-two-tabs' }));
  store.start();
  await whenReady(store);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(store.add({ pattern: 'fawning', note: `${name} ${i}` }).id);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
  }
  await new Promise<void>((resolve) => {
    const check = () => store.getSnapshot().status === 'ready' && store.getSnapshot().unsavedIds.size === 0;
    if (check()) return resolve();
    const stop = store.subscribe(() => check() && (stop(), resolve()));
  });
  (window as unknown as { tabStore: PatternLogStore }).tabStore = store;
  return ids;
}

/** The ids this tab's log shows now. */
function tabIds(): string[] {
  return (window as unknown as { tabStore: PatternLogStore }).tabStore.getSnapshot().entries.map((e) => e.id);
}

Object.assign(window, { tab, tabIds, setSize });

Object.assign(window, {
  bench: {
    firstRender,
    firstRenderIndexedDB,
    addOne,
    addOneInsights,
    addOneInsightsLongestTask,
    loadFromIndexedDB,
    exportJSON,
  },
});
