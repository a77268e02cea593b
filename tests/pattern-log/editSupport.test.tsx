import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { AttuneProvider, type SupportResource } from '../../src';
import { createMemoryStorage, PatternLog, serializePatternLog } from '../../src/pattern-log';
import { expectNoAxeViolations } from '../axe';
import { listen } from '../liveRegion';

// Editing a past entry up to 9–10 brings the same gentle offer as logging a new one at 9–10.

const support: SupportResource[] = [{ label: 'A line you can call tonight', href: 'tel:+10000000000' }];
const offerName = 'Support, if you want it';
const offer = () => screen.queryByRole('region', { name: offerName });
const editButton = (pattern = 'People-pleasing') =>
  screen.getByRole('button', { name: new RegExp(`^Edit ${pattern}`) });
const said = (lines: string[]) => lines.filter((line) => line.startsWith(offerName)).length;

function storageWith(entries: Array<{ id: string; pattern: string; intensity?: number }>) {
  const at = new Date(2026, 2, 3, 9).toISOString();
  return createMemoryStorage(
    serializePatternLog({ version: 2, removed: {}, entries: entries.map((entry) => ({ ...entry, at })) }),
  );
}

async function renderLog(intensity: number | undefined, resources: SupportResource[] | undefined = support) {
  const user = userEvent.setup();
  const view = render(
    <AttuneProvider support={resources}>
      <PatternLog
        storage={storageWith([{ id: 'a', pattern: 'people-pleasing', intensity }])}
        patterns={['people-pleasing', 'fawning']}
      />
    </AttuneProvider>,
  );
  await screen.findByText('Up to date.');
  return { user, ...view };
}

/** Opens the entry, sets its intensity (empty for none) and, if given, its note, and saves. */
async function edit(
  user: ReturnType<typeof userEvent.setup>,
  intensity: number | undefined,
  options: { note?: string; pattern?: string } = {},
) {
  await user.click(editButton(options.pattern));
  const item = screen.getByRole('button', { name: 'Save changes' }).closest('li')!;
  const strength = within(item).getByRole('spinbutton', { name: /How strong/ });
  await user.clear(strength);
  if (intensity !== undefined) await user.type(strength, String(intensity));
  if (options.note !== undefined)
    await user.type(within(item).getByRole('textbox', { name: 'Note (optional)' }), options.note);
  await user.click(within(item).getByRole('button', { name: 'Save changes' }));
}

describe('given a past entry edited in the log', () => {
  it.each([
    ['no intensity', 9, true, undefined],
    ['8', 9, true, 8],
    ['4', 10, true, 4],
    ['4', 8, false, 4],
    ['9', 10, false, 9],
    ['10', 10, false, 10],
    ['10', 3, false, 10],
    ['10', 'none', false, 10],
  ])('from %s to %s should offer support: %s', async (_, to, offered, before) => {
    const after = typeof to === 'number' ? to : undefined;
    const { user } = await renderLog(before);
    const stop = listen();
    await edit(user, after, { note: 'later' });
    expect(await screen.findByText('later')).toBeInTheDocument();
    expect(offer() !== null).toBe(offered);
    expect(said(stop())).toBe(offered ? 1 : 0);
  });

  it('should show the offer under that entry, announced, leaving focus on its Edit button', async () => {
    const { user, container } = await renderLog(5);
    await edit(user, 10);
    const shown = offer()!;
    expect(within(shown).getByRole('link', { name: 'A line you can call tonight' })).toBeVisible();
    expect(within(shown).getByRole('heading', { level: 5 })).toBeVisible();
    expect(shown.closest('li')).toBe(editButton().closest('li'));
    expect(editButton()).toHaveFocus();
    await expectNoAxeViolations(container);
  });

  it('should offer it once: kept through Edit and Cancel, cleared by the next edit that keeps it high', async () => {
    const { user } = await renderLog(2);
    const stop = listen();
    await edit(user, 9);
    await user.click(editButton());
    expect(offer()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(offer()).not.toBeNull();
    await edit(user, 10);
    expect(offer()).toBeNull();
    expect(said(stop())).toBe(1);
  });

  it('should let the offer go when the filter hides its entry, so showing it again says nothing', async () => {
    const user = userEvent.setup();
    const entries = [
      { id: 'a', pattern: 'people-pleasing', intensity: 2 },
      { id: 'b', pattern: 'fawning' },
    ];
    render(
      <AttuneProvider support={support}>
        <PatternLog storage={storageWith(entries)} patterns={['people-pleasing', 'fawning']} />
      </AttuneProvider>,
    );
    await screen.findByText('Up to date.');
    const stop = listen();
    await edit(user, 9);
    expect(offer()).not.toBeNull();
    const show = screen.getByRole('combobox', { name: 'Show' });
    await user.selectOptions(show, 'fawning');
    await user.selectOptions(show, '');
    expect(editButton()).toBeVisible();
    expect(offer()).toBeNull();
    expect(said(stop())).toBe(1);
  });

  it('should let the offer go with its entry, so an Undo brings the entry back without it', async () => {
    const { user } = await renderLog(2);
    const stop = listen();
    await edit(user, 9);
    await user.click(screen.getByRole('button', { name: /^Delete People-pleasing/ }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: /^Edit People-pleasing/ })).toBeVisible();
    expect(offer()).toBeNull();
    expect(said(stop())).toBe(1);
  });

  it('should offer it again when an entry lowered since is raised again', async () => {
    const { user } = await renderLog(10);
    const stop = listen();
    await edit(user, 4);
    expect(offer()).toBeNull();
    await edit(user, 9);
    expect(offer()).not.toBeNull();
    expect(said(stop())).toBe(1);
  });

  it('should offer nothing when the host gave no support resources', async () => {
    const { user } = await renderLog(3, []);
    await edit(user, 10, { note: 'hard day' });
    expect(await screen.findByText('hard day')).toBeInTheDocument();
    expect(offer()).toBeNull();
  });

  it('should leave the offer of a new entry alone, and the one of an edit to the next edit', async () => {
    const { user } = await renderLog(3);
    const quickAdd = screen.getByRole('region', { name: 'Log a moment' });
    await user.selectOptions(
      within(quickAdd).getByRole('combobox', { name: 'What did you notice?' }),
      'fawning',
    );
    await user.type(within(quickAdd).getByRole('spinbutton', { name: /How strong/ }), '10');
    await user.click(within(quickAdd).getByRole('button', { name: 'Log it' }));
    expect(within(quickAdd).getByRole('region', { name: offerName })).toBeVisible();
    await edit(user, 9);
    expect(screen.getAllByRole('region', { name: offerName })).toHaveLength(2);
    await edit(user, 2, { pattern: 'Fawning' });
    expect(screen.getAllByRole('region', { name: offerName })).toHaveLength(1);
    expect(within(quickAdd).getByRole('region', { name: offerName })).toBeVisible();
  });

  it('should offer it after an edit exactly when that edit raised the entry from below 9 to 9–10', async () => {
    const level = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(level, fc.array(level, { minLength: 1, maxLength: 4 }), async (first, edits) => {
        const { user, unmount } = await renderLog(first);
        const stop = listen();
        let before = first;
        let raises = 0;
        for (const after of edits) {
          await edit(user, after);
          const raised = (before === undefined || before < 9) && after !== undefined && after >= 9;
          if (raised) raises += 1;
          expect(offer() !== null).toBe(raised);
          before = after;
        }
        expect(said(stop())).toBe(raises);
        unmount();
      }),
      { numRuns: 10 },
    );
  }, 30_000);
});
