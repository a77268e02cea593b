import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AttuneProvider, es } from '../../src';
import { Grounding } from '../../src/grounding';
import { animatedProperties } from '../animatedProperties';
import '../Recipes/productThemes.css';

const meta = {
  title: 'Grounding/Grounding',
  component: Grounding,
  args: {
    onStepChange: fn(),
    onComplete: fn(),
    onExit: fn(),
  },
  parameters: {
    docs: {
      description: {
        component:
          'A grounding exercise at the person’s pace: 5-4-3-2-1 through the senses, or orienting to the place and the day. Every step can be skipped and writing is optional. Each new step’s heading takes focus and its position is announced politely. Nothing typed is kept by the widget.',
      },
    },
  },
} satisfies Meta<typeof Grounding>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 5-4-3-2-1 by keyboard: a word typed, Enter to the next field, then Next; focus lands on the new heading. */
export const Senses: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: 'Thing 1' })).toHaveFocus();
    await userEvent.keyboard('a blue cup{Enter}');
    await expect(canvas.getByRole('textbox', { name: 'Thing 2' })).toHaveFocus();
    canvas.getByRole('button', { name: 'Next' }).focus();
    await userEvent.keyboard('{Enter}');
    const heading = canvas.getByRole('heading', { name: 'Four things you can hear' });
    await expect(heading).toHaveFocus();
    await expect(canvas.getByText('2 of 5')).toBeVisible();
    // The step arrives with a small movement (a fade under reduced motion: see ReducedMotion).
    await expect(animatedProperties(heading.parentElement!)).toEqual(['transform']);
    await expect(args.onStepChange).toHaveBeenCalledWith(
      1,
      expect.objectContaining({
        steps: expect.arrayContaining([{ id: 'see', state: 'noticed', answers: ['a blue cup'] }]),
      }),
    );
  },
};

/** Orienting, for feeling far away: the place, the date, the time of day, something to hold. Skipped to the end. */
export const Orienting: Story = {
  args: { variant: 'orienting' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Where you are' })).toBeVisible();
    for (let i = 0; i < 4; i++) {
      canvas.getByRole('button', { name: 'Skip this one' }).focus();
      await userEvent.keyboard(' ');
    }
    await expect(canvas.getByRole('heading', { name: 'You’re here, right now.' })).toHaveFocus();
    await expect(args.onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ variant: 'orienting', completed: true }),
    );
  },
};

/** A sense the host knows the person cannot use is left out with `omit`. */
export const WithoutSmell: Story = {
  args: { omit: ['smell'], defaultStep: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'One thing you can taste' })).toBeVisible();
    await expect(canvas.getByText('4 of 4')).toBeVisible();
  },
};

/** The gentle exit tells the host, with what was written so far; the host decides what next. */
export const GentleExit: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Thing 1' }), 'the door');
    canvas.getByRole('button', { name: 'This isn’t helping' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onExit).toHaveBeenCalledWith(
      expect.objectContaining({
        completed: false,
        steps: expect.arrayContaining([{ id: 'see', state: 'not-reached', answers: ['the door'] }]),
      }),
    );
  },
};

/** The Spanish strings, from the provider. */
export const Spanish: Story = {
  render: (args) => (
    <AttuneProvider messages={es} locale="es">
      <Grounding {...args} />
    </AttuneProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Cinco cosas que puedes ver' })).toBeVisible();
    canvas.getByRole('button', { name: 'Siguiente' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('heading', { name: 'Cuatro cosas que puedes oír' })).toHaveFocus();
    await expect(canvas.getByText('2 de 5')).toBeVisible();
  },
};

/** Reduced motion: a new step fades in without moving; the pace is still the person’s. */
export const ReducedMotion: Story = {
  globals: { motion: 'always' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region')).toHaveAttribute('data-motion', 'reduce');
    canvas.getByRole('button', { name: 'Next' }).focus();
    await userEvent.keyboard('{Enter}');
    const heading = canvas.getByRole('heading', { name: 'Four things you can hear' });
    await expect(heading).toHaveFocus();
    await expect(animatedProperties(heading.parentElement!)).toEqual(['opacity']);
  },
};

/** Dark theme, part-way through with words typed. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { defaultStep: 2 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Thing 1' }), 'cool tiles');
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'Thing 1' })).toHaveValue('cool tiles'));
  },
};

/** On a 320 px wide screen (WCAG 1.4.10 reflow) everything fits without sideways scrolling. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ inlineSize: '320px' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region');
    await expect(region.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth);
    for (const button of canvas.getAllByRole('button')) {
      await expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(
        region.getBoundingClientRect().right,
      );
    }
  },
};

/** Inside a product theme made only of tokens: the theme’s accent reaches the buttons. */
export const InAProductTheme: Story = {
  decorators: [
    (Story) => (
      <div className="theme-warm-journal" style={{ padding: '1rem' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const next = canvas.getByRole('button', { name: 'Next' });
    await expect(getComputedStyle(next).backgroundColor).toBe('rgb(156, 74, 44)');
  },
};
