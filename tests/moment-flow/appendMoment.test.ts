import { appendMoment } from '../../src/moment-flow/appendMoment';
import { createMemoryStorage, parsePatternLog, serializePatternLog } from '../../src/pattern-log';

const moment = {
  at: '2026-11-26T10:00:00.000Z',
  pattern: 'bracing',
  path: 'compassion',
  body: ['shoulders'],
};

describe('given a PatternLog storage', () => {
  it('should save the moment as one entry of the log', async () => {
    const storage = createMemoryStorage();
    const entry = await appendMoment(storage, moment);
    const parsed = parsePatternLog((await storage.load())!);
    expect(parsed.ok && parsed.document.entries).toEqual([
      expect.objectContaining({ ...moment, id: entry.id }),
    ]);
  });

  it('should keep the entries already in the log', async () => {
    const storage = createMemoryStorage();
    await appendMoment(storage, { ...moment, pattern: 'fawning' });
    await appendMoment(storage, moment);
    const parsed = parsePatternLog((await storage.load())!);
    expect(parsed.ok && parsed.document.entries.map((e) => e.pattern).sort()).toEqual(['bracing', 'fawning']);
  });

  it('should refuse to overwrite a log it cannot read, and leave it as it was', async () => {
    const storage = createMemoryStorage('{ this is not a log');
    await expect(appendMoment(storage, moment)).rejects.toBeDefined();
    expect(await storage.load()).toBe('{ this is not a log');
  });

  it('should retry a failed save until it succeeds', async () => {
    vi.useFakeTimers();
    try {
      const storage = createMemoryStorage(serializePatternLog({ version: 2, entries: [], removed: {} }));
      const save = storage.save.bind(storage);
      let failures = 1;
      storage.save = async (text) => {
        if (failures-- > 0) throw new Error('quota');
        return save(text);
      };
      const onRetrying = vi.fn();
      const saved = appendMoment(storage, moment, { onRetrying });
      await vi.runAllTimersAsync();
      await expect(saved).resolves.toMatchObject({ pattern: 'bracing' });
      expect(onRetrying).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
