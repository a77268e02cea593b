import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { MomentFlow, MomentFlowDialog, type Moment } from '../../src/moment-flow';
import { createMemoryStorage } from '../../src/pattern-log';
import { savedEntries } from './savedEntries';

// StrictMode runs every effect's cleanup and the effect again right after the first mount, as
// if the flow were unmounted and mounted at once. That is not the person leaving.

/** Lets queued microtasks (and what they set off) run. */
const settle = () => act(async () => {});

describe('given a MomentFlow in StrictMode', () => {
  it('should start at the choice for a known pattern and not end at mount', async () => {
    const onExit = vi.fn<(moment: Moment | null) => void>();
    const onComplete = vi.fn<(moment: Moment) => void>();
    const storage = createMemoryStorage();
    render(
      <StrictMode>
        <MomentFlow noticed="fawning" storage={storage} onExit={onExit} onComplete={onComplete} />
      </StrictMode>,
    );
    await settle();

    expect(screen.getByRole('region', { name: 'How would you like to meet it?' })).toHaveAttribute(
      'data-step',
      'choose',
    );
    expect(screen.getByRole('radio', { name: /As progress/ })).toBeVisible();
    expect(onExit).not.toHaveBeenCalled();
    expect(onComplete).not.toHaveBeenCalled();
    expect(await storage.load()).toBeNull();
  });

  it('should still keep what was entered, once, when it is really unmounted', async () => {
    const onExit = vi.fn<(moment: Moment | null) => void>();
    const storage = createMemoryStorage();
    const { unmount } = render(
      <StrictMode>
        <MomentFlow noticed="fawning" storage={storage} onExit={onExit} />
      </StrictMode>,
    );
    await settle();
    unmount();

    await waitFor(() => expect(onExit).toHaveBeenCalledTimes(1));
    expect(onExit).toHaveBeenCalledWith(expect.objectContaining({ pattern: 'fawning' }));
    await waitFor(async () =>
      expect(await savedEntries(storage)).toEqual([expect.objectContaining({ pattern: 'fawning' })]),
    );
  });

  it('should keep going through its steps as without StrictMode', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn<(moment: Moment | null) => void>();
    render(
      <StrictMode>
        <MomentFlow noticed="fawning" onExit={onExit} />
      </StrictMode>,
    );
    await user.click(screen.getByRole('radio', { name: /As a setback/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Breathe at your own pace' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(onExit).not.toHaveBeenCalled();
  });
});

describe('given a MomentFlowDialog in StrictMode', () => {
  it('should stay open on the first step instead of closing at once', async () => {
    const onExit = vi.fn<(moment: Moment | null) => void>();
    const onComplete = vi.fn<(moment: Moment) => void>();
    const onOpenChange = vi.fn<(open: boolean) => void>();
    render(
      <StrictMode>
        <MomentFlowDialog
          noticed="fawning"
          defaultOpen
          trigger={null}
          onExit={onExit}
          onComplete={onComplete}
          onOpenChange={onOpenChange}
        />
      </StrictMode>,
    );
    await settle();

    const dialog = screen.getByRole('dialog', { name: 'A moment of noticing' });
    expect(within(dialog).getByRole('heading', { name: 'How would you like to meet it?' })).toBeVisible();
    expect(onExit).not.toHaveBeenCalled();
    expect(onComplete).not.toHaveBeenCalled();
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('should save what was entered, once, when it is closed with Escape', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn<(moment: Moment | null) => void>();
    const storage = createMemoryStorage();
    render(
      <StrictMode>
        <MomentFlowDialog storage={storage} onExit={onExit} />
      </StrictMode>,
    );
    await user.click(screen.getByRole('button', { name: 'I noticed something' }));
    await user.click(screen.getByRole('radio', { name: 'Fawning' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('dialog', { name: 'A moment of noticing' })).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(onExit).toHaveBeenCalledTimes(1));
    expect(onExit).toHaveBeenCalledWith(expect.objectContaining({ pattern: 'fawning' }));
    await waitFor(async () =>
      expect(await savedEntries(storage)).toEqual([expect.objectContaining({ pattern: 'fawning' })]),
    );
  });
});
