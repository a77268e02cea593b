// @vitest-environment node
// The couch storage entry by entry (loadChanges/saveChanges): a save writes only the documents
// of what changed, and a read opens only documents it has not opened before.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializePatternLog, type PatternLogEntry } from '../../../src/pattern-log';
import { createCouchStorage, type CouchStorage } from '../../../src/pattern-log/couch';
import { passphrase } from './devices';
import { deviceDatabase } from './server';

vi.setConfig({ testTimeout: 60_000 });

/** A server nobody answers at: these tests are about one device. */
const nowhere = 'http://127.0.0.1:9/attune-log';
const opened: CouchStorage[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});

const entry = (i: number): PatternLogEntry => ({
  id: `entry-${i}`,
  pattern: 'rumination',
  note: `note ${i}`,
  at: new Date(Date.parse('2026-01-01T00:00:00.000Z') + i * 60_000).toISOString(),
});

async function logOf(count: number) {
  const local = deviceDatabase();
  const storage = createCouchStorage({ local, remote: nowhere, passphrase });
  opened.push(storage);
  const entries = Array.from({ length: count }, (_, i) => entry(i));
  await storage.save(serializePatternLog({ version: 2, entries, removed: {} }));
  return { local, storage, entries };
}

/** Another storage on the same database (another tab, or what replication brings) saves an entry. */
async function saveElsewhere(local: PouchDB.Database, changed: PatternLogEntry) {
  const other = createCouchStorage({ local, remote: nowhere, passphrase });
  opened.push(other);
  await other.loadChanges!();
  await other.saveChanges!({ put: [changed], removed: {} });
}

describe('createCouchStorage, entry by entry', () => {
  it('writes only the documents of the entries a save changed', async () => {
    const { local, storage } = await logOf(40);
    const first = await storage.loadChanges!();
    expect(first.records).toHaveLength(40);
    const written: unknown[][] = [];
    const bulkDocs = local.bulkDocs.bind(local);
    vi.spyOn(local, 'bulkDocs').mockImplementation(((docs: unknown[], ...rest: unknown[]) => {
      written.push(docs);
      return (bulkDocs as (...args: unknown[]) => unknown)(docs, ...rest);
    }) as never);

    const edited = { ...entry(7), note: 'changed', updatedAt: '2026-02-01T00:00:00.000Z' };
    const saved = await storage.saveChanges!({
      put: [edited],
      removed: { 'entry-3': '2026-02-01T00:00:01.000Z' },
    });
    expect(written.flat()).toHaveLength(2);
    expect(saved.previous).toBe(first.revision);

    // Read after its own save: nothing new (the revision moved past it), and nothing reopened.
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    const after = await storage.loadChanges!(saved.revision);
    expect(after.records).toEqual([]);
    expect(decrypt).not.toHaveBeenCalled();
    // From before the save: exactly the two records it wrote.
    const since = await storage.loadChanges!(first.revision);
    expect(since.records.map((record) => record.id).sort()).toEqual(['entry-3', 'entry-7']);
    expect(decrypt).not.toHaveBeenCalled();
  });

  it('opens each document once: a change from elsewhere is read alone', async () => {
    const { local, storage } = await logOf(30);
    const first = await storage.loadChanges!();
    // Another storage on the same database (another tab, or replication) changes one entry.
    const edited = { ...entry(12), note: 'from the other tab', updatedAt: '2026-02-01T00:00:00.000Z' };
    await saveElsewhere(local, edited);

    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    const next = await storage.loadChanges!(first.revision);
    expect(next.records).toEqual([{ id: 'entry-12', revision: next.revision, entry: edited }]);
    expect(decrypt).toHaveBeenCalledTimes(1);
    // And the whole-text load agrees, without opening anything again.
    expect(await storage.load()).toContain('from the other tab');
    expect(decrypt).toHaveBeenCalledTimes(1);
  });

  it('reads back a change it stored otherwise than given (a newer stored version won)', async () => {
    const { local, storage } = await logOf(3);
    const first = await storage.loadChanges!();
    const newer = { ...entry(1), note: 'newer, from elsewhere', updatedAt: '2026-03-01T00:00:00.000Z' };
    await saveElsewhere(local, newer);

    // This log has not read that yet, and saves an older edit of the same entry.
    const older = { ...entry(1), note: 'older, from here', updatedAt: '2026-02-01T00:00:00.000Z' };
    const saved = await storage.saveChanges!({ put: [older], removed: {} });
    expect(saved.previous).toBe(first.revision);
    const back = await storage.loadChanges!(saved.revision);
    const record = back.records.find((found) => found.id === 'entry-1');
    expect(record && 'entry' in record && (record.entry as PatternLogEntry).note).toBe(
      'newer, from elsewhere',
    );
  });

  it('keeps the quarantine as documents: added and let go with the log', async () => {
    const { storage } = await logOf(2);
    const first = await storage.loadChanges!();
    expect(first.quarantine).toEqual([]);
    await storage.saveChanges!({ put: [], removed: {}, quarantine: [{ kept: 'as found' }, 'odd text'] });
    expect((await storage.loadChanges!()).quarantine).toEqual(['odd text', { kept: 'as found' }]);
    await storage.saveChanges!({ put: [], removed: {}, quarantine: ['odd text'] });
    expect((await storage.loadChanges!()).quarantine).toEqual(['odd text']);
  });

  it('keeps a deletion as a tombstone without words, and drops the words’ revision from the device', async () => {
    const { local, storage } = await logOf(3);
    await storage.loadChanges!();
    const revs = async () =>
      new Map(
        ((await local.allDocs({})).rows as Array<{ id: string; value: { rev: string } }>).map((row) => [
          row.id,
          row.value.rev,
        ]),
      );
    const before = await revs();
    await storage.saveChanges!({ put: [], removed: { 'entry-1': '2026-02-01T00:00:00.000Z' } });
    await storage.close();
    const after = await revs();
    const changed = [...after].filter(([id, rev]) => before.get(id) !== rev);
    expect(changed).toHaveLength(1);
    const [id, rev] = changed[0]!;
    // The tombstone: the document stays (so a device away for months learns of the deletion)…
    const tombstone = (await local.get(id, { rev })) as Record<string, unknown>;
    expect(Object.keys(tombstone).sort()).toEqual(['_id', '_rev', 'data', 'iv', 'k']);
    // …and the revision that held the words is gone from this device.
    await expect(local.get(id, { rev: before.get(id)! })).rejects.toMatchObject({ status: 404 });
    const reopened = createCouchStorage({ local, remote: nowhere, passphrase });
    opened.push(reopened);
    const read = await reopened.loadChanges!();
    expect(read.records).toContainEqual({
      id: 'entry-1',
      revision: read.revision,
      removed: '2026-02-01T00:00:00.000Z',
    });
  });
});
