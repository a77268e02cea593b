import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useBreathPacer } from '../../src/breath-pacer';

/**
 * `useBreathPacer` gives the timing, the words and the controls without any markup. This
 * visual is a bar that fills as you breathe in and empties as you breathe out, moved by a
 * CSS transition lasting the phase, so React still renders once a phase.
 */
function BarPacer() {
  const pacer = useBreathPacer({
    pattern: {
      phases: [
        { phase: 'inhale', seconds: 1 },
        { phase: 'exhale', seconds: 1.5 },
      ],
    },
  });
  const full = pacer.status === 'running' && pacer.phase === 'inhale';
  return (
    <section aria-label="Breathing bar" style={{ display: 'grid', gap: '0.75rem', maxWidth: '20rem' }}>
      <div
        aria-hidden="true"
        style={{ height: '1rem', borderRadius: 8, background: 'var(--attune-border)', overflow: 'hidden' }}
      >
        <div
          style={{
            height: '100%',
            width: full ? '100%' : '10%',
            background: 'var(--attune-accent)',
            transition: pacer.status === 'running' ? `width ${pacer.phaseMs}ms ease-in-out` : 'none',
          }}
        />
      </div>
      <p role="status" aria-live="off" style={{ margin: 0, fontSize: '1.25rem' }}>
        {pacer.instruction}
      </p>
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <button type="button" onClick={pacer.toggle} style={{ minHeight: 32, minWidth: 80 }}>
          {pacer.status === 'running'
            ? pacer.messages.pause
            : pacer.status === 'paused'
              ? pacer.messages.resume
              : pacer.messages.start}
        </button>
        <button type="button" onClick={pacer.stop} style={{ minHeight: 32, minWidth: 80 }}>
          {pacer.messages.stop}
        </button>
      </div>
    </section>
  );
}

const meta = {
  title: 'BreathPacer/Headless hook',
  component: BarPacer,
  parameters: {
    docs: {
      description: {
        component:
          '`useBreathPacer(options)` gives the timing, the words and the controls with no markup, for teams that draw their own visual. This one is a bar that fills as you breathe in and empties as you breathe out: a CSS transition lasting the phase (`phaseMs`) moves it, so React still renders once a phase.',
      },
    },
  },
} satisfies Meta<typeof BarPacer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CustomVisual: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Breathe in');
    await expect(await canvas.findByText('Breathe out', {}, { timeout: 3000 })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Stop' }));
    await expect(canvas.getByRole('button', { name: 'Start' })).toBeVisible();
  },
};
