import { parsePatternLog, type PatternLogStorage } from '../../src/pattern-log';

/** The entries a flow saved to `storage`, read back the way the log reads them. */
export async function savedEntries(storage: PatternLogStorage) {
  const text = await storage.load();
  if (text === null) return [];
  const parsed = parsePatternLog(text);
  if (!parsed.ok) throw new Error('the log became unreadable');
  return parsed.document.entries;
}
