import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  createMemoryStorage,
  encrypted,
  parsePatternLog,
  PatternLog,
  serializePatternLog,
} from '../../src/pattern-log';
import { AttuneProvider, es } from '../../src';
import { maxImportLength } from '../../src/pattern-log/logStore';
import { expectNoAxeViolations } from '../axe';
import { readBlob } from './readBlob';

// jsdom's Blob has no text(); every browser the library supports does.
if (!Blob.prototype.text)
  Blob.prototype.text = function text(this: Blob) {
    return readBlob(this);
  };

const at = (day: number, hour = 9) => new Date(2026, 2, day, hour).toISOString();

function storageWith(entries: Array<{ id: string; at: string; pattern: string; [k: string]: unknown }>) {
  return createMemoryStorage(serializePatternLog({ version: 2, entries, removed: {} }));
}

async function renderLog(storage = createMemoryStorage()) {
  const user = userEvent.setup();
  const view = render(<PatternLog storage={storage} />);
  await screen.findByText('Up to date.');
  return { user, storage, ...view };
}

async function stored(storage: ReturnType<typeof createMemoryStorage>) {
  const parsed = parsePatternLog((await storage.load()) ?? '');
  if (!parsed.ok) throw new Error('stored log unreadable');
  return parsed.document.entries;
}

function announced() {
  return document.querySelector('[data-attune-announcer]')?.textContent ?? '';
}

describe('given an empty log', () => {
  it('should have no accessibility violations', async () => {
    const { container } = await renderLog();
    await expectNoAxeViolations(container);
  });

  it('should say there is nothing yet, without blame', async () => {
    await renderLog();
    expect(screen.getByText(/Nothing here yet/)).toBeInTheDocument();
    expect(screen.queryByText(/streak|missed/i)).toBeNull();
  });

  it('should render on the server without touching storage', () => {
    const storage = createMemoryStorage();
    const load = vi.spyOn(storage, 'load');
    expect(renderToString(<PatternLog storage={storage} />)).toContain('Pattern log');
    expect(load).not.toHaveBeenCalled();
  });
});

describe('given a person using only the keyboard', () => {
  it('should log a moment with pattern, when, intensity, body and note, and save it', async () => {
    const { user, storage } = await renderLog();
    // The gentle exit sits under the title, in reach before anything else.
    await user.tab();
    expect(screen.getByRole('button', { name: 'This isn’t helping' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'What did you notice?' })).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox', { name: 'What did you notice?' }), 'fawning');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Rather not say' })).toHaveFocus();
    // Arrow keys move through the radio group and choose.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Before it happened' })).toBeChecked();
    await user.tab();
    expect(screen.getByRole('spinbutton', { name: 'How strong was it? (0–10, optional)' })).toHaveFocus();
    await user.keyboard('6');
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Jaw' })).toBeChecked();
    await user.click(screen.getByRole('textbox', { name: 'Note (optional)' }));
    await user.keyboard('at the meeting');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Log it' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('button', { name: /^Edit Fawning/ })).toBeInTheDocument();
    expect(announced()).toContain('You noticed');
    await waitFor(async () =>
      expect(await stored(storage)).toMatchObject([
        { pattern: 'fawning', when: 'before', intensity: 6, body: ['jaw'], note: 'at the meeting' },
      ]),
    );
  });

  it('should ask for words when the pattern is something else, and log it', async () => {
    const { user } = await renderLog();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'What did you notice?' }),
      'Something else',
    );
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    const words = screen.getByRole('textbox', { name: 'In your own words' });
    expect(words).toHaveFocus();
    expect(words).toHaveAccessibleDescription('Add a few words about what you noticed.');
    await user.keyboard('saying sorry first{Enter}');
    expect(await screen.findByText('saying sorry first', { selector: 'strong' })).toBeInTheDocument();
  });
});

describe('given a log with entries', () => {
  const entries = [
    { id: 'b', at: at(20), pattern: 'bracing', when: 'before' as const, note: 'in the car' },
    { id: 'a', at: at(18), pattern: 'people-pleasing', path: 'compassion' },
  ];

  it('should list them by day, newest first', async () => {
    await renderLog(storageWith(entries));
    const days = screen
      .getAllByRole('list')
      .filter((list) => list.getAttribute('aria-labelledby')?.includes('day'));
    expect(days).toHaveLength(2);
    expect(within(days[0]!).getByText('Shoulders tightening')).toBeInTheDocument();
    expect(within(days[1]!).getByText('People-pleasing')).toBeInTheDocument();
  });

  it('should edit an entry by keyboard and return focus to its Edit button', async () => {
    const { user, storage } = await renderLog(storageWith(entries));
    screen.getByRole('button', { name: /^Edit Shoulders tightening/ }).focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('button', { name: 'Save changes' }).closest('form')!;
    expect(within(form).getByRole('combobox', { name: 'What did you notice?' })).toHaveFocus();
    within(form).getByRole('textbox', { name: 'Note (optional)' }).focus();
    await user.keyboard('{Control>}a{/Control}at home');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('at home')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Edit Shoulders tightening/ })).toHaveFocus();
    expect(announced()).toContain('Entry updated');
    await waitFor(async () => expect((await stored(storage))[0]!.note).toBe('at home'));
  });

  it('should leave an entry as it was when the edit is cancelled', async () => {
    const { user } = await renderLog(storageWith(entries));
    await user.click(screen.getByRole('button', { name: /^Edit Shoulders tightening/ }));
    await user.keyboard('{Tab}{ArrowRight}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: /^Edit Shoulders tightening/ })).toHaveFocus();
    expect(screen.getByText('in the car')).toBeInTheDocument();
  });

  it('should delete with an announcement, and bring the entry back on undo', async () => {
    const { user, storage } = await renderLog(storageWith(entries));
    screen.getByRole('button', { name: /^Delete People-pleasing/ }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText('People-pleasing', { selector: 'strong' })).toBeNull();
    expect(announced()).toContain('Entry deleted');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await waitFor(async () => expect((await stored(storage)).map((e) => e.id)).toEqual(['b']));
    await user.keyboard('{Enter}');
    expect(await screen.findByText('People-pleasing', { selector: 'strong' })).toBeInTheDocument();
    expect(announced()).toContain('Undone');
    await waitFor(async () => expect((await stored(storage)).map((e) => e.id)).toEqual(['b', 'a']));
  });

  it('should count every time noticed, and show charts with a table alternative', async () => {
    await renderLog(storageWith(entries));
    expect(await screen.findByText('You’ve noticed 2 times.')).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /When you noticed/ });
    expect(chart).toHaveAccessibleName(/before or while it was happening/);
    expect(screen.getByRole('table', { name: 'When you noticed' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'How you met each moment' })).toBeInTheDocument();
  });

  it('should have no accessibility violations with entries and an open edit form', async () => {
    const { user, container } = await renderLog(storageWith(entries));
    await user.click(screen.getByRole('button', { name: /^Edit Shoulders tightening/ }));
    await expectNoAxeViolations(container);
  });

  it('should delete everything only after a second step, which starts on the safe choice', async () => {
    const { user, storage } = await renderLog(storageWith(entries));
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(screen.getByRole('button', { name: 'Keep my log' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Delete everything…' })).toHaveFocus();
    expect(await stored(storage)).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(async () => expect(await stored(storage)).toEqual([]));
    expect(screen.getByText(/Nothing here yet/)).toBeInTheDocument();
  });

  it('should download a CSV of only the entries the filter shows', async () => {
    const { user } = await renderLog(storageWith(entries));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'bracing');
    await user.click(screen.getByRole('button', { name: 'Download shown entries as CSV' }));
    const csv = await readBlob(blobs[0]!);
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(csv).toContain('b,');
    expect(csv).not.toContain('people-pleasing');
  });
});

describe('given a file to import', () => {
  it('should refuse an invalid file with its problems, and change nothing', async () => {
    const { user, storage } = await renderLog(storageWith([{ id: 'a', at: at(1), pattern: 'fawning' }]));
    const before = await storage.load();
    const bad = new File(
      [JSON.stringify({ version: 2, entries: [{ id: 'x', at: 'someday', pattern: 'p' }] })],
      'log.json',
      {
        type: 'application/json',
      },
    );
    await user.upload(screen.getByLabelText('Import a JSON file'), bad);
    expect(
      await screen.findByText(/wasn’t imported, and nothing changed/, { selector: 'p' }),
    ).toBeInTheDocument();
    expect(screen.getByText('entries[0].at: expected a date and time')).toBeInTheDocument();
    expect(await storage.load()).toBe(before);
  });

  it('should refuse a file the browser cannot read, and change nothing', async () => {
    const { user, storage } = await renderLog(storageWith([{ id: 'a', at: at(1), pattern: 'fawning' }]));
    const before = await storage.load();
    // A file moved or deleted after it was chosen: reading it fails.
    const gone = new File(['{}'], 'log.json', { type: 'application/json' });
    Object.defineProperty(gone, 'text', {
      value: () => Promise.reject(new DOMException('The file is gone.', 'NotReadableError')),
    });
    await user.upload(screen.getByLabelText('Import a JSON file'), gone);
    expect(
      await screen.findByText(/wasn’t imported, and nothing changed/, { selector: 'p' }),
    ).toBeInTheDocument();
    const reason = /couldn’t read this file/;
    expect(screen.getByText(reason, { selector: 'li' })).toBeVisible();
    expect(screen.queryByText(/not JSON/)).toBeNull();
    // Said too, not only shown: the refusal and why.
    expect(announced()).toMatch(/wasn’t imported, and nothing changed\..*couldn’t read this file/);
    expect(await storage.load()).toBe(before);
  });

  it('should refuse a file larger than any log before reading it, and say so', async () => {
    const { user, storage } = await renderLog(storageWith([{ id: 'a', at: at(1), pattern: 'fawning' }]));
    const before = await storage.load();
    const huge = new File(['{}'], 'log.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: maxImportLength + 1 });
    const read = vi.fn(() => Promise.resolve('{}'));
    Object.defineProperty(huge, 'text', { value: read });
    await user.upload(screen.getByLabelText('Import a JSON file'), huge);
    expect(
      await screen.findByText(/wasn’t imported, and nothing changed/, { selector: 'p' }),
    ).toBeInTheDocument();
    expect(screen.getByText('larger than a log can import at once', { selector: 'li' })).toBeVisible();
    expect(announced()).toMatch(
      /wasn’t imported, and nothing changed\..*larger than a log can import at once/,
    );
    expect(read).not.toHaveBeenCalled();
    expect(await storage.load()).toBe(before);
  });

  it('should say an unreadable file in Spanish too', async () => {
    const user = userEvent.setup();
    render(
      <AttuneProvider locale="es" messages={es}>
        <PatternLog storage={createMemoryStorage()} />
      </AttuneProvider>,
    );
    const gone = new File(['{}'], 'log.json', { type: 'application/json' });
    Object.defineProperty(gone, 'text', {
      value: () => Promise.reject(new DOMException('The file is gone.', 'NotReadableError')),
    });
    await user.upload(await screen.findByLabelText('Importar un archivo JSON'), gone);
    expect(await screen.findByText(/no pudo leer este archivo/, { selector: 'li' })).toBeVisible();
    expect(announced()).toMatch(/no se importó.*no pudo leer este archivo/);
  });

  it('should merge a valid export by id', async () => {
    const { user, storage } = await renderLog(storageWith([{ id: 'a', at: at(1), pattern: 'fawning' }]));
    const good = new File(
      [
        serializePatternLog({
          version: 2,
          removed: {},
          entries: [{ id: 'z', at: at(2), pattern: 'withdrawing' }],
        }),
      ],
      'log.json',
    );
    await user.upload(screen.getByLabelText('Import a JSON file'), good);
    expect(await screen.findByText('Imported 1 entry.', { selector: 'p' })).toBeInTheDocument();
    await waitFor(async () => expect((await stored(storage)).map((e) => e.id)).toEqual(['z', 'a']));
  });
});

describe('given a file whose entry differs from one here', () => {
  const mine = { id: 'same', at: at(3), pattern: 'fawning', note: 'my own words' };
  const file = (entries: object[]) =>
    new File([serializePatternLog({ version: 2, removed: {}, entries: entries as never })], 'log.json');

  it('should keep the person’s words, say so, and offer the file’s version or both', async () => {
    const { user, storage } = await renderLog(storageWith([mine]));
    const theirs = { ...mine, note: 'from the file', updatedAt: '2099-01-01T00:00:00.000Z' };
    await user.upload(screen.getByLabelText('Import a JSON file'), file([theirs]));
    expect(
      await screen.findByText('1 entry in the file differs from yours here. Yours is kept.', {
        selector: 'p',
      }),
    ).toBeVisible();
    expect(await stored(storage)).toEqual([expect.objectContaining({ note: 'my own words' })]);
    expect(screen.getByText('my own words')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Keep both versions' }));
    expect(await screen.findByText('from the file')).toBeVisible();
    expect(screen.getByText('my own words')).toBeVisible();
    await waitFor(async () => expect(await stored(storage)).toHaveLength(2));
    expect(announced()).toContain('Imported 1 entry.');
  });

  it('should take the file’s version only when the person asks', async () => {
    const { user, storage } = await renderLog(storageWith([mine]));
    await user.upload(
      screen.getByLabelText('Import a JSON file'),
      file([{ ...mine, note: 'from the file' }]),
    );
    await user.click(await screen.findByRole('button', { name: 'Use the file’s versions instead' }));
    await waitFor(async () =>
      expect(await stored(storage)).toEqual([expect.objectContaining({ note: 'from the file' })]),
    );
    expect(screen.queryByText('my own words')).toBeNull();
  });
});

describe('given an import that storage cannot hold', () => {
  it('should never claim success: the entries stay on screen, marked not saved', async () => {
    const inner = createMemoryStorage(serializePatternLog({ version: 2, removed: {}, entries: [] }));
    let full = false;
    const storage = {
      load: () => inner.load(),
      save: (text: string) =>
        full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : inner.save(text),
    };
    const user = userEvent.setup();
    render(<PatternLog storage={storage} />);
    await screen.findByText('Up to date.');
    full = true;
    const big = new File(
      [
        serializePatternLog({
          version: 2,
          removed: {},
          entries: [{ id: 'z', at: at(2), pattern: 'withdrawing' }],
        }),
      ],
      'log.json',
    );
    await user.upload(screen.getByLabelText('Import a JSON file'), big);
    expect(
      await screen.findByText(/couldn’t be saved, maybe because storage is full/, { selector: 'p' }),
    ).toBeVisible();
    expect(screen.getByText(/Not saved yet$/, { selector: 'span' })).toBeInTheDocument();
    expect(await inner.load()).not.toContain('withdrawing');
  });
});

describe('given a stored log with an entry this version cannot read', () => {
  it('should show every other entry, say one could not be read, and offer it as a download', async () => {
    const bad = { id: 'bad', at: 'yesterday-ish', pattern: 'bracing' };
    const storage = createMemoryStorage(
      JSON.stringify({ version: 2, removed: {}, entries: [{ id: 'a', at: at(1), pattern: 'fawning' }, bad] }),
    );
    const { user, container } = await renderLog(storage);
    expect(screen.getByText(/1 saved entry couldn’t be read/)).toBeVisible();
    expect(screen.getByRole('button', { name: /^Edit Fawning/ })).toBeInTheDocument();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Download what couldn’t be read' }));
    expect(JSON.parse(await readBlob(blobs[0]!))).toEqual([bad]);
    expect(await storage.load()).toContain('yesterday-ish');
    await expectNoAxeViolations(container);
  });
});

describe('given a host that asks the browser to keep the log', () => {
  it('should say what the browser answered', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { persisted: async () => false, persist: async () => false },
    });
    try {
      render(<PatternLog storage={createMemoryStorage()} persist />);
      expect(await screen.findByText(/may clear this log if the device runs low on space/)).toBeVisible();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('given stored data that cannot be read', () => {
  it('should say so plainly, offer the raw text, and keep new entries off storage', async () => {
    const storage = createMemoryStorage('{"version":2,"entries":[{"id":1}]');
    const save = vi.spyOn(storage, 'save');
    const user = userEvent.setup();
    const { container } = render(<PatternLog storage={storage} />);
    expect(
      await screen.findByRole('heading', { name: 'Your saved log couldn’t be read' }),
    ).toBeInTheDocument();
    expect(container.querySelector('[data-status]')).toHaveAttribute('data-status', 'unreadable');
    expect(screen.getByRole('button', { name: 'Download the saved data' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    expect(await screen.findByText('Not saved yet', { exact: false })).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(save).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });
});

describe('given storage that cannot save right now', () => {
  it('should keep the entry on screen, marked, announce it once, and offer to try again', async () => {
    const inner = createMemoryStorage();
    const storage = { load: () => inner.load(), save: () => Promise.reject(new Error('quota')) };
    const user = userEvent.setup();
    render(<PatternLog storage={storage} />);
    await screen.findByText('Up to date.');
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    expect(await screen.findByRole('button', { name: 'Try again now' })).toBeInTheDocument();
    expect(screen.getByText(/Not saved yet$/, { selector: 'span' })).toBeInTheDocument();
    expect(announced()).toContain('Not saved yet. Your entries stay here');
    expect(screen.getByRole('button', { name: /^Edit People-pleasing/ })).toBeInTheDocument();
  });
});

describe('given a log with entries and a save that takes a while', () => {
  it('should mark only the new entry until it is saved, then no entry', async () => {
    const inner = storageWith([{ id: 'a', at: at(18), pattern: 'people-pleasing' }]);
    let open = false;
    const waiting: Array<() => void> = [];
    const storage = {
      load: () => inner.load(),
      save: (text: string) =>
        open
          ? inner.save(text)
          : new Promise<void>((resolve) => waiting.push(() => void inner.save(text).then(resolve))),
    };
    const user = userEvent.setup();
    render(<PatternLog storage={storage} />);
    await screen.findByText('Up to date.');
    const rows = () =>
      screen.getAllByRole('listitem').filter((row) => row.matches('.attune-PatternLog-entry'));
    expect(rows()).toHaveLength(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'What did you notice?' }), 'bracing');
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    const [added, earlier] = rows();
    expect(within(added!).getByText(/Not saved yet$/, { selector: 'span' })).toBeInTheDocument();
    expect(within(earlier!).queryByText(/Not saved yet$/)).toBeNull();
    await waitFor(() => expect(waiting).not.toHaveLength(0));
    act(() => {
      open = true;
      waiting.forEach((release) => release());
    });
    await waitFor(() => expect(screen.queryByText(/Not saved yet$/)).toBeNull());
    expect(rows()).toHaveLength(2);
  });
});

describe('given a person coming back after a while', () => {
  it('should welcome them back, never mention what was missed', async () => {
    await renderLog(
      storageWith([{ id: 'a', at: new Date(Date.now() - 30 * 864e5).toISOString(), pattern: 'fawning' }]),
    );
    expect(screen.getByText(/Welcome back/)).toBeInTheDocument();
    expect(screen.queryByText(/miss/i)).toBeNull();
  });
});

describe('given an encrypted log that the host locks', () => {
  it('should take the entries off the screen and say how to see them again', async () => {
    const { webcrypto } = await import('node:crypto');
    if (!globalThis.crypto?.subtle) vi.stubGlobal('crypto', webcrypto);
    try {
      const storage = encrypted(createMemoryStorage(), { passphrase: 'river stones' });
      const { user } = await renderLog(storage);
      await user.type(screen.getByLabelText('Note (optional)'), 'only mine');
      await user.click(screen.getByRole('button', { name: 'Log it' }));
      expect(await screen.findByText('only mine')).toBeVisible();
      await screen.findByText('Up to date.');
      await act(() => storage.lock());
      expect(await screen.findByRole('heading', { name: 'This log is locked' })).toBeVisible();
      expect(screen.getByText(/hidden until the log is opened again/)).toBeVisible();
      expect(screen.queryByText('only mine')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
