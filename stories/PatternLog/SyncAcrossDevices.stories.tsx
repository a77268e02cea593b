import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PatternLog, type PatternLogEntry, type PatternLogStorage } from '../../src/pattern-log';
import { fixedSyncStorage } from './sync/fixedSyncStorage';
import { TwoDevices } from './sync/TwoDevices';

/** Replication takes a moment, and the story tests share two cores with others. */
const travel = { timeout: 15_000 };

const meta = {
  title: 'PatternLog/Sync across devices',
  component: TwoDevices,
  parameters: {
    docs: {
      description: {
        component:
          'Two devices, each a PatternLog on its own PouchDB database in this browser, replicating through a third PouchDB database that stands in for the server. Log something on one and watch it arrive on the other; switch a device offline, log there, and switch it back.',
      },
    },
  },
} satisfies Meta<typeof TwoDevices>;

export default meta;
type Story = StoryObj<typeof meta>;

function pane(canvasElement: HTMLElement, name: string) {
  return within(within(canvasElement).getByRole('region', { name }));
}

async function logNote(device: ReturnType<typeof pane>, note: string) {
  await userEvent.type(device.getByRole('textbox', { name: 'Note (optional)' }), note);
  await userEvent.click(device.getByRole('button', { name: 'Log it' }));
}

/** An entry logged on the phone arrives on the laptop; one logged offline waits, then follows. */
export const PhoneAndLaptop: Story = {
  play: async ({ canvasElement }) => {
    const phone = pane(canvasElement, 'Phone');
    const laptop = pane(canvasElement, 'Laptop');
    await waitFor(() => expect(phone.getByText('Saved on this device and synced.')).toBeVisible(), travel);
    await logNote(phone, 'on the bus home');
    await waitFor(() => expect(laptop.getByText('on the bus home')).toBeVisible(), travel);
    // The server holds the entry, and not one of its words.
    const server = within(canvasElement).getByRole('region', { name: 'The server' });
    await waitFor(() => expect(server).toHaveTextContent(/"data":"/), travel);
    await expect(server).not.toHaveTextContent(/on the bus|keeping-quiet|people-pleasing/);

    await userEvent.click(within(canvasElement).getByRole('checkbox', { name: 'Phone is online' }));
    await waitFor(() => expect(phone.getByText(/^Offline\./)).toBeVisible(), travel);
    await logNote(phone, 'in the waiting room');
    await expect(phone.getByText('in the waiting room')).toBeVisible();
    await expect(laptop.queryByText('in the waiting room')).toBeNull();

    await userEvent.click(within(canvasElement).getByRole('checkbox', { name: 'Phone is online' }));
    await waitFor(() => expect(laptop.getByText('in the waiting room')).toBeVisible(), travel);
  },
};

/** One log with a fixed sync state: each line as a person sees it. */
function LogWith({ makeStorage }: { makeStorage: () => PatternLogStorage }) {
  const [storage] = useState(makeStorage);
  return <PatternLog storage={storage} />;
}

/** Offline: everything is saved here and will go when the network is back. Never an alarm. */
export const Offline: StoryObj<typeof LogWith> = {
  render: () => <LogWith makeStorage={() => fixedSyncStorage({ status: 'offline' })} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(
        'Offline. Everything is saved on this device and will sync when you’re back online.',
      ),
    ).toBeVisible();
  },
};

/** Syncing paused, the reason in the log's own words (the adapter's `code`), and a calm retry because this adapter has one. */
export const Paused: StoryObj<typeof LogWith> = {
  render: () => (
    <LogWith
      makeStorage={() =>
        fixedSyncStorage(
          {
            status: 'error',
            code: 'not-accepted',
            reason: 'The sync server did not accept this device. Signing in again may help.',
          },
          { retry: true },
        )
      }
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(
        /^Syncing has paused: the sync server didn’t accept this device, and signing in again may help\./,
      ),
    ).toBeVisible();
    await userEvent.click(await canvas.findByRole('button', { name: 'Try syncing again' }));
    await waitFor(() => expect(canvas.getByText('Saved on this device and synced.')).toBeVisible());
    await expect(canvas.queryByRole('button', { name: 'Try syncing again' })).toBeNull();
  },
};

const at = '2026-11-20T08:30:00.000Z';
const conflicted: PatternLogEntry = {
  id: 'kept-version',
  at,
  pattern: 'keeping-quiet',
  when: 'during',
  note: 'Said nothing at dinner. Noticed my jaw.',
  updatedAt: '2026-11-20T09:05:00.000Z',
  history: [
    {
      at,
      pattern: 'keeping-quiet',
      when: 'during',
      body: ['jaw'],
      note: 'At dinner, kept the peace again.',
      updatedAt: '2026-11-20T09:04:00.000Z',
    },
  ],
};

/**
 * Two devices changed one entry while apart: the adapter kept the other version in its history,
 * and the entry offers it back. Opened and used by keyboard.
 */
export const AKeptVersion: StoryObj<typeof LogWith> = {
  render: () => (
    <LogWith makeStorage={() => fixedSyncStorage({ status: 'synced' }, { entries: [conflicted] })} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = await canvas.findByText('Another version of this entry is kept');
    // A click: the simulated keyboard cannot press a disclosure's Enter, which is the browser's own.
    await userEvent.click(summary);
    await expect(canvas.getByText('At dinner, kept the peace again.')).toBeVisible();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Use this version' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(canvas.getByText('Said nothing at dinner. Noticed my jaw.')).toBeVisible();
  },
};
