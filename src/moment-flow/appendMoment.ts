import { currentVersion, serializeDocument, storedForm, type PatternLogEntry } from '../pattern-log/document';
import { createPatternLogStore } from '../pattern-log/logStore';
import type { PatternLogStorage } from '../pattern-log/storage';
import type { Moment } from '../shared/moment';

export interface AppendMomentOptions {
  /** Called when a save attempt fails; the log keeps retrying until it succeeds. */
  onRetrying?: (error: unknown) => void;
}

/**
 * Adds one moment to a PatternLog storage the way the log itself does (read, merge by id,
 * write), so a log open in another tab keeps every entry. Resolves with the saved entry.
 * Rejects, without writing, when the stored log is unreadable or locked: it is never
 * overwritten. Failed saves are retried, and reported through `onRetrying`.
 */
export function appendMoment(
  storage: PatternLogStorage,
  moment: Moment,
  options: AppendMomentOptions = {},
): Promise<PatternLogEntry> {
  return saveMoment(storage, moment, options);
}

/**
 * `appendMoment`, with the clock of the entry's change stamp (`updatedAt`): MomentFlow's save
 * comes after any stash of the same entry (`stashMoment`), so it wins the merge by id.
 */
export function saveMoment(
  storage: PatternLogStorage,
  moment: Moment,
  { onRetrying, now }: AppendMomentOptions & { now?: () => number },
): Promise<PatternLogEntry> {
  const store = createPatternLogStore(storage, now && { now });
  return new Promise((resolve, reject) => {
    const entry = store.add(moment);
    let reportedFailure: unknown;
    const unsubscribe = store.subscribe(() => {
      const { status, unsavedIds, error } = store.getSnapshot();
      switch (status) {
        case 'ready':
          if (unsavedIds.has(entry.id)) return;
          finish();
          resolve(entry);
          return;
        case 'unreadable':
        case 'locked':
          finish();
          reject(
            error instanceof Error
              ? error
              : new Error(`The log is ${status}; the moment was not saved.`, { cause: error }),
          );
          return;
        case 'unsaved':
        case 'unavailable':
          if (error !== reportedFailure) onRetrying?.(error);
          reportedFailure = error;
          return;
        case 'loading':
        case 'saving':
          return;
      }
    });
    function finish() {
      unsubscribe();
      store.stop();
    }
    store.start();
  });
}

/**
 * Keeps a moment, as the log entry `id`, beside the log in this very task (`storage.stash`,
 * slot `id`), for a page that may be closing: the next read–merge–write of the log takes it in.
 * A later stash of the same entry replaces it, and a later save of that id wins over it. With
 * no moment, it stashes the entry's deletion instead: what an earlier stash kept (a note since
 * erased) is let go, even if a page already took it in. Returns the change stamp it wrote
 * (later than `after`), or `after` when nothing was stashed: storage without stashes
 * (`encrypted`: its cipher cannot write in one task), or no room left.
 */
export function stashMoment(
  storage: PatternLogStorage,
  id: string,
  moment: Moment | null,
  after: number,
): number {
  if (!storage.stash) return after;
  const stamp = Math.max(Date.now(), after + 1);
  const at = new Date(stamp).toISOString();
  const entries = moment ? [storedForm({ ...moment, id, updatedAt: at })] : [];
  try {
    storage.stash(
      id,
      serializeDocument({ version: currentVersion, entries, removed: moment ? {} : { [id]: at } }),
    );
    return stamp;
  } catch {
    return after;
  }
}
