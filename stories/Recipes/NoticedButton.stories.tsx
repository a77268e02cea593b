import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import {
  createMemoryStorage,
  MomentFlowDialog,
  PatternLog,
  PatternLogList,
  type MomentFlowDialogProps,
} from '../../src';

type RecipeProps = Pick<MomentFlowDialogProps, 'trigger' | 'onComplete' | 'onExit'>;

/**
 * The button that opens a whole moment, saving to the same storage the log below reads.
 * A memory storage keeps the story self-contained; an app passes its IndexedDB storage.
 */
function NoticedButton({ trigger, onComplete, onExit }: RecipeProps) {
  const [storage] = useState(() => createMemoryStorage());
  return (
    <>
      {/* The default trigger uses the shared button look, which applies under [data-styled]. */}
      <div data-styled="true" style={{ border: 0, padding: 0, background: 'none', marginBottom: '1rem' }}>
        <MomentFlowDialog storage={storage} trigger={trigger} onComplete={onComplete} onExit={onExit} />
      </div>
      <PatternLog storage={storage}>
        <PatternLogList />
      </PatternLog>
    </>
  );
}

const meta = {
  title: 'Recipes/I noticed something button',
  component: NoticedButton,
  args: { onComplete: fn(), onExit: fn() },
  argTypes: { trigger: { control: false } },
} satisfies Meta<typeof NoticedButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The log under the button shows the saved moment as an entry. */
async function expectLogged(canvasElement: HTMLElement, pattern: string) {
  await waitFor(() =>
    expect(
      within(canvasElement)
        .getAllByRole('listitem')
        .filter((item) => item.textContent?.includes(pattern)),
    ).toHaveLength(1),
  );
}

/** Picks a pattern on the first step by keyboard and moves on. */
async function noticeKeepingQuiet(dialog: HTMLElement) {
  const first = within(dialog).getByRole('radio', { name: 'People-pleasing' });
  await waitFor(() => expect(first).toHaveFocus());
  // Arrow keys move through the radio group and check as they go.
  await userEvent.keyboard('{ArrowDown>5/}');
  await expect(within(dialog).getByRole('radio', { name: 'Keeping quiet to keep the peace' })).toBeChecked();
  within(dialog).getByRole('button', { name: 'Continue' }).focus();
  await userEvent.keyboard('{Enter}');
  await expect(within(dialog).getByRole('heading', { name: 'How would you like to meet it?' })).toHaveFocus();
}

/** The whole moment by keyboard: noticed, met with compassion, the rest skipped, saved to the log. */
export const AWholeMoment: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'I noticed something' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'A moment of noticing' });
    await noticeKeepingQuiet(dialog);

    within(dialog).getByRole('radio', { name: 'As progress' }).focus();
    await userEvent.keyboard(' ');
    await expect(within(dialog).getByRole('radio', { name: 'As progress' })).toBeChecked();
    within(dialog).getByRole('button', { name: 'Continue' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(within(dialog).getByRole('heading', { name: 'A kinder voice' })).toHaveFocus();
    for (const next of ['Breathe at your own pace', 'You noticed. That matters.']) {
      within(dialog).getByRole('button', { name: 'Skip this step' }).focus();
      await userEvent.keyboard('{Enter}');
      await expect(within(dialog).getByRole('heading', { name: next })).toHaveFocus();
    }
    await waitFor(() => expect(within(dialog).getByText('Saved to your log.')).toBeVisible());
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(args.onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ pattern: 'keeping-quiet', path: 'compassion' }),
    );

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('button', { name: 'I noticed something' })).toHaveFocus();
    await expectLogged(canvasElement, 'Keeping quiet to keep the peace');
  },
};

/**
 * Your own trigger, and leaving early: "This isn’t helping" closes the dialog, and what was
 * entered is still saved and handed to `onExit`.
 */
export const YourOwnTriggerAndLeavingEarly: Story = {
  args: {
    trigger: (
      <button type="button" className="attune-Button" data-variant="quiet">
        Pause for a moment
      </button>
    ),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Pause for a moment' });
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'A moment of noticing' });
    await noticeKeepingQuiet(dialog);

    within(dialog).getByRole('button', { name: 'This isn’t helping' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
    await expect(args.onExit).toHaveBeenCalledWith(expect.objectContaining({ pattern: 'keeping-quiet' }));
    await expect(args.onComplete).not.toHaveBeenCalled();
    await expectLogged(canvasElement, 'Keeping quiet to keep the peace');
  },
};
