import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parsePatternLog, PatternLog, type PatternLogEntry } from '../../src/pattern-log';
import { expectNoAxeViolations } from '../axe';
import { fakeSyncStorage } from './fakeSyncStorage';

const at = (day: number, hour = 9) => new Date(2026, 2, day, hour).toISOString();

function announced() {
  return document.querySelector('[data-attune-announcer]')?.textContent ?? '';
}

/** An entry edited on two devices at once: this one kept "in the car", the other "on the bus". */
const conflicted: PatternLogEntry = {
  id: 'a',
  at: at(20),
  pattern: 'bracing',
  intensity: 7,
  note: 'in the car',
  updatedAt: at(20, 11),
  history: [{ at: at(20), pattern: 'bracing', when: 'during', note: 'on the bus', updatedAt: at(20, 10) }],
};

async function renderLog(entries: PatternLogEntry[]) {
  const user = userEvent.setup();
  const sync = fakeSyncStorage({ entries });
  const view = render(<PatternLog storage={sync.storage} />);
  await screen.findByText('Up to date.');
  return { user, ...sync, ...view };
}

async function stored(storage: { load: () => Promise<string | null> }) {
  const parsed = parsePatternLog((await storage.load()) ?? '');
  if (!parsed.ok) throw new Error('stored log unreadable');
  return parsed.document.entries;
}

/**
 * Opens the kept versions as a person would, through the disclosure. (Its Enter and Space are
 * the browser's own; jsdom has only the click, so the story in Chromium presses the keys.)
 */
async function openHistory(
  user: ReturnType<typeof userEvent.setup>,
  summary: string | RegExp = /of this entry/,
) {
  // Kept versions load their code on demand, when a log first shows one.
  const toggle = await screen.findByText(summary, { selector: 'summary' });
  await user.click(toggle);
  const details = toggle.closest('details')!;
  expect(details).toHaveAttribute('open');
  return details;
}

describe('given an entry without kept versions', () => {
  it('should show no history', async () => {
    await renderLog([{ id: 'b', at: at(19), pattern: 'fawning' }]);
    expect(screen.queryByText(/version/)).toBeNull();
  });
});

describe('given an entry that kept the version another device wrote at the same time', () => {
  it('should say so quietly, closed until asked', async () => {
    const { container } = await renderLog([conflicted]);
    const details = (
      await screen.findByText('Another version of this entry is kept', { selector: 'summary' })
    ).parentElement!;
    expect(details.tagName).toBe('DETAILS');
    expect(details).not.toHaveAttribute('open');
    expect(screen.queryByText('on the bus')).not.toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('should show, once opened, what happened and the other version’s words', async () => {
    const { user, container } = await renderLog([conflicted]);
    const details = await openHistory(user);
    expect(details).toHaveAttribute('open');
    expect(within(details).getByText(/^Another device changed this at the same time\./)).toBeVisible();
    const version = within(details).getByRole('region', { name: /^Version from / });
    expect(within(version).getByText('on the bus')).toBeVisible();
    expect(within(version).getByText('While it was happening')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('should use the other version and keep the one it replaces, so nothing is lost', async () => {
    const { user, storage } = await renderLog([conflicted]);
    const details = await openHistory(user);
    await user.click(within(details).getByRole('button', { name: 'Use this version' }));
    expect(announced()).toContain('Now using that version. The one you had is kept here instead.');
    // The entry now reads as the other device wrote it: its note and when, without the strength it lacked.
    const entry = screen.getByRole('button', { name: /^Edit Shoulders tightening/ }).closest('li')!;
    const current = entry.querySelector('.attune-PatternLog-entryText')!;
    expect(within(current as HTMLElement).getByText('on the bus')).toBeVisible();
    expect(within(current as HTMLElement).queryByText(/Strength/)).toBeNull();
    expect(screen.getByText('Another version of this entry is kept', { selector: 'summary' })).toHaveFocus();
    await waitFor(async () => {
      const [saved] = await stored(storage);
      expect(saved).toMatchObject({ note: 'on the bus', when: 'during' });
      expect(saved!.intensity).toBeUndefined();
      expect(saved!.history).toEqual([
        { at: at(20), pattern: 'bracing', intensity: 7, note: 'in the car', updatedAt: at(20, 11) },
      ]);
    });
  });

  it('should let a version go on purpose, return focus to the entry, and allow undo', async () => {
    const { user, storage } = await renderLog([conflicted]);
    const details = await openHistory(user);
    await user.click(within(details).getByRole('button', { name: 'Let this version go' }));
    expect(announced()).toContain('That version was let go. Undo is available.');
    expect(screen.queryByText(/version of this entry/)).toBeNull();
    expect(screen.getByRole('button', { name: /^Edit Shoulders tightening/ })).toHaveFocus();
    expect(screen.getByText('in the car')).toBeVisible();
    await waitFor(async () => expect((await stored(storage))[0]!.history ?? []).toEqual([]));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByText('Another version of this entry is kept', { selector: 'summary' })).toBeVisible();
  });

  it('should keep every version when there are several, and use the one chosen', async () => {
    const second = { at: at(20), pattern: 'bracing', note: 'at my desk', updatedAt: at(20, 9) };
    const entry = { ...conflicted, history: [...conflicted.history!, second] };
    const { user, storage } = await renderLog([entry]);
    const details = await openHistory(user, '2 other versions of this entry are kept');
    const versions = within(details).getAllByRole('region', { name: /^Version from / });
    expect(versions).toHaveLength(2);
    await user.click(within(versions[1]!).getByRole('button', { name: 'Use this version' }));
    await waitFor(async () => {
      const [saved] = await stored(storage);
      expect(saved!.note).toBe('at my desk');
      expect(saved!.history!.map((version) => version.note)).toEqual(['in the car', 'on the bus']);
    });
  });
});

describe('given a history damaged in storage', () => {
  // The log reads history on load like the rest of an entry: a damaged one sets the entry aside,
  // word for word, instead of showing it broken (the widget's own skip is the property test's).
  it('should set the entry aside, kept as found, when its history holds what is not a version', async () => {
    const damaged = [null, 'words', { pattern: 5 }, conflicted.history![0]];
    await renderLog([{ ...conflicted, history: damaged as never }]);
    expect(screen.getByText(/^1 saved entry couldn’t be read/)).toBeVisible();
    expect(screen.queryByText('in the car')).toBeNull();
  });

  it('should set aside a history that is not a list', async () => {
    await renderLog([{ ...conflicted, history: { 0: conflicted.history![0] } as never }]);
    expect(screen.getByText(/^1 saved entry couldn’t be read/)).toBeVisible();
  });

  it('should show at most ten of the versions a history may hold', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      at: at(20),
      pattern: 'bracing',
      note: `copy ${i}`,
    }));
    const { user } = await renderLog([{ ...conflicted, history: many }]);
    const details = await openHistory(user, '10 other versions of this entry are kept');
    expect(within(details).getAllByRole('region', { name: /^Version from / })).toHaveLength(10);
  });
});
