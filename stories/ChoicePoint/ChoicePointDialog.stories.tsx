import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { useState } from 'react';
import { ChoicePointDialog, type ChoicePointDialogProps } from '../../src/choice-point';

const meta = {
  title: 'ChoicePoint/ChoicePointDialog',
  component: ChoicePointDialog,
  args: {
    noticed: 'fawning',
    trigger: (
      <button type="button" className="attune-Button">
        Pause and choose
      </button>
    ),
    onChoose: fn(),
    onOpenChange: fn(),
  },
  // The trigger needs the default look too; the story canvas is not a styled widget.
  decorators: [
    (Story) => (
      <div data-styled="true" style={{ border: 0, padding: 0, background: 'none' }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'ChoicePoint in a modal Radix Dialog: focus stays inside, Escape and the close button close it, and focus returns to the trigger.',
      },
    },
  },
} satisfies Meta<typeof ChoicePointDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed once any exit animation ends, focus back on the trigger, the page clickable again. */
async function expectClosedWithFocusOn(trigger: HTMLElement) {
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await expect(trigger).toHaveFocus();
  await expect(document.body.style.pointerEvents).toBe('');
}

/** Opened from its trigger by keyboard; the choice happens inside, and the dialog stays open. */
export const Dialog: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Pause and choose' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'A moment to choose' });
    await expect(within(dialog).getByRole('radio', { name: 'As a setback' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(within(dialog).getByRole('radio', { name: 'As progress' })).toBeChecked();
    await expect(args.onChoose).toHaveBeenCalledTimes(2);
    await expect(args.onOpenChange).toHaveBeenCalledWith(true);
  },
};

/** Escape closes it after its exit animation; focus returns and the page stays clickable. */
export const ClosingWithEscape: Story = {
  args: { title: 'Before you answer', hideTitle: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Pause and choose' });
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('dialog', { name: 'Before you answer' });
    await userEvent.keyboard('{Escape}');
    await expectClosedWithFocusOn(trigger);
  },
};

/** The close button closes it too, in the dark theme. */
export const ClosingWithTheButtonInDark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Pause and choose' });
    await userEvent.tab();
    await userEvent.keyboard(' ');
    const dialog = await screen.findByRole('dialog');
    await expect(dialog).toHaveAttribute('data-attune-theme', 'dark');
    await userEvent.tab();
    // The gentle exit comes first: ChoicePoint shows it even when the host passes no onExit.
    await expect(within(dialog).getByRole('button', { name: 'This isn’t helping' })).toHaveFocus();
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expectClosedWithFocusOn(trigger);
  },
};

/** Under reduced motion the dialog appears and leaves without animation. */
export const ReducedMotion: Story = {
  globals: { motion: 'always' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await expect(getComputedStyle(dialog).animationName).toBe('none');
    await userEvent.keyboard('{Escape}');
    await expect(screen.queryByRole('dialog')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Pause and choose' })).toHaveFocus();
  },
};

const cardTokens = `
.warm-card,
.warm-card [data-attune-theme] {
  --attune-surface: light-dark(#fff6e6, #2b2418);
  --attune-accent: light-dark(#7a4a12, #f0c27a);
}
`;

/** A product card with its own tokens; the dialog renders inside it, so they reach it too. */
function WarmCard(props: ChoicePointDialogProps) {
  const [card, setCard] = useState<HTMLElement | null>(null);
  return (
    <div className="warm-card" ref={setCard}>
      <style>{cardTokens}</style>
      <ChoicePointDialog {...props} container={card} />
    </div>
  );
}

/**
 * Tokens set on a wrapper (for one screen or one card) reach the dialog when it renders in
 * that wrapper: `container` on the dialog, or `dialogContainer` on AttuneProvider for all.
 */
export const TokensFromAWrapper: Story = {
  render: (args) => <WarmCard {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Pause and choose' }));
    const dialog = await screen.findByRole('dialog', { name: 'A moment to choose' });
    await expect(canvasElement.querySelector('.warm-card')).toContainElement(dialog);
    // The card's surface colour, not the default white.
    await expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(255, 246, 230)');
  },
};
