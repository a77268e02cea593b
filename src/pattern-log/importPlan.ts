import {
  entryContent,
  parseDocument,
  type DocumentProblem,
  type PatternLogDocument,
  type PatternLogEntry,
} from './document';
import { hasOwn, type LogState } from './logReducer';

/**
 * What to do with a file's entry that has the id of an entry here but other contents:
 * keep the one here (`keep-local`, the default), take the file's (`replace`), or keep
 * both, the file's as a new entry (`keep-both`).
 */
export type ImportConflictPolicy = 'keep-local' | 'replace' | 'keep-both';

/** An entry of the file that differs from the entry with its id here (kept, by default). */
export interface ImportConflict {
  local: PatternLogEntry;
  imported: PatternLogEntry;
}

export interface ImportCounts {
  /** Entries in the file. */
  count: number;
  /** New to this log (with `keep-both`, the file's copies too). */
  added: number;
  /** Already here, word for word. */
  unchanged: number;
  /** Taken from the file in place of the entry here (`replace`). */
  replaced: number;
  /** Left as they are here (`keep-local`); import again with another policy to change that. */
  conflicts: ImportConflict[];
}

/** What importing a file would do: the entries to merge in, and what the file held. */
export type ImportPlan =
  | { ok: true; version: PatternLogDocument['version']; incoming: PatternLogEntry[]; counts: ImportCounts }
  | { ok: false; errors: DocumentProblem[] };

/** An entry's content apart from its id, to see whether a file's copy is already here. */
function copyContent(entry: PatternLogEntry): string {
  return entryContent({ ...entry, id: '' });
}

/**
 * Reads a file (strictly: whole or not at all) and decides, entry by entry, what merging it into
 * `state` takes in; changes nothing. Its own module, which the store loads on demand: a file is
 * imported rarely, and most logs never are.
 */
export function planImport(
  state: LogState,
  text: string,
  { conflicts, now, newId }: { conflicts: ImportConflictPolicy; now: number; newId: () => string },
): ImportPlan {
  const parsed = parseDocument(text, { strict: true });
  if (!parsed.ok) return { ok: false, errors: parsed.problems };
  // A file's clock can't be trusted: a stamp in the future would outrank every later edit.
  const clamp = (at: string) => (Date.parse(at) > now ? new Date(now).toISOString() : at);
  const fresh = new Date(Math.max(now, state.clock + 1)).toISOString();
  const byId = new Map(state.entries.map((entry) => [entry.id, entry]));
  const contents = conflicts === 'keep-both' ? new Set(state.entries.map(copyContent)) : undefined;
  const counts: ImportCounts = {
    count: parsed.document.entries.length,
    added: 0,
    unchanged: 0,
    replaced: 0,
    conflicts: [],
  };
  const incoming: PatternLogEntry[] = [];
  for (const found of parsed.document.entries) {
    const entry = { ...found, updatedAt: clamp(found.updatedAt ?? found.at) };
    const local = byId.get(entry.id);
    if (!local) {
      // Importing is a clear wish to have the entry: a copy deleted here comes back.
      incoming.push(hasOwn(state.removed, entry.id) ? { ...entry, updatedAt: fresh } : entry);
      counts.added++;
    } else if (entryContent(local) === entryContent(entry)) counts.unchanged++;
    else if (conflicts === 'replace') {
      incoming.push({ ...entry, updatedAt: fresh });
      counts.replaced++;
    } else if (conflicts === 'keep-both') {
      if (contents!.has(copyContent(entry))) counts.unchanged++;
      else {
        incoming.push({ ...entry, id: newId(), updatedAt: fresh });
        counts.added++;
      }
    } else counts.conflicts.push({ local, imported: entry });
  }
  return { ok: true, version: parsed.document.version, incoming, counts };
}
