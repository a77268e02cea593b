import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Activity } from 'react';
import { MomentFlow, type Moment } from '../../src/moment-flow';
import { createMemoryStorage, type PatternLogStorage } from '../../src/pattern-log';
import { announcements } from '../liveRegion';
import { savedEntries } from './savedEntries';

// `<Activity mode="hidden">` (a tab put away, a screen under another) runs every effect's
// cleanup as an unmount would, keeps the state, and runs the effects again when shown. Hidden
// is not leaving: the flow must wait where it was.

/** Lets queued microtasks, and what they set off, run. */
const settle = () => act(async () => {});

function Host({
  shown,
  storage,
  onExit,
  onComplete,
}: {
  shown: boolean;
  storage: PatternLogStorage;
  onExit?: (moment: Moment | null) => void;
  onComplete?: (moment: Moment) => void;
}) {
  return (
    <Activity mode={shown ? 'visible' : 'hidden'}>
      <MomentFlow noticed="fawning" storage={storage} onExit={onExit} onComplete={onComplete} />
    </Activity>
  );
}

/** A flow at the breathing step, after choosing "As a setback" for a noticed pattern. */
async function midFlow() {
  const user = userEvent.setup();
  const storage = createMemoryStorage();
  const onExit = vi.fn<(moment: Moment | null) => void>();
  const onComplete = vi.fn<(moment: Moment) => void>();
  const view = render(<Host shown storage={storage} onExit={onExit} onComplete={onComplete} />);
  await user.click(screen.getByRole('radio', { name: /As a setback/ }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(screen.getByRole('heading', { name: 'Breathe at your own pace' })).toBeVisible();
  const show = async (shown: boolean) => {
    view.rerender(<Host shown={shown} storage={storage} onExit={onExit} onComplete={onComplete} />);
    await settle();
  };
  return { user, storage, onExit, onComplete, show, unmount: view.unmount };
}

describe('given a MomentFlow mid-flow inside an Activity', () => {
  it('should go on from the same step when shown again, and save once when finished', async () => {
    const { user, storage, onExit, onComplete, show } = await midFlow();
    await show(false);
    await show(true);

    expect(screen.getByRole('heading', { name: 'Breathe at your own pace' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Start' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /Go back to/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Skip this step' }));

    expect(screen.getByRole('region', { name: 'You noticed. That matters.' })).toHaveAttribute(
      'data-step',
      'done',
    );
    const end = screen.getByRole('region', { name: 'You noticed. That matters.' });
    expect(await within(end).findByText('Saved to your log.')).toBeVisible();
    const said = announcements();
    expect(said.filter((line) => line === 'Saved to your log.')).toHaveLength(1);
    expect(onExit).not.toHaveBeenCalled();
    expect(onComplete).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ pattern: 'fawning', path: 'shame' }),
    );
    await waitFor(async () =>
      expect(await savedEntries(storage)).toEqual([
        expect.objectContaining({ pattern: 'fawning', path: 'shame' }),
      ]),
    );
  });

  // React runs no cleanup when a hidden tree is removed: the flow sees its element go.
  it.each([
    ['while hidden', false],
    ['after being hidden and shown again', true],
  ])(
    'should not end, save or report an exit while hidden, and leave once when unmounted %s',
    async (_, showAgain) => {
      const { storage, onExit, onComplete, show, unmount } = await midFlow();
      await show(false);
      await settle();
      expect(
        screen.getByRole('heading', { name: 'Breathe at your own pace', hidden: true }),
      ).not.toBeVisible();
      expect(onExit).not.toHaveBeenCalled();
      expect(onComplete).not.toHaveBeenCalled();
      expect(await storage.load()).toBeNull();
      if (showAgain) await show(true);
      unmount();

      await waitFor(() => expect(onExit).toHaveBeenCalledTimes(1));
      expect(onExit).toHaveBeenCalledWith(expect.objectContaining({ pattern: 'fawning', path: 'shame' }));
      await waitFor(async () =>
        expect(await savedEntries(storage)).toEqual([
          expect.objectContaining({ pattern: 'fawning', path: 'shame' }),
        ]),
      );
      expect(onComplete).not.toHaveBeenCalled();
    },
  );

  it('should keep an answer not yet sent on the first step, and report nothing, while hidden', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const onExit = vi.fn<(moment: Moment | null) => void>();
    const flow = (shown: boolean) => (
      <Activity mode={shown ? 'visible' : 'hidden'}>
        <MomentFlow storage={storage} onExit={onExit} />
      </Activity>
    );
    const { rerender } = render(flow(true));
    await user.click(screen.getByRole('radio', { name: 'Fawning' }));
    rerender(flow(false));
    await settle();
    rerender(flow(true));
    await settle();

    expect(screen.getByRole('radio', { name: 'Fawning' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeVisible();
    expect(onExit).not.toHaveBeenCalled();
    expect(await storage.load()).toBeNull();
  });
});
