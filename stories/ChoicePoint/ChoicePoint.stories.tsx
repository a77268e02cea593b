import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AttuneProvider } from '../../src';
import { ChoicePoint, type ChoicePath } from '../../src/choice-point';
import { Grounding } from '../../src/grounding';

const meta = {
  title: 'ChoicePoint/ChoicePoint',
  component: ChoicePoint,
  args: { noticed: 'people-pleasing', onChoose: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The moment of choosing how to meet a pattern someone just caught themselves in. What they noticed stays on screen; the paths are a radio group (Tab to reach it, arrow keys to move, Space or Enter to choose); the reflection that follows always affirms the noticing first.',
      },
    },
  },
} satisfies Meta<typeof ChoicePoint>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The two default lenses. Choosing shame brings a kind way back to compassion. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: 'As a setback' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('radio', { name: 'As a setback' })).toBeChecked();
    // The reflection fades in; wait for it rather than asserting on its first frame.
    await waitFor(() => expect(canvas.getByText(/^You noticed it\./)).toBeVisible());
    await userEvent.tab();
    const wayBack = canvas.getByRole('button', { name: 'Try “As progress” instead' });
    await expect(wayBack).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('radio', { name: 'As progress' })).toBeChecked();
    await expect(canvas.getByRole('radio', { name: 'As progress' })).toHaveFocus();
    await expect(args.onChoose).toHaveBeenNthCalledWith(1, expect.objectContaining({ path: 'shame' }));
    await expect(args.onChoose).toHaveBeenNthCalledWith(2, expect.objectContaining({ path: 'compassion' }));
  },
};

/** `next` offers Grounding after compassion: orienting here, its first step waiting below the reflection. */
export const NextGrounding: Story = {
  args: {
    noticed: 'hypervigilance',
    next: <Grounding variant="orienting" headingLevel={3} />,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown} ');
    await expect(canvas.getByRole('radio', { name: 'As progress' })).toHaveFocus();
    const grounding = await canvas.findByRole('region', { name: 'Find where you are' });
    await waitFor(() =>
      expect(within(grounding).getByRole('heading', { name: 'Where you are' })).toBeVisible(),
    );
    within(grounding).getByRole('button', { name: 'Skip this one' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(within(grounding).getByRole('heading', { name: 'Today’s date' })).toHaveFocus();
  },
};

/** Where in the body it is felt stays visible next to what was noticed. */
export const WithBodySensation: Story = {
  args: { noticed: 'bracing', body: ['shoulders', 'jaw'] },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Shoulders and Jaw')).toBeVisible();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown} ');
    await expect(canvas.getByRole('radio', { name: 'As progress' })).toBeChecked();
    await expect(canvas.getByText('Shoulders and Jaw')).toBeVisible();
    await expect(args.onChoose).toHaveBeenCalledWith(
      expect.objectContaining({ path: 'compassion', noticed: 'bracing', body: ['shoulders', 'jaw'] }),
    );
  },
};

const actPaths: ChoicePath[] = [
  {
    id: 'towards',
    label: 'A towards move',
    description: 'Something that brings you closer to the person you want to be.',
    reflection: 'That is a step towards what matters to you, taken while it was hard.',
  },
  {
    id: 'away',
    label: 'An away move',
    description: 'Something that takes you away from it, for now.',
    reflection: 'Away moves make sense: they have protected you before. You can still turn towards.',
  },
];

/** ACT's choice point: custom paths, with a way back from "away" to "towards". */
export const CustomActPaths: Story = {
  args: {
    noticed: 'Agreed to extra work when I was already exhausted',
    paths: actPaths,
    wayBack: { away: 'towards' },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{End} ');
    await expect(canvas.getByRole('radio', { name: 'An away move' })).toBeChecked();
    await waitFor(() => expect(canvas.getByText(/^Away moves make sense/)).toBeVisible());
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('radio', { name: 'A towards move' })).toBeChecked();
    await expect(args.onChoose).toHaveBeenLastCalledWith(expect.objectContaining({ path: 'towards' }));
  },
};

function ControlledChoicePoint() {
  const [value, setValue] = useState<string | null>('shame');
  return (
    <div style={{ display: 'grid', gap: '1rem', justifyItems: 'start' }}>
      <ChoicePoint noticed="keeping-quiet" value={value} onChoose={(choice) => setValue(choice.path)} />
      <p>Host state: {value ?? 'none'}</p>
      <button type="button" className="attune-Button" onClick={() => setValue(null)}>
        Start over
      </button>
    </div>
  );
}

/** The host owns the value: here it starts on shame and can start over. */
export const Controlled: Story = {
  render: () => <ControlledChoicePoint />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: 'As a setback' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight} ');
    await expect(canvas.getByText('Host state: compassion')).toBeVisible();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'This isn’t helping' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Start over' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('Host state: none')).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'As progress' })).not.toBeChecked();
  },
};

/** Asks how strong it feels before choosing and after the reflection (0–10). */
export const Intensity: Story = {
  args: { noticed: 'hypervigilance', askIntensity: true, onIntensityAfterChange: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard(
      '{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}',
    );
    const before = canvas.getByRole('group', { name: 'How strong is it right now?' });
    await expect(within(before).getByRole('radio', { name: '7' })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown} ');
    await expect(args.onChoose).toHaveBeenCalledWith(
      expect.objectContaining({ path: 'compassion', intensity: 7 }),
    );
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    await expect(args.onIntensityAfterChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ path: 'compassion', intensity: 7, intensityAfter: 4 }),
    );
  },
};

/** With reduced motion (here from the provider) the reflection appears without movement. */
export const ReducedMotion: Story = {
  globals: { motion: 'always' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown} ');
    const affirmation = canvas.getByText(/^You noticed it\./);
    await expect(getComputedStyle(affirmation.parentElement!).animationName).toBe('none');
  },
};

/** The dark theme, from the provider. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { noticed: 'cannot-rest', body: 'chest', onExit: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: 'Try “As progress” instead' })).toBeVisible(),
    );
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'This isn’t helping' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onExit).toHaveBeenCalledTimes(1);
  },
};

/**
 * Under a right-to-left provider (`locale="ar"` or `dir="rtl"`), everything mirrors: the
 * layout uses logical properties only, so the paths, the scale and the reflection start on
 * the right. (English words here: the library ships no Arabic or Hebrew table yet.)
 */
export const RightToLeft: Story = {
  decorators: [
    (Story) => (
      <AttuneProvider dir="rtl">
        <Story />
      </AttuneProvider>
    ),
  ],
  args: { askIntensity: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = canvas.getByRole('radio', { name: 'As a setback' });
    await expect(getComputedStyle(first).direction).toBe('rtl');
    // Mirrored: the first path's text starts at its right edge.
    const path = first.getBoundingClientRect();
    const words = within(first).getByText('As a setback').getBoundingClientRect();
    await expect(path.right - words.right).toBeLessThan(words.left - path.left);
    await userEvent.click(first);
    await waitFor(() => expect(canvas.getByText(/^You noticed it\./)).toBeVisible());
  },
};
