import { compareEntries, type PatternLogEntry } from './document';
import { computeInsights, type PatternLogInsightsData } from './insights';

/** What the worker needs of an entry: the fields the look back counts, nothing a person wrote. */
type Counted = Pick<PatternLogEntry, 'id' | 'at' | 'pattern' | 'when' | 'path' | 'body'>;

interface Update {
  put: Counted[];
  removed: string[];
  /** On the last part of a change: count now, and answer with this number. */
  seq?: number;
}

/** Entries per message: the first count of a long log goes over in parts, a task each. */
const partSize = 5000;

/**
 * The worker's whole program. It keeps its own copy of the counted fields, by id, so that each
 * change sends only the entries that changed; it counts them with `computeInsights`, whose own
 * source is put in front of this one (it needs nothing from outside itself).
 */
function workerMain(count: typeof computeInsights) {
  const held = new Map<string, Counted>();
  self.onmessage = (event: MessageEvent<Update>) => {
    const { seq, put, removed } = event.data;
    for (const id of removed) held.delete(id);
    for (const entry of put) held.set(entry.id, entry);
    if (seq !== undefined) self.postMessage({ seq, insights: count(Array.from(held.values())) });
  };
}

/**
 * What changed from one list to the next. Both are newest first (`compareEntries`) and an entry
 * is a new object whenever it changes, so one walk comparing objects finds it: no lookups.
 */
export function difference(before: readonly PatternLogEntry[], after: readonly PatternLogEntry[]) {
  const put: PatternLogEntry[] = [];
  const removed: string[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const old = before[i];
    const next = after[j];
    if (old === next) {
      i++;
      j++;
    } else if (!next || (old && compareEntries(old, next) < 0)) {
      removed.push(old!.id);
      i++;
    } else if (!old || compareEntries(old, next) > 0) {
      put.push(next);
      j++;
    } else {
      // The same time and id, changed: written over.
      put.push(next);
      i++;
      j++;
    }
  }
  return { put, removed };
}

const counted = ({ id, at, pattern, when, path, body }: PatternLogEntry): Counted => ({
  id,
  at,
  pattern,
  when,
  path,
  body,
});

/**
 * Counts a log's insights in a Web Worker, so that a long log never holds up the page: the
 * main thread only finds which entries changed (entries are new objects when they change) and
 * sends those. Null where there is no Worker (server rendering, tests in jsdom) or the page's
 * Content Security Policy refuses one made from a Blob; `onFailure` when it stops working.
 */
function createInsightsWorker(onInsights: (insights: PatternLogInsightsData) => void, onFailure: () => void) {
  if (
    typeof Worker === 'undefined' ||
    typeof Blob === 'undefined' ||
    typeof URL?.createObjectURL !== 'function'
  )
    return null;
  let worker: Worker;
  let url: string;
  try {
    const source = `(${workerMain.toString()})(${computeInsights.toString()});`;
    url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    worker = new Worker(url);
  } catch {
    return null;
  }
  let sent: readonly PatternLogEntry[] = [];
  let seq = 0;
  const parts: Array<Omit<Update, 'put'> & { put: PatternLogEntry[] }> = [];
  let pumping = false;
  // One part per task, so that no single task clones a whole long log.
  const pump = () => {
    const part = parts.shift();
    if (!part) return void (pumping = false);
    worker.postMessage({ ...part, put: part.put.map(counted) } satisfies Update);
    setTimeout(pump, 0);
  };
  worker.onmessage = (event: MessageEvent<{ seq: number; insights: PatternLogInsightsData }>) => {
    // An answer to an older list is already out of date.
    if (event.data.seq === seq) onInsights(event.data.insights);
  };
  worker.onerror = onFailure;
  return {
    update(entries: readonly PatternLogEntry[]) {
      const { put, removed } = difference(sent, entries);
      sent = entries;
      // Removals first: an entry whose time changed is removed at its old place and put at its new.
      for (let start = 0; start === 0 || start < put.length; start += partSize)
        parts.push({
          put: put.slice(start, start + partSize),
          removed: start === 0 ? removed : [],
        });
      parts[parts.length - 1]!.seq = ++seq;
      if (!pumping) {
        pumping = true;
        pump();
      }
    },
    stop() {
      worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
}

/** The latest count and the list it counted; `failed` once there is no worker to count in. */
export interface InsightsCount {
  of?: readonly PatternLogEntry[];
  insights?: PatternLogInsightsData;
  failed: boolean;
}

/**
 * A store (for `useSyncExternalStore`) of a log's insights, counted in a worker made on first
 * use. After `stop` the next `update` makes a new one.
 */
export function createInsightsCounter() {
  let worker: ReturnType<typeof createInsightsWorker> | undefined;
  let sentFor: readonly PatternLogEntry[] | undefined;
  let count: InsightsCount = { failed: false };
  const listeners = new Set<() => void>();
  const set = (next: InsightsCount) => {
    count = next;
    listeners.forEach((listener) => listener());
  };
  const stop = () => {
    worker?.stop();
    worker = sentFor = undefined;
  };
  return {
    getSnapshot: () => count,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(entries: readonly PatternLogEntry[]) {
      if (count.failed || entries === sentFor) return;
      worker ??= createInsightsWorker(
        (insights) => set({ of: sentFor, insights, failed: false }),
        () => {
          stop();
          set({ failed: true });
        },
      );
      if (!worker) return set({ failed: true });
      sentFor = entries;
      worker.update(entries);
    },
    stop,
  };
}
