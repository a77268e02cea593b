import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PatternLog, serializePatternLog, type PatternLogEntry } from '../../src/pattern-log';
import { fakeSyncStorage } from './fakeSyncStorage';

// As if the page were offline, or a new release had taken the files away: the code that loads on
// demand (the sync line, kept versions, the look back, importing) cannot be fetched.
vi.mock('../../src/pattern-log/SyncStatus', () => {
  throw new TypeError('Failed to fetch dynamically imported module: SyncStatus');
});
vi.mock('../../src/pattern-log/EntryHistory', () => {
  throw new TypeError('Failed to fetch dynamically imported module: EntryHistory');
});
vi.mock('../../src/pattern-log/InsightsView', () => {
  throw new TypeError('Failed to fetch dynamically imported module: InsightsView');
});
vi.mock('../../src/pattern-log/importPlan', () => {
  throw new TypeError('Failed to fetch dynamically imported module: importPlan');
});

const conflicted: PatternLogEntry = {
  id: 'a',
  at: '2025-03-20T09:00:00.000Z',
  pattern: 'bracing',
  note: 'in the car',
  updatedAt: '2025-03-20T11:00:00.000Z',
  history: [{ at: '2025-03-20T09:00:00.000Z', pattern: 'bracing', note: 'on the bus' }],
};

describe('given parts of the log whose code cannot be loaded', () => {
  it('should leave them out and keep the log whole: its entries, and logging a new one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const { storage } = fakeSyncStorage({ entries: [conflicted] });
    const { container } = render(<PatternLog storage={storage} />);
    await screen.findByText('Up to date.');
    const list = screen.getByRole('region', { name: 'Your entries' });
    expect(within(list).getByText('in the car')).toBeVisible();
    // Each part tried to load, failed, and took only itself away.
    await waitFor(() => expect(console.error).toHaveBeenCalled());
    expect(container.querySelector('.attune-PatternLog-sync')).toBeNull();
    expect(screen.queryByText(/of this entry/)).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'What did you notice?' }), 'fawning');
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    expect(await within(list).findByRole('button', { name: /^Edit Fawning/ })).toBeVisible();
    // By now the look back has had every chance to load: it failed, and only it is missing.
    await expect(import('../../src/pattern-log/InsightsView')).rejects.toThrow();
    expect(screen.queryByRole('heading', { name: 'Looking back' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Your data' })).toBeVisible();
  });

  it('should say an import could not start, and change nothing', async () => {
    const user = userEvent.setup();
    const { storage } = fakeSyncStorage({ entries: [conflicted] });
    render(<PatternLog storage={storage} />);
    await screen.findByText('Up to date.');
    const before = await storage.load();
    const text = serializePatternLog({
      version: 2,
      entries: [{ id: 'b', at: '2025-03-21T09:00:00.000Z', pattern: 'fawning' }],
      removed: {},
    });
    // jsdom's Blob has no text(); every browser the library supports does.
    const file = Object.assign(new File([text], 'log.json', { type: 'application/json' }), {
      text: async () => text,
    });
    await user.upload(screen.getByLabelText('Import a JSON file'), file);
    expect(
      await screen.findByText(
        'This file couldn’t be imported just now, and nothing changed. You can try again.',
        { selector: 'p' },
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Edit Fawning/ })).toBeNull();
    expect(await storage.load()).toBe(before);
  });
});
