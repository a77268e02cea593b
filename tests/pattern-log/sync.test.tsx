import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { es } from '../../src/locales/es';
import {
  createMemoryStorage,
  PatternLog,
  usePatternLog,
  type PatternLogStorage,
} from '../../src/pattern-log';
import { AttuneProvider } from '../../src';
import { expectNoAxeViolations } from '../axe';
import { advance } from '../fakeTimers';
import { fakeSyncStorage } from './fakeSyncStorage';

function announced() {
  return document.querySelector('[data-attune-announcer]')?.textContent ?? '';
}

async function renderLog(storage: PatternLogStorage) {
  const view = render(<PatternLog storage={storage} />);
  await screen.findByText('Up to date.');
  // The sync line's code loads on demand, for storage that syncs: wait until it has.
  if (storage.sync)
    await waitFor(() => expect(view.container.querySelector('.attune-PatternLog-sync')).not.toBeNull());
  return { ...view, root: screen.getByRole('region', { name: 'Pattern log' }) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('given storage that stays on the device', () => {
  it('should say nothing about syncing, and carry no data-sync', async () => {
    const { root } = await renderLog(createMemoryStorage());
    expect(root).not.toHaveAttribute('data-sync');
    expect(screen.queryByText(/sync/i)).toBeNull();
  });
});

describe('given storage that syncs', () => {
  it('should say quietly that the log is saved here and synced, and expose it as data-sync', async () => {
    const { storage } = fakeSyncStorage();
    const { root, container } = await renderLog(storage);
    expect(screen.getByText('Saved on this device and synced.')).toBeVisible();
    expect(root).toHaveAttribute('data-sync', 'synced');
    await expectNoAxeViolations(container);
  });

  it('should follow each state the adapter reports, in words', async () => {
    const sync = fakeSyncStorage();
    const { root } = await renderLog(sync.storage);
    act(() => sync.set({ status: 'syncing' }));
    expect(screen.getByText('Syncing…')).toBeVisible();
    expect(root).toHaveAttribute('data-sync', 'syncing');
    act(() => sync.set({ status: 'offline' }));
    expect(screen.getByText(/^Offline\. Everything is saved on this device/)).toBeVisible();
    act(() => sync.set({ status: 'needs-passphrase' }));
    expect(screen.getByText('Enter your passphrase to open this log on this device.')).toBeVisible();
    act(() => sync.set({ status: 'error', reason: 'The server refused the login.' }));
    expect(
      screen.getByText(
        'Syncing has paused: The server refused the login. Your entries are still saved on this device.',
      ),
    ).toBeVisible();
    expect(root).toHaveAttribute('data-sync', 'error');
  });

  it('should offer no retry when the adapter cannot retry', async () => {
    const sync = fakeSyncStorage({ state: { status: 'error', reason: 'No network' } });
    await renderLog(sync.storage);
    expect(screen.getByText(/Syncing has paused: No network\./)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Try syncing again' })).toBeNull();
  });

  it('should offer a calm retry after an error when the adapter can, and only then', async () => {
    const user = userEvent.setup();
    const sync = fakeSyncStorage({ canRetry: true });
    await renderLog(sync.storage);
    expect(screen.queryByRole('button', { name: 'Try syncing again' })).toBeNull();
    act(() => sync.set({ status: 'error', reason: '' }));
    expect(
      screen.getByText('Syncing has paused. Your entries are still saved on this device.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try syncing again' }));
    expect(sync.retry).toHaveBeenCalledOnce();
  });

  it('should show nothing for a state it does not know, rather than guess', async () => {
    const sync = fakeSyncStorage();
    const { root } = await renderLog(sync.storage);
    for (const junk of [null, 'synced', { status: 'exploded' }, { status: 42 }, []]) {
      act(() => sync.set(junk));
      expect(root).not.toHaveAttribute('data-sync');
      expect(screen.queryByText(/sync/i)).toBeNull();
    }
    act(() => sync.set({ status: 'error', reason: { not: 'text' } }));
    expect(
      screen.getByText('Syncing has paused. Your entries are still saved on this device.'),
    ).toBeVisible();
  });

  it('should render on the server without a sync line (the server knows nothing of the network)', () => {
    const { storage } = fakeSyncStorage({ state: { status: 'offline' } });
    const html = renderToString(<PatternLog storage={storage} />);
    expect(html).toContain('Pattern log');
    expect(html).not.toContain('data-sync');
  });

  it('should speak Spanish with the Spanish messages', async () => {
    const sync = fakeSyncStorage({ state: { status: 'offline' } });
    render(
      <AttuneProvider locale="es" messages={es}>
        <PatternLog storage={sync.storage} />
      </AttuneProvider>,
    );
    expect(await screen.findByText(/^Sin conexión\. Todo está guardado en este dispositivo/)).toBeVisible();
    act(() => sync.set({ status: 'error', reason: 'Sin red.' }));
    expect(screen.getByText(/^La sincronización está en pausa: Sin red\. Tus entradas/)).toBeVisible();
  });

  it('should say why syncing paused in the log’s language when the adapter names the kind of error', async () => {
    const sync = fakeSyncStorage({ state: { status: 'offline' } });
    const reason = 'The sync server did not accept this device.';
    const view = render(
      <AttuneProvider locale="es" messages={es}>
        <PatternLog storage={sync.storage} />
      </AttuneProvider>,
    );
    await screen.findByText(/^Sin conexión/);
    act(() => sync.set({ status: 'error', code: 'not-accepted', reason }));
    expect(
      screen.getByText(
        'La sincronización está en pausa: el servidor de sincronización no aceptó este dispositivo; volver a iniciar sesión puede ayudar. Tus entradas siguen guardadas en este dispositivo.',
      ),
    ).toBeVisible();
    expect(view.container).not.toHaveTextContent(reason);
    act(() => sync.set({ status: 'error', code: 'server', detail: 'Database quota exceeded.', reason }));
    expect(
      screen.getByText(
        /^La sincronización está en pausa: el servidor de sincronización respondió «Database quota exceeded»\./,
      ),
    ).toBeVisible();
    act(() => sync.set({ status: 'error', code: 'server', reason }));
    expect(
      screen.getByText(/^La sincronización está en pausa: el servidor de sincronización no dijo por qué\./),
    ).toBeVisible();
    // A kind this version does not know: the adapter's own words, rather than nothing.
    act(() => sync.set({ status: 'error', code: 'newer-kind', reason: 'Something new.' }));
    expect(screen.getByText(/^La sincronización está en pausa: Something new\./)).toBeVisible();
    view.unmount();

    render(<PatternLog storage={sync.storage} />);
    act(() => sync.set({ status: 'error', code: 'too-large', reason: 'x' }));
    expect(
      await screen.findByText(/^Syncing has paused: one entry is too large for the sync server\./),
    ).toBeVisible();
  });
});

describe('given a screen reader listening while the network comes and goes', () => {
  it('should not announce syncing flickers, nor a log that opens synced', async () => {
    const sync = fakeSyncStorage();
    await renderLog(sync.storage);
    vi.useFakeTimers();
    for (let round = 0; round < 5; round++) {
      act(() => sync.set({ status: 'syncing' }));
      advance(300);
      act(() => sync.set({ status: 'synced', at: new Date(round * 1000).toISOString() }));
      advance(300);
    }
    advance(5000);
    expect(announced()).not.toMatch(/sync|Offline/i);
  });

  it('should announce going offline once it lasts, once, and being back when synced again', async () => {
    const sync = fakeSyncStorage();
    await renderLog(sync.storage);
    vi.useFakeTimers();
    act(() => sync.set({ status: 'offline' }));
    advance(1000);
    expect(announced()).toBe('');
    advance(1500);
    expect(announced()).toMatch(/^Offline\./);
    // The same state reported again is not news.
    act(() => sync.set({ status: 'offline' }));
    advance(3000);
    expect(announced().match(/Offline/g)).toHaveLength(1);
    act(() => sync.set({ status: 'syncing' }));
    advance(3000);
    expect(announced()).not.toContain('Syncing');
    act(() => sync.set({ status: 'synced' }));
    advance(2500);
    expect(announced()).toContain('Saved on this device and synced.');
  });

  it('should not announce an offline blip shorter than the delay', async () => {
    const sync = fakeSyncStorage();
    await renderLog(sync.storage);
    vi.useFakeTimers();
    act(() => sync.set({ status: 'offline' }));
    advance(800);
    act(() => sync.set({ status: 'synced' }));
    advance(5000);
    expect(announced()).toBe('');
  });

  it('should announce each different error reason', async () => {
    const sync = fakeSyncStorage();
    await renderLog(sync.storage);
    vi.useFakeTimers();
    act(() => sync.set({ status: 'error', reason: 'The server is full' }));
    advance(2500);
    act(() => sync.set({ status: 'error', reason: 'The login expired' }));
    advance(2500);
    expect(announced()).toContain('The server is full');
    expect(announced()).toContain('The login expired');
  });
});

describe('given the headless hook on storage that syncs', () => {
  it('should return the sync state and follow it', async () => {
    const sync = fakeSyncStorage({ state: { status: 'syncing' } });
    const { result } = renderHook(() => usePatternLog({ storage: sync.storage }));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.sync).toEqual({ status: 'syncing' });
    act(() => sync.set({ status: 'synced', at: '2026-12-02T10:00:00.000Z' }));
    expect(result.current.sync).toEqual({ status: 'synced', at: '2026-12-02T10:00:00.000Z' });
    expect(result.current.retrySync).toBeUndefined();
  });

  it('should offer retrySync only when the adapter can retry', async () => {
    const sync = fakeSyncStorage({ canRetry: true });
    const { result } = renderHook(() => usePatternLog({ storage: sync.storage }));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    result.current.retrySync?.();
    expect(sync.retry).toHaveBeenCalledOnce();
  });

  it('should return undefined for storage that does not sync', async () => {
    const storage = createMemoryStorage();
    const { result } = renderHook(() => usePatternLog({ storage }));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.sync).toBeUndefined();
  });

  it('should not loop on an adapter that builds a new state object on every read', async () => {
    const sync = fakeSyncStorage();
    const getState = vi.fn(() => ({ status: 'offline' as const }));
    const storage = { ...sync.storage, sync: { ...sync.storage.sync!, getState } };
    const { result } = renderHook(() => usePatternLog({ storage }));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.sync).toEqual({ status: 'offline' });
    const first = result.current.sync;
    act(() => sync.set({ status: 'offline' }));
    expect(result.current.sync).toBe(first);
  });

  it('should stop listening when unmounted', async () => {
    const sync = fakeSyncStorage();
    const { result, unmount } = renderHook(() => usePatternLog({ storage: sync.storage }));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(sync.listeners.size).toBeGreaterThan(0);
    unmount();
    expect(sync.listeners.size).toBe(0);
  });
});
