import type { PatternLogEntry } from '../pattern-log/document';
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
  { onRetrying }: AppendMomentOptions = {},
): Promise<PatternLogEntry> {
  const store = createPatternLogStore(storage);
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
