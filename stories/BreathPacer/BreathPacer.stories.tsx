import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { BreathPacer, type BreathPattern } from '../../src/breath-pacer';

/** Short enough that a play function sees every phase within a couple of seconds. */
const quickPattern: BreathPattern = {
  phases: [
    { phase: 'inhale', seconds: 1 },
    { phase: 'exhale', seconds: 1 },
  ],
};

/** Two seconds each way: long enough to see where the progress bar is while it fills. */
const twoSecondPattern: BreathPattern = {
  phases: [
    { phase: 'inhale', seconds: 2 },
    { phase: 'exhale', seconds: 2 },
  ],
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The filled part of the progress bar and its track, as drawn on screen (transforms included). */
function barOnScreen(canvasElement: HTMLElement) {
  const box = (selector: string) => canvasElement.querySelector(selector)!.getBoundingClientRect();
  return { bar: box('.attune-BreathPacer-progress'), track: box('.attune-BreathPacer-track') };
}

const meta = {
  title: 'BreathPacer/BreathPacer',
  component: BreathPacer,
  // The MDX page (BreathPacer.mdx) is this component's docs.
  tags: ['!autodocs'],
  args: {
    onPhaseChange: fn(),
    onComplete: fn(),
    onExit: fn(),
    onRunningChange: fn(),
  },
  argTypes: {
    pattern: {
      control: 'select',
      options: ['gentle', 'box', '4-7-8', 'coherent', 'sigh', 'extended-exhale'],
    },
  },
} satisfies Meta<typeof BreathPacer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The default: four seconds in, six out, no holds. Nothing moves until the person presses Start. */
export const Gentle: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Start whenever you like.');
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
    await expect(await canvas.findByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Breathe in');
    await expect(args.onPhaseChange).toHaveBeenCalledWith({ phase: 'inhale', phaseIndex: 0, cycle: 1 });
    // A moment into the 4 s inhale, the bar has filled part of the way from the left.
    await wait(600);
    const { bar, track } = barOnScreen(canvasElement);
    await expect(Math.abs(bar.left - track.left)).toBeLessThan(1);
    await expect(bar.width).toBeGreaterThan(1);
    await expect(bar.right).toBeLessThan(track.right - 1);
    await userEvent.click(canvas.getByRole('button', { name: 'Stop' }));
    await expect(args.onComplete).toHaveBeenCalledWith(expect.objectContaining({ completed: false }));
  },
};

/** Box breathing, 4-4-4-4. It holds the breath, so it is never the default. */
export const Box: Story = { args: { pattern: 'box' } };

/** In for 4, hold for 7, out for 8. */
export const FourSevenEight: Story = { name: '4-7-8', args: { pattern: '4-7-8' } };

/** Resonance breathing: 5.5 seconds in, 5.5 out, about 5.5 breaths a minute. */
export const Coherent: Story = { args: { pattern: 'coherent' } };

/** The cyclic sigh: a breath in, a little more on top, then a long, slow breath out. */
export const Sigh: Story = { args: { pattern: 'sigh' } };

/** In for 4, out for 8. */
export const ExtendedExhale: Story = { args: { pattern: 'extended-exhale' } };

/** A custom pattern of any phases, here 1 s in and 1 s out: start, pause, resume and stop. */
export const CustomPattern: Story = {
  args: { pattern: quickPattern },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const status = canvas.getByRole('status');
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
    await expect(status).toHaveTextContent('Breathe in');
    await expect(await canvas.findByText('Breathe out', {}, { timeout: 3000 })).toBe(status);
    await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
    await expect(status).toHaveTextContent('Paused');
    await expect(canvasElement.querySelector('[data-state]')).toHaveAttribute('data-state', 'paused');
    await userEvent.click(canvas.getByRole('button', { name: 'Resume' }));
    await expect(status).not.toHaveTextContent('Paused');
    await expect(await canvas.findByText('Breath 2', {}, { timeout: 4000 })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Stop' }));
    await expect(status).toHaveTextContent('Start whenever you like.');
    await expect(args.onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ cycles: 1, completed: false }),
    );
  },
};

/** A rate in breaths per minute; the exhale is a little longer than the inhale. */
export const Rate: Story = { args: { pattern: { breathsPerMinute: 6 } } };

/** Begin near the person's own pace (12 a minute) and ease to the pattern over four breaths. */
export const GradualSlowing: Story = { args: { slowFrom: { fromBreathsPerMinute: 12, cycles: 4 } } };

/** A bounded session with a countdown: two breaths, then it ends after the last full exhale. */
export const Session: Story = {
  args: { pattern: quickPattern, cycles: 2, leadIn: 1 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Starting in 1');
    await expect(await canvas.findByText('Breath 1 of 2', {}, { timeout: 3000 })).toBeVisible();
    await expect(await canvas.findByRole('button', { name: 'Start' }, { timeout: 7000 })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('That’s the end of this round.');
    await expect(args.onComplete).toHaveBeenCalledWith({ cycles: 2, durationMs: 4000, completed: true });
  },
};

/** Reduced motion (from the provider here, or the OS): the shape keeps its size, opacity and colour carry the pace. */
export const ReducedMotion: Story = {
  globals: { motion: 'always' },
  args: { pattern: quickPattern },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
    const root = canvasElement.querySelector('.attune-BreathPacer')!;
    await expect(root).toHaveAttribute('data-motion', 'reduce');
    const shape = canvasElement.querySelector('.attune-BreathPacer-shape')!;
    await expect(getComputedStyle(shape).transform).toBe('none');
    await expect(await canvas.findByText('Breathe out', {}, { timeout: 3000 })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Stop' }));
  },
};

/** In a right-to-left page the progress bar fills from the right, the way the page reads. */
export const RightToLeft: Story = {
  args: { pattern: twoSecondPattern },
  render: (args) => (
    <div dir="rtl">
      <BreathPacer {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
    await wait(500);
    const { bar, track } = barOnScreen(canvasElement);
    await expect(Math.abs(bar.right - track.right)).toBeLessThan(1);
    await expect(bar.width).toBeGreaterThan(1);
    await expect(bar.left).toBeGreaterThan(track.left + 1);
    await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
  },
};

/** A host app's own checkbox above a pacer, as the controlled and removal stories need. */
function HostSwitch(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <div style={{ display: 'grid', gap: '1rem', justifyItems: 'start' }}>
      <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', minHeight: 24 }}>
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        {props.label}
      </label>
      {props.children}
    </div>
  );
}

function RemovablePacer() {
  const [shown, setShown] = useState(true);
  return (
    <HostSwitch
      label="Show the breathing guide (the host app’s own switch)"
      checked={shown}
      onChange={setShown}
    >
      {shown && <BreathPacer pattern={twoSecondPattern} />}
    </HostSwitch>
  );
}

/** A host that removes the pacer while it breathes: every animation it started ends with it. */
export const RemovedWhileBreathing: Story = {
  render: () => <RemovablePacer />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
    await expect(await canvas.findByRole('button', { name: 'Pause' })).toBeVisible();
    // The shape's and the bar's, and any colour change still under way.
    const animations = canvasElement.getAnimations({ subtree: true });
    await expect(animations.filter((animation) => animation.playState === 'running').length).toBeGreaterThan(
      1,
    );
    await userEvent.click(canvas.getByRole('checkbox', { name: /Show the breathing guide/ }));
    await expect(canvas.queryByRole('group', { name: 'Breathing guide' })).toBeNull();
    await expect(animations.filter((animation) => animation.playState !== 'idle')).toEqual([]);
    await expect(canvasElement.getAnimations({ subtree: true })).toEqual([]);
  },
};

/** The dark theme, started so the phase colours show. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { pattern: quickPattern },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
    await expect(await canvas.findByRole('button', { name: 'Pause' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
  },
};

/** Tab, Enter and Space alone: start, pause, resume, stop, and reach the gentle exit. */
export const KeyboardOnly: Story = {
  args: { pattern: quickPattern },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Start' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Pause' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('status')).toHaveTextContent('Paused');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Pause' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Stop' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Start' })).toBeVisible();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'This isn’t helping' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onExit).toHaveBeenCalledOnce();
  },
};

function ControlledPacer() {
  const [running, setRunning] = useState(false);
  return (
    <HostSwitch
      label="Breathing guide on (the host app’s own switch)"
      checked={running}
      onChange={setRunning}
    >
      <BreathPacer pattern={quickPattern} running={running} onRunningChange={setRunning} />
    </HostSwitch>
  );
}

/** Controlled: the host owns `running` and follows `onRunningChange`. */
export const Controlled: Story = {
  render: () => <ControlledPacer />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('checkbox', { name: /Breathing guide on/ });
    await userEvent.click(toggle);
    await expect(await canvas.findByRole('button', { name: 'Pause' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
    await expect(toggle).not.toBeChecked();
    await expect(canvas.getByRole('status')).toHaveTextContent('Paused');
  },
};

/** Opt-in cues: a soft tone, a buzz where the device can, and the words spoken aloud. */
export const Cues: Story = {
  args: { pattern: 'coherent', cues: { sound: true, vibration: true, voice: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Breathe in');
    await userEvent.click(canvas.getByRole('button', { name: 'Stop' }));
  },
};
