import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { es } from '../../src/locales/es';
import { AttuneProvider } from '../../src/AttuneProvider';
import {
  createIndexedDBStorage,
  createLocalStorage,
  createMemoryStorage,
  encrypted,
  PatternLog,
  type PatternLogStorage,
} from '../../src/pattern-log';
import { sampleEntries, sampleText } from './sampleLog';

/** A fresh storage per render, so every story (and its light and dark runs) starts the same. */
function LogWith({ makeStorage }: { makeStorage: () => PatternLogStorage }) {
  const [storage] = useState(makeStorage);
  return <PatternLog storage={storage} />;
}

const meta = {
  title: 'PatternLog/PatternLog',
  component: LogWith,
  parameters: {
    docs: {
      description: {
        component:
          'A private log of noticed patterns. Quick add (a pattern is all it needs; Enter logs it), the entries by day with edit, delete and undo, a look back with no streaks or scores, and the person’s data to download, import or delete.',
      },
    },
  },
  args: { makeStorage: () => createMemoryStorage() },
  argTypes: { makeStorage: { control: false } },
} satisfies Meta<typeof LogWith>;

export default meta;
type Story = StoryObj<typeof meta>;

const few = sampleEntries(6, Date.parse('2026-11-20T18:00:00Z'));

async function ready(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await waitFor(() => expect(canvas.getByText('Up to date.')).toBeVisible());
  // The look back loads its code on demand: it shows a moment after the log opens.
  await waitFor(() => expect(canvas.getByRole('heading', { name: 'Looking back' })).toBeVisible());
  return canvas;
}

/** Nothing logged yet: the form first, and a kind word where the list will be. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await ready(canvasElement);
    await expect(canvas.getByText(/Nothing here yet/)).toBeVisible();
    await expect(canvas.getByText('Your first entry starts this picture.')).toBeVisible();
  },
};

/** A few entries; logged, then deleted and brought back, all by keyboard. */
export const AFewEntries: Story = {
  args: { makeStorage: () => createMemoryStorage(sampleText(few)) },
  play: async ({ canvasElement }) => {
    const canvas = await ready(canvasElement);
    await expect(canvas.getByText('You’ve noticed 6 times.')).toBeVisible();
    canvas.getByRole('combobox', { name: 'What did you notice?' }).focus();
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'What did you notice?' }),
      'withdrawing',
    );
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'While it was happening' })).toBeChecked();
    await userEvent.click(canvas.getByRole('button', { name: 'Log it' }));
    await expect(canvas.getByText('You’ve noticed 7 times.')).toBeVisible();
    const deleteButton = canvas.getAllByRole('button', { name: /^Delete Withdrawing/ })[0]!;
    deleteButton.focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('You’ve noticed 7 times.')).toBeVisible();
  },
};

/**
 * Ten thousand entries: the list shows a page at a time, the look back counts them all in a
 * worker, and catches up with a new entry there too.
 */
export const TenThousandEntries: Story = {
  args: { makeStorage: () => createMemoryStorage(sampleText(sampleEntries(10_000))) },
  play: async ({ canvasElement }) => {
    const canvas = await ready(canvasElement);
    await expect(canvas.getByText('You’ve noticed 10000 times.')).toBeVisible();
    const lookBack = canvas.getByRole('region', { name: 'Looking back' });
    await waitFor(() => expect(lookBack).not.toHaveAttribute('aria-busy'));
    // The count on screen is the latest count's, so 10001 means the look back counted again.
    await userEvent.click(canvas.getByRole('button', { name: 'Log it' }));
    await waitFor(() => expect(canvas.getByText('You’ve noticed 10001 times.')).toBeVisible());
    await waitFor(() => expect(lookBack).not.toHaveAttribute('aria-busy'));
    const items = () => canvas.getAllByRole('button', { name: /^Edit / });
    await expect(items()).toHaveLength(30);
    await userEvent.click(canvas.getByRole('button', { name: 'Show older entries' }));
    await expect(items()).toHaveLength(60);
    await expect(canvas.getByRole('button', { name: 'Show older entries' })).toHaveFocus();
  },
};

/** Kept in localStorage under one key; other tabs follow through `storage` events. */
export const InLocalStorage: Story = {
  args: { makeStorage: () => createLocalStorage({ key: 'attune-story-pattern-log' }) },
  play: async ({ canvasElement }) => {
    const canvas = await ready(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Log it' }));
    await waitFor(() =>
      expect(localStorage.getItem('attune-story-pattern-log')).toContain('people-pleasing'),
    );
  },
};

/** Kept in IndexedDB, entries apart (a save writes only what changed); other tabs follow through a BroadcastChannel. */
export const InIndexedDB: Story = {
  args: { makeStorage: () => createIndexedDBStorage({ name: 'attune-story-pattern-log' }) },
  play: async ({ canvasElement }) => {
    const canvas = await ready(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Log it' }));
    await waitFor(async () => {
      const { records } = await createIndexedDBStorage({ name: 'attune-story-pattern-log' }).loadChanges!();
      await expect(JSON.stringify(records)).toContain('people-pleasing');
    });
  },
};

/**
 * A long log in IndexedDB opens on its newest page, kept aside on every save, while the older
 * entries load: a calm line says so, and downloads wait until every entry is here. (Here the
 * older entries never arrive, to hold the moment.)
 */
export const OlderEntriesLoading: Story = {
  args: {
    makeStorage: (): PatternLogStorage => {
      const newest = sampleEntries(60);
      return {
        load: async () => null,
        save: async () => undefined,
        loadNewest: async () => newest,
        loadChanges: () => new Promise(() => undefined),
        saveChanges: async () => ({ revision: 1, previous: 0 }),
      };
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/Older ones are still on their way/)).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: /^Edit / })).toHaveLength(30);
    for (const name of ['Download all as JSON', 'Download shown entries as CSV']) {
      const button = canvas.getByRole('button', { name });
      await expect(button).toHaveAttribute('aria-disabled', 'true');
      await expect(button).toHaveAccessibleDescription(/once every entry has arrived/);
    }
  },
};

/** Encrypted before it is stored (AES-GCM, PBKDF2 key): storage only ever sees ciphertext. */
export const Encrypted: Story = {
  args: {
    makeStorage: () =>
      encrypted(createLocalStorage({ key: 'attune-story-pattern-log-encrypted' }), {
        passphrase: 'a story passphrase',
      }),
  },
  play: async ({ canvasElement }) => {
    const canvas = await ready(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Note (optional)' }), 'private words');
    await userEvent.click(canvas.getByRole('button', { name: 'Log it' }));
    await waitFor(() =>
      expect(localStorage.getItem('attune-story-pattern-log-encrypted')).toContain('encrypted'),
    );
    await expect(localStorage.getItem('attune-story-pattern-log-encrypted')).not.toContain('private words');
  },
};

const lockedStore = createMemoryStorage();

/** The passphrase does not open the log: it says so, changes nothing, and keeps new entries here. */
export const LockedEncryptedLog: Story = {
  args: { makeStorage: () => encrypted(lockedStore, { passphrase: 'not the one' }) },
  loaders: [
    async () => {
      await encrypted(lockedStore, { passphrase: 'the real one' }).save(sampleText(few));
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'This log is locked' })).toBeVisible();
    const before = await lockedStore.load();
    await userEvent.click(canvas.getByRole('button', { name: 'Log it' }));
    await expect(await canvas.findByText(/Not saved yet/)).toBeVisible();
    await expect(await lockedStore.load()).toBe(before);
  },
};

/** Stored text this version cannot read: left untouched, downloadable, replaced only on request. */
export const UnreadableData: Story = {
  args: { makeStorage: () => createMemoryStorage('{"version":2,"entries":[{"id":"a","at":"someday"}') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Your saved log couldn’t be read' }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Download the saved data' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Start a new log in its place…' }));
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('button', { name: 'Start a new log in its place…' })).toHaveFocus();
  },
};

/** The dark theme, with the charts and their tables open. */
/** One stored entry has a value no version could read: the rest load, and that one waits, word for word. */
export const OneEntrySetAside: Story = {
  args: {
    makeStorage: () =>
      createMemoryStorage(
        JSON.stringify({
          version: 2,
          removed: {},
          entries: [
            ...few,
            { id: 'odd', at: 'the day after the party', pattern: 'withdrawing', intensity: 'a lot' },
          ],
        }),
      ),
  },
  play: async ({ canvasElement }) => {
    const canvas = await ready(canvasElement);
    await expect(canvas.getByText(/1 saved entry couldn’t be read/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Download what couldn’t be read' })).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: /^Edit / })).toHaveLength(few.length);
  },
};

/** A file holds another version of an entry already here: the person’s own words stay unless they choose. */
export const ImportWithAConflict: Story = {
  args: { makeStorage: () => createMemoryStorage(sampleText(few)) },
  play: async ({ canvasElement }) => {
    const canvas = await ready(canvasElement);
    const theirs = { ...few[0]!, note: 'A different note, from another device' };
    const file = new File(
      [JSON.stringify({ version: 2, removed: {}, entries: [theirs] })],
      'pattern-log.json',
      { type: 'application/json' },
    );
    await userEvent.upload(canvas.getByLabelText('Import a JSON file'), file);
    await expect(
      await canvas.findByText('1 entry in the file differs from yours here. Yours is kept.'),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Keep both versions' }));
    await expect(await canvas.findByText('A different note, from another device')).toBeVisible();
  },
};

export const Dark: Story = {
  args: { makeStorage: () => createMemoryStorage(sampleText(few)) },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = await ready(canvasElement);
    for (const toggle of canvas.getAllByText('Show as a table')) await userEvent.click(toggle);
    await expect(canvas.getByRole('table', { name: 'When you noticed' })).toBeVisible();
  },
};

/** Reduced motion: nothing in the log moves, so it looks the same, and works the same. */
export const ReducedMotion: Story = {
  args: { makeStorage: () => createMemoryStorage(sampleText(few)) },
  globals: { motion: 'always' },
  play: async ({ canvasElement }) => {
    const canvas = await ready(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete everything…' }));
    await expect(canvas.getByRole('button', { name: 'Keep my log' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Delete everything' }));
    await expect(await canvas.findByText(/Nothing here yet/)).toBeVisible();
  },
};

/** Storage that refuses to save (full, or blocked): the entry stays, marked, and saving is retried. */
export const SaveFailing: Story = {
  args: {
    makeStorage: () => {
      const inner = createMemoryStorage(sampleText(few));
      return {
        load: () => inner.load(),
        save: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      };
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = await ready(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Log it' }));
    await expect(await canvas.findByRole('button', { name: 'Try again now' })).toBeVisible();
    await expect(canvas.getByText(/Not saved yet$/, { selector: 'span' })).toBeVisible();
  },
};

/** Every string comes from the message tables: here the Spanish ones, with Spanish dates. */
export const InSpanish: Story = {
  args: { makeStorage: () => createMemoryStorage(sampleText(few)) },
  render: (args) => (
    <AttuneProvider locale="es" messages={es}>
      <LogWith {...args} />
    </AttuneProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Lo has notado 6 veces.')).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: '¿Qué notaste?' })).toBeVisible();
  },
};
