import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AttuneProvider, es, type SupportResource } from '../../src';
import { useAttune } from '../../src/provider/context';
import { BreathPacer } from '../../src/breath-pacer';
import { ChoicePoint } from '../../src/choice-point';
import { MomentFlow } from '../../src/moment-flow';
import { ObserverScript, type Script } from '../../src/observer-script';
import { PatternLog, createMemoryStorage, serializePatternLog } from '../../src/pattern-log';

// Stand-ins: an app puts its own resources here, chosen for the person's region.
const support: SupportResource[] = [
  {
    label: 'Your region’s support line',
    description: 'The app chooses a service for where the person lives.',
    href: 'https://example.org/support-line',
  },
  { label: 'Talk to our care team', description: 'Opens the app’s own support screen.', onOpen: fn() },
];

/** The story's own provider, in the theme the toolbar (and the dark-theme check) sets. */
function withSupport(resources: SupportResource[] | undefined, spanish = false): Decorator {
  return function WithSupport(Story) {
    const { theme } = useAttune();
    return (
      <AttuneProvider theme={theme} support={resources} {...(spanish && { locale: 'es', messages: es })}>
        <Story />
      </AttuneProvider>
    );
  };
}

const meta = {
  title: 'Care/Support when it’s hard',
  parameters: {
    docs: {
      description: {
        component:
          'Every widget keeps "This isn’t helping" in reach. Without `onExit` it pauses what runs and offers the support resources your app gives `AttuneProvider`, with a way back. An intensity of 9 or 10 brings the same offer, gently, next to the answer. Without `support`, nothing is offered but the pause.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The breathing pauses and steps aside for the offer; "Go back to the breathing" returns to it. */
export const ExitWithSupport: Story = {
  decorators: [withSupport(support)],
  render: () => <BreathPacer />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
    await userEvent.click(canvas.getByRole('button', { name: 'This isn’t helping' }));
    await expect(canvas.getByRole('heading', { name: 'Pausing here' })).toHaveFocus();
    await expect(canvas.getByRole('link', { name: 'Your region’s support line' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Talk to our care team' })).toBeVisible();
    await expect(canvas.getByText('You can come back to this any time.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Go back to the breathing' }));
    await expect(canvas.getByRole('button', { name: 'Resume' })).toBeVisible();
    // The shape (decorative, so found by its class) is drawn where the breath paused, not reset.
    const shape = canvasElement.querySelector<HTMLElement>('.attune-BreathPacer-shape');
    await expect(shape?.getAnimations().map((animation) => animation.playState)).toEqual(['paused']);
    await expect(canvas.getByRole('button', { name: 'This isn’t helping' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'This isn’t helping' }));
  },
};

/** With no resources from the app, the exit still pauses kindly: no list, just the way back. */
export const ExitWithoutSupport: Story = {
  decorators: [withSupport(undefined)],
  render: () => <ChoicePoint noticed="keeping-quiet" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'This isn’t helping' }));
    await expect(canvas.getByRole('heading', { name: 'Pausing here' })).toHaveFocus();
    await expect(canvas.queryByRole('list')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Go back to the choice' })).toBeVisible();
  },
};

/** A 9 or 10 brings the offer under the scale, announced politely; focus stays on the scale. */
export const HighIntensity: Story = {
  decorators: [withSupport(support)],
  render: () => <ChoicePoint noticed="hypervigilance" askIntensity />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: '10' }));
    const offer = await canvas.findByRole('region', { name: 'Support, if you want it' });
    await expect(within(offer).getByRole('link', { name: 'Your region’s support line' })).toBeVisible();
    await expect(canvas.getByRole('radio', { name: '10' })).toHaveFocus();
  },
};

/** A logged moment of 9 or 10 brings the offer next to "Log it", once per entry. */
export const HighIntensityInTheLog: Story = {
  decorators: [withSupport(support)],
  render: function Render() {
    return <PatternLog storage={createMemoryStorage()} />;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Up to date.');
    await userEvent.type(canvas.getByRole('spinbutton', { name: /How strong/ }), '9');
    await userEvent.click(canvas.getByRole('button', { name: 'Log it' }));
    await expect(await canvas.findByRole('region', { name: 'Support, if you want it' })).toBeVisible();
  },
};

/** Raising a past entry to 9 or 10 brings the same offer under that entry; focus stays on its Edit. */
export const HighIntensityInAnEdit: Story = {
  decorators: [withSupport(support)],
  render: function Render() {
    const [storage] = useState(() =>
      createMemoryStorage(
        serializePatternLog({
          version: 2,
          removed: {},
          entries: [{ id: 'a', at: '2026-11-20T18:00:00Z', pattern: 'fawning', intensity: 5 }],
        }),
      ),
    );
    return <PatternLog storage={storage} />;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Up to date.');
    await userEvent.click(canvas.getByRole('button', { name: /^Edit Fawning/ }));
    const form = canvas.getByRole('button', { name: 'Save changes' }).closest('li')!;
    const strength = within(form).getByRole('spinbutton', { name: /How strong/ });
    await userEvent.clear(strength);
    await userEvent.type(strength, '10');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    const offer = await canvas.findByRole('region', { name: 'Support, if you want it' });
    await expect(within(offer).getByRole('link', { name: 'Your region’s support line' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: /^Edit Fawning/ })).toHaveFocus();
  },
};

/** A script the app passed that cannot be played still has its exit, and the offer behind it. */
export const ExitFromAScriptThatCannotPlay: Story = {
  decorators: [withSupport(support)],
  render: () => <ObserverScript script={{ id: 'draft', title: 'A draft', steps: [{ text: '' }] }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'This isn’t helping' }));
    await expect(canvas.getByRole('heading', { name: 'Pausing here' })).toHaveFocus();
    await expect(canvas.getByRole('link', { name: 'Your region’s support line' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Go back to the script' }));
    await expect(canvas.getByRole('button', { name: 'This isn’t helping' })).toHaveFocus();
  },
};

const breathing: Script = {
  id: 'breathing',
  title: 'A breath together',
  steps: [
    { kind: 'breath', text: 'Breathe with me, however feels okay.', cycles: 2 },
    { text: 'Welcome back.' },
  ],
};

/**
 * Inside a MomentFlow, the exit of the BreathPacer inside the script leaves the whole flow
 * (what was entered is kept and handed to `onExit`) and the flow shows the offer.
 */
const onFlowExit = fn();

export const ExitFromInsideAFlow: Story = {
  decorators: [withSupport(support)],
  render: () => <MomentFlow noticed="fawning" script={breathing} onExit={onFlowExit} />,
  play: async ({ canvasElement }) => {
    onFlowExit.mockClear();
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: /As progress/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    const pacer = await canvas.findByRole('group', { name: 'Breathing guide' });
    await userEvent.click(within(pacer).getByRole('button', { name: 'This isn’t helping' }));
    await expect(onFlowExit).toHaveBeenCalledWith(expect.objectContaining({ pattern: 'fawning' }));
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Pausing here' })).toHaveFocus());
    await expect(canvas.queryByRole('group', { name: 'Breathing guide' })).toBeNull();
  },
};

/** The same offer in Spanish. */
export const Spanish: Story = {
  decorators: [withSupport(support, true)],
  render: () => <ChoicePoint noticed="withdrawing" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Esto no me está ayudando' }));
    await expect(canvas.getByRole('heading', { name: 'Una pausa aquí' })).toHaveFocus();
    await expect(canvas.getByText('Puedes volver a esto cuando quieras.')).toBeVisible();
  },
};
