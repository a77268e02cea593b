import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Activity, StrictMode, useRef } from 'react';
import {
  MomentFlow,
  MomentFlowDialog,
  useMomentFlow,
  type Moment,
  type MomentFlowResult,
} from '../../src/moment-flow';
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

describe('given an open MomentFlowDialog inside an Activity', () => {
  it('should be out of the way while hidden, and open at the same step when shown, without closing', async () => {
    const onExit = vi.fn<(moment: Moment | null) => void>();
    const onOpenChange = vi.fn<(open: boolean) => void>();
    const dialog = (shown: boolean) => (
      <Activity mode={shown ? 'visible' : 'hidden'}>
        <MomentFlowDialog noticed="fawning" defaultOpen onExit={onExit} onOpenChange={onOpenChange} />
      </Activity>
    );
    const { rerender } = render(dialog(true));
    await settle();
    rerender(dialog(false));
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();

    rerender(dialog(true));
    await settle();
    const open = screen.getByRole('dialog', { name: 'A moment of noticing' });
    expect(within(open).getByRole('heading', { name: 'How would you like to meet it?' })).toBeVisible();
    expect(onExit).not.toHaveBeenCalled();
    expect(onOpenChange).not.toHaveBeenCalled();
  });
});

describe('given a MomentFlow inside an Activity, in StrictMode', () => {
  it('should still wait while hidden and go on when shown', async () => {
    const storage = createMemoryStorage();
    const onExit = vi.fn<(moment: Moment | null) => void>();
    const flow = (shown: boolean) => (
      <StrictMode>
        <Host shown={shown} storage={storage} onExit={onExit} />
      </StrictMode>
    );
    const { rerender } = render(flow(true));
    await settle();
    rerender(flow(false));
    await settle();
    rerender(flow(true));
    await settle();

    expect(screen.getByRole('radio', { name: /As progress/ })).toBeVisible();
    expect(onExit).not.toHaveBeenCalled();
    expect(await storage.load()).toBeNull();
  });
});

describe('given the headless useMomentFlow inside an Activity', () => {
  function Headless({ withRoot, onEnd }: { withRoot: boolean; onEnd: (result: MomentFlowResult) => void }) {
    const root = useRef<HTMLDivElement>(null);
    const flow = useMomentFlow({
      noticed: { pattern: 'fawning' },
      onEnd,
      rootRef: withRoot ? root : undefined,
    });
    return (
      <div ref={root} role="region" aria-label="My flow" data-step={flow.step}>
        {flow.state.ended ?? 'going'}
      </div>
    );
  }
  const headless = (shown: boolean, withRoot: boolean, onEnd: (result: MomentFlowResult) => void) => (
    <Activity mode={shown ? 'visible' : 'hidden'}>
      <Headless withRoot={withRoot} onEnd={onEnd} />
    </Activity>
  );

  it.each([
    ['with rootRef, should not end while hidden', true, 0],
    ['without rootRef, should take hiding for leaving, as documented', false, 1],
  ])('%s', async (_, withRoot, ends) => {
    const onEnd = vi.fn<(result: MomentFlowResult) => void>();
    const { rerender } = render(headless(true, withRoot, onEnd));
    rerender(headless(false, withRoot, onEnd));
    await settle();
    rerender(headless(true, withRoot, onEnd));
    await settle();
    expect(onEnd).toHaveBeenCalledTimes(ends);
    expect(screen.getByRole('region', { name: 'My flow' })).toHaveTextContent(ends ? 'exited' : 'going');
  });
});
