import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { MomentFlow, MomentFlowDialog, type MomentStep } from '../../src/moment-flow';
import { createMemoryStorage, parsePatternLog, type PatternLogStorage } from '../../src/pattern-log';

const meta = {
  title: 'MomentFlow/MomentFlow',
  component: MomentFlow,
  args: { onComplete: fn(), onExit: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'One whole moment: what was noticed → ChoicePoint → after compassion, ObserverScript with the pattern filled in → BreathPacer, or Grounding in its place → saved to a PatternLog storage as one record. Every step can be skipped or revisited; the gentle exit keeps what was entered.',
      },
    },
  },
} satisfies Meta<typeof MomentFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

async function entriesIn(storage: PatternLogStorage) {
  const text = await storage.load();
  const parsed = text === null ? null : parsePatternLog(text);
  return parsed?.ok ? parsed.document.entries : [];
}

const walkthroughStorage = createMemoryStorage();

/** From noticing to saved, by keyboard: pick the pattern, choose compassion, skip the rest. */
export const Default: Story = {
  args: { storage: walkthroughStorage },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: 'People-pleasing' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: 'Fawning' })).toBeChecked();
    canvas.getByRole('button', { name: 'Continue' }).focus();
    await userEvent.keyboard('{Enter}');

    await expect(canvas.getByRole('heading', { name: 'How would you like to meet it?' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown} ');
    await expect(canvas.getByRole('radio', { name: 'As progress' })).toBeChecked();
    canvas.getByRole('button', { name: 'Continue' }).focus();
    await userEvent.keyboard('{Enter}');

    await expect(canvas.getByRole('heading', { name: 'A kinder voice' })).toHaveFocus();
    canvas.getByRole('button', { name: 'Skip this step' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('heading', { name: 'Breathe at your own pace' })).toHaveFocus();
    canvas.getByRole('button', { name: 'Skip this step' }).focus();
    await userEvent.keyboard('{Enter}');

    await expect(canvas.getByRole('heading', { name: 'You noticed. That matters.' })).toHaveFocus();
    await expect(args.onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ pattern: 'fawning', path: 'compassion' }),
    );
    await waitFor(async () =>
      expect(await entriesIn(walkthroughStorage)).toEqual([
        expect.objectContaining({ pattern: 'fawning', path: 'compassion' }),
      ]),
    );
    await expect(await canvas.findByText('Saved to your log.')).toBeVisible();
  },
};

const groundingStorage = createMemoryStorage();

/** Grounding in place of breathing, by keyboard: the words typed stay out of the saved record. */
export const GroundingInsteadOfBreathing: Story = {
  args: { storage: groundingStorage, noticed: 'hypervigilance', groundingVariant: 'orienting' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    canvas.getByRole('button', { name: 'Continue' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('heading', { name: 'Breathe at your own pace' })).toHaveFocus();
    canvas.getByRole('button', { name: 'Try grounding instead' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('heading', { name: 'Come back to here and now' })).toHaveFocus();
    await userEvent.type(canvas.getByRole('textbox'), 'the office');
    for (let i = 0; i < 4; i++) {
      canvas.getByRole('button', { name: /^(Next|Finish)$/ }).focus();
      await userEvent.keyboard('{Enter}');
    }
    await expect(canvas.getByRole('heading', { name: 'You noticed. That matters.' })).toHaveFocus();
    await expect(args.onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ grounding: { variant: 'orienting', completed: true } }),
    );
    await waitFor(async () => expect(await entriesIn(groundingStorage)).toHaveLength(1));
    await expect(await groundingStorage.load()).not.toContain('the office');
  },
};

/** The host already knows the pattern (e.g. from a check-in): the flow starts at the choice. */
export const StartingAtTheChoice: Story = {
  args: { noticed: 'keeping-quiet', body: ['throat'], omit: ['breathe'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Keeping quiet to keep the peace')).toBeVisible();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    // The reflection and the way back fade in; wait for them rather than the first frame.
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: 'Try “As progress” instead' })).toBeVisible(),
    );
  },
};

function ControlledFlow() {
  const [step, setStep] = useState<MomentStep>('choose');
  return (
    <>
      <label>
        Where the app has the flow{' '}
        <select value={step} onChange={(event) => setStep(event.target.value as MomentStep)}>
          <option value="choose">Choose</option>
          <option value="breathe">Breathe</option>
          <option value="ground">Ground</option>
          <option value="done">Done</option>
        </select>
      </label>
      <MomentFlow noticed="bracing" step={step} onStepChange={setStep} />
    </>
  );
}

/**
 * Controlled: the host owns `step` and follows `onStepChange` (here it keeps it in its own
 * select, too). The flow asks for each move and shows the host's step; Back leads where the
 * person was, whoever moved them.
 */
export const ControlledStep: Story = {
  render: () => <ControlledFlow />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const hostStep = canvas.getByRole('combobox', { name: 'Where the app has the flow' });
    await userEvent.click(canvas.getByRole('button', { name: 'Skip this step' }));
    await expect(canvas.getByRole('heading', { name: 'Breathe at your own pace' })).toHaveFocus();
    await expect(hostStep).toHaveValue('breathe');
    await userEvent.selectOptions(hostStep, 'ground');
    await expect(canvas.getByRole('heading', { name: 'Come back to here and now' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Previous step' }));
    await expect(hostStep).toHaveValue('breathe');
  },
};

const leavingStorage = createMemoryStorage();

/** "This isn’t helping" ends the flow at any step, and what was entered is still saved. */
export const LeavingPartway: Story = {
  args: { storage: leavingStorage },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Shoulders tightening' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Shoulders' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await userEvent.click(canvas.getByRole('button', { name: 'This isn’t helping' }));
    await expect(args.onExit).toHaveBeenCalledWith(
      expect.objectContaining({ pattern: 'bracing', body: ['shoulders'] }),
    );
    await waitFor(async () =>
      expect(await entriesIn(leavingStorage)).toEqual([expect.objectContaining({ pattern: 'bracing' })]),
    );
  },
};

const notedStorage = createMemoryStorage();

/**
 * `askIntensity`: how strong it was before the choice and after the reflection, each skippable,
 * and the optional note on the first step, all saved as one record.
 */
export const WithIntensityAndANote: Story = {
  args: { storage: notedStorage, askIntensity: true, omit: ['observe', 'breathe'] },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Fawning' }));
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Anything you want to remember? (optional)' }),
      'after the call with my manager',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    const before = canvas.getByRole('group', { name: 'How strong is it right now?' });
    await userEvent.click(within(before).getByRole('radio', { name: '7' }));
    await userEvent.click(canvas.getByRole('radio', { name: 'As progress' }));
    const after = await canvas.findByRole('group', { name: 'And how strong is it now?' });
    await userEvent.click(within(after).getByRole('radio', { name: '5' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('heading', { name: 'You noticed. That matters.' })).toHaveFocus();
    const saved = expect.objectContaining({
      pattern: 'fawning',
      intensity: 7,
      intensityAfter: 5,
      note: 'after the call with my manager',
    });
    await expect(args.onComplete).toHaveBeenCalledWith(saved);
    await waitFor(async () => expect(await entriesIn(notedStorage)).toEqual([saved]));
  },
};

/** The same flow in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { noticed: 'cannot-rest' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'As progress' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('heading', { name: 'A kinder voice' })).toBeVisible();
  },
};

/** The in-app entry point: a button that opens the flow in a dialog. Escape keeps what was entered. */
export const InADialog: StoryObj<typeof MomentFlowDialog> = {
  render: (args) => <MomentFlowDialog {...args} />,
  args: { onExit: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'I noticed something' });
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'A moment of noticing' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Withdrawing' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(trigger).toHaveFocus();
    await expect(args.onExit).toHaveBeenCalledWith(expect.objectContaining({ pattern: 'withdrawing' }));
  },
};
