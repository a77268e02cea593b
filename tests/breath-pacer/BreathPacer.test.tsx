import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, useState } from 'react';
import { BreathPacer, type BreathPacerProps } from '../../src/breath-pacer';
import { breathPacerMessagesEs } from '../../src/breath-pacer/messages';
import { AttuneProvider } from '../../src/AttuneProvider';
import { expectNoAxeViolations } from '../axe';
import { advance, fakeTimersInEachTest } from '../fakeTimers';

fakeTimersInEachTest({ testingLibrary: true });

function setup(props: BreathPacerProps = {}) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const utils = render(<BreathPacer {...props} />);
  return { user, ...utils };
}

const instruction = () => screen.getByRole('status');
const announcements = () => screen.queryByRole('log')?.textContent ?? '';

describe('given a BreathPacer that has not started', () => {
  it('should offer Start, Stop and the gentle exit, and say it is ready', () => {
    setup();
    expect(screen.getByRole('group', { name: 'Breathing guide' })).toHaveAttribute('data-state', 'idle');
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'This isn’t helping' })).toBeInTheDocument();
    expect(instruction()).toHaveTextContent('Start whenever you like.');
  });

  it('should not move on by itself', () => {
    const onPhaseChange = vi.fn();
    setup({ onPhaseChange });
    advance(60_000);
    expect(onPhaseChange).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it('should have no accessibility violations', async () => {
    vi.useRealTimers();
    const { container } = setup();
    await expectNoAxeViolations(container);
  });

  it('should keep the moving visual away from assistive technology', () => {
    const { container } = setup();
    expect(container.querySelector('.attune-BreathPacer-visual')).toHaveAttribute('aria-hidden', 'true');
  });
});

describe('given a screen reader that lands on the pacer mid-session', () => {
  it('should hear the phase with the control it lands on, and the new one as it changes', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const toggle = screen.getByRole('button', { name: 'Pause' });
    expect(toggle).toHaveAccessibleDescription('Breathe in');
    advance(4000);
    expect(toggle).toHaveAccessibleDescription('Breathe out');
  });
});

describe('given a started pacer', () => {
  it('should say "Breathe in" and then "Breathe out" exactly when the inhale ends', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(instruction()).toHaveTextContent('Breathe in');
    advance(3999);
    expect(instruction()).toHaveTextContent('Breathe in');
    advance(1);
    expect(instruction()).toHaveTextContent('Breathe out');
    expect(screen.getByRole('group')).toHaveAttribute('data-phase', 'exhale');
  });

  it('should report every phase, the first one included, counting breaths from 1', async () => {
    const onPhaseChange = vi.fn<NonNullable<BreathPacerProps['onPhaseChange']>>();
    const onCycleComplete = vi.fn();
    const { user } = setup({ pattern: 'box', onPhaseChange, onCycleComplete });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    advance(16_000);
    expect(onPhaseChange.mock.calls.map(([event]) => event)).toEqual([
      { phase: 'inhale', phaseIndex: 0, cycle: 1 },
      { phase: 'hold', phaseIndex: 1, cycle: 1 },
      { phase: 'exhale', phaseIndex: 2, cycle: 1 },
      { phase: 'hold', phaseIndex: 3, cycle: 1 },
      { phase: 'inhale', phaseIndex: 0, cycle: 2 },
    ]);
    expect(onCycleComplete).toHaveBeenCalledExactlyOnceWith({ cycle: 1 });
  });

  it('should announce each phase once, politely, without moving focus', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    advance(4000);
    expect(announcements()).toBe('Breathe inBreathe out');
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus();
  });

  it('should stay quiet when asked to', async () => {
    const { user } = setup({ announce: false });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    advance(4000);
    expect(announcements()).toBe('');
  });

  it('should keep its timing however late the timers fire', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    // Ten minutes of breaths: the phase still changes at exactly 10 s per breath.
    advance(600_000);
    expect(screen.getByText('Breath 61')).toBeInTheDocument();
    expect(instruction()).toHaveTextContent('Breathe in');
    advance(4000);
    expect(instruction()).toHaveTextContent('Breathe out');
  });

  it('should render only when the phase changes', async () => {
    let commits = 0;
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(
      <Profiler id="pacer" onRender={() => commits++}>
        <BreathPacer />
      </Profiler>,
    );
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const before = commits;
    // A tenth of a second at a time, so that React could commit between any two steps.
    for (let step = 0; step < 600; step++) advance(100);
    // Gentle: 4 s in, 6 s out, so twelve phase changes in a minute.
    expect(commits - before).toBe(12);
  });

  it('should have no accessibility violations while breathing', async () => {
    const { user, container } = setup();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    vi.useRealTimers();
    await expectNoAxeViolations(container);
  });
});

describe('given a paused pacer', () => {
  async function paused(props: BreathPacerProps = {}) {
    const utils = setup(props);
    await utils.user.click(screen.getByRole('button', { name: 'Start' }));
    advance(2500);
    await utils.user.click(screen.getByRole('button', { name: 'Pause' }));
    return utils;
  }

  it('should say "Paused" and offer Resume', async () => {
    await paused();
    expect(instruction()).toHaveTextContent('Paused');
    expect(screen.getByRole('group')).toHaveAttribute('data-state', 'paused');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
  });

  it('should not move on while paused', async () => {
    const onPhaseChange = vi.fn();
    await paused({ onPhaseChange });
    advance(120_000);
    expect(onPhaseChange).toHaveBeenCalledTimes(1);
  });

  it('should resume with exactly the rest of the phase', async () => {
    const { user } = await paused();
    advance(30_000);
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(instruction()).toHaveTextContent('Breathe in');
    advance(1499);
    expect(instruction()).toHaveTextContent('Breathe in');
    advance(1);
    expect(instruction()).toHaveTextContent('Breathe out');
  });

  it('should have no accessibility violations', async () => {
    const { container } = await paused();
    vi.useRealTimers();
    await expectNoAxeViolations(container);
  });
});

describe('given a pacer that is stopped', () => {
  it('should go back to the start and report the breaths taken so far', async () => {
    const onComplete = vi.fn();
    const onRunningChange = vi.fn();
    const { user } = setup({ onComplete, onRunningChange });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    advance(25_000);
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ cycles: 2, durationMs: 25_000, completed: false });
    expect(onRunningChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(screen.getByRole('group')).toHaveAttribute('data-state', 'idle');
  });

  it('should not report anything when it never started', async () => {
    const onComplete = vi.fn();
    const { user } = setup({ onComplete });
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onComplete).not.toHaveBeenCalled();
  });
});

describe('given a session of a few breaths', () => {
  it('should end after the last whole breath and report it', async () => {
    const onComplete = vi.fn();
    const onRunningChange = vi.fn();
    const { user } = setup({ cycles: 2, onComplete, onRunningChange });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByText('Breath 1 of 2')).toBeInTheDocument();
    advance(19_999);
    expect(instruction()).toHaveTextContent('Breathe out');
    expect(onComplete).not.toHaveBeenCalled();
    advance(1);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ cycles: 2, durationMs: 20_000, completed: true });
    expect(onRunningChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole('group')).toHaveAttribute('data-state', 'complete');
    expect(instruction()).toHaveTextContent('That’s the end of this round.');
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it('should end a duration at the end of the breath that reaches it, never mid-breath', async () => {
    const onComplete = vi.fn();
    const { user } = setup({ duration: 25, onComplete });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    advance(29_999);
    expect(onComplete).not.toHaveBeenCalled();
    advance(1);
    expect(onComplete).toHaveBeenCalledWith({ cycles: 3, durationMs: 30_000, completed: true });
  });

  it('should count down a lead-in before the first breath', async () => {
    const onPhaseChange = vi.fn();
    const { user } = setup({ leadIn: 3, onPhaseChange });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(instruction()).toHaveTextContent('Starting in 3');
    advance(1000);
    expect(instruction()).toHaveTextContent('Starting in 2');
    advance(2000);
    expect(instruction()).toHaveTextContent('Breathe in');
    expect(onPhaseChange).toHaveBeenCalledExactlyOnceWith({ phase: 'inhale', phaseIndex: 0, cycle: 1 });
  });
});

describe('given a sigh', () => {
  it('should ask for a little more air on the second inhale, without announcing so short a phase', async () => {
    const { user } = setup({ pattern: 'sigh' });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    advance(2000);
    expect(instruction()).toHaveTextContent('A little more in');
    advance(1000);
    expect(instruction()).toHaveTextContent('Breathe out');
    expect(announcements()).toBe('Breathe inBreathe out');
  });
});

describe('given a tab that was hidden for a minute', () => {
  function setVisibility(state: DocumentVisibilityState) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    document.dispatchEvent(new Event('visibilitychange'));
  }
  afterEach(() => {
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('should show the right phase on return and say nothing of the phases it skipped', async () => {
    const onPhaseChange = vi.fn();
    const { user } = setup({ onPhaseChange });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    setVisibility('hidden');
    // A throttled background tab: 65 s pass on the clock, and no timer fires.
    const now = performance.now();
    vi.spyOn(performance, 'now').mockReturnValue(now + 65_000);
    act(() => setVisibility('visible'));
    // 65 s into gentle (10 s breaths) is 5 s into breath 7: breathing out.
    expect(instruction()).toHaveTextContent('Breathe out');
    expect(screen.getByText('Breath 7')).toBeInTheDocument();
    expect(onPhaseChange).toHaveBeenLastCalledWith({ phase: 'exhale', phaseIndex: 1, cycle: 7 });
    expect(onPhaseChange).toHaveBeenCalledTimes(2);
    expect(announcements()).toBe('Breathe in');
  });
});

describe('given controlled use', () => {
  function Controlled({ onRunningChange }: { onRunningChange: (running: boolean) => void }) {
    const [running, setRunning] = useState(false);
    return (
      <>
        <button type="button" onClick={() => setRunning(true)}>
          Begin from outside
        </button>
        <BreathPacer
          running={running}
          onRunningChange={(next) => {
            onRunningChange(next);
            setRunning(next);
          }}
        />
      </>
    );
  }

  it('should follow the running prop and ask to change it', async () => {
    const onRunningChange = vi.fn();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<Controlled onRunningChange={onRunningChange} />);
    await user.click(screen.getByRole('button', { name: 'Begin from outside' }));
    expect(instruction()).toHaveTextContent('Breathe in');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(onRunningChange).toHaveBeenCalledWith(false);
    expect(instruction()).toHaveTextContent('Paused');
  });

  it('should not run when the host keeps it stopped', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const onRunningChange = vi.fn();
    render(<BreathPacer running={false} onRunningChange={onRunningChange} />);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(onRunningChange).toHaveBeenCalledWith(true);
    expect(instruction()).toHaveTextContent('Start whenever you like.');
  });
});

describe('given a host that keeps it running', () => {
  it('should only ask to stop, and keep running as the host says', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const onRunningChange = vi.fn();
    render(<BreathPacer running onRunningChange={onRunningChange} />);
    expect(instruction()).toHaveTextContent('Breathe in');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onRunningChange).toHaveBeenLastCalledWith(false);
    expect(instruction()).toHaveTextContent('Breathe in');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    // Start or Pause asks from what is shown: Pause asks for false, never a stale toggle.
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(onRunningChange).toHaveBeenLastCalledWith(false);
    expect(onRunningChange).not.toHaveBeenCalledWith(true);
  });

  it('should stop from the beginning once the host agrees', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    function Host() {
      const [running, setRunning] = useState(true);
      return <BreathPacer running={running} onRunningChange={setRunning} />;
    }
    render(<Host />);
    advance(4000);
    expect(instruction()).toHaveTextContent('Breathe out');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(instruction()).toHaveTextContent('Start whenever you like.');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(instruction()).toHaveTextContent('Breathe in');
  });
});

describe('given a keyboard', () => {
  it('should start, pause, resume and stop with Tab, Enter and Space alone', async () => {
    const { user } = setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Start' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(instruction()).toHaveTextContent('Breathe in');
    await user.keyboard(' ');
    expect(instruction()).toHaveTextContent('Paused');
    await user.keyboard('{Enter}');
    expect(instruction()).toHaveTextContent('Breathe in');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('group')).toHaveAttribute('data-state', 'idle');
  });
});

describe('given the gentle exit', () => {
  it('should pause the breathing and tell the host', async () => {
    const onExit = vi.fn();
    const { user } = setup({ onExit, defaultRunning: true });
    await user.click(screen.getByRole('button', { name: 'This isn’t helping' }));
    expect(onExit).toHaveBeenCalledOnce();
    expect(instruction()).toHaveTextContent('Paused');
  });
});

describe('given bad input', () => {
  it('should report the field, fall back to the gentle pattern and never show NaN', async () => {
    const onError = vi.fn<NonNullable<BreathPacerProps['onError']>>();
    const { user, container } = setup({
      pattern: { phases: [{ phase: 'inhale', seconds: Number.NaN }] },
      cycles: -2,
      onError,
    });
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]![0].map((e) => e.path)).toEqual(['pattern.phases[0].seconds', 'cycles']);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    advance(4000);
    expect(instruction()).toHaveTextContent('Breathe out');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('should tell the console when the host gives no onError', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    setup({ pattern: 'panic' as never });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('pattern "panic" is not a preset'));
  });

  it('should never spin on a pattern with no length', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onPhaseChange = vi.fn();
    const { user } = setup({
      pattern: { phases: [{ phase: 'hold', seconds: 0 }] },
      announce: false,
      onPhaseChange,
    });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(vi.getTimerCount()).toBe(1);
    advance(10_000);
    expect(onPhaseChange).toHaveBeenCalledTimes(3);
    expect(instruction()).toHaveTextContent('Breathe in');
  });
});

describe('given a provider', () => {
  it('should speak Spanish when given the Spanish messages', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(
      <AttuneProvider
        locale="es"
        messages={{ breathPacer: breathPacerMessagesEs, common: { exit: 'Esto no me ayuda' } }}
      >
        <BreathPacer />
      </AttuneProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Empezar' }));
    expect(instruction()).toHaveTextContent('Inhala');
    expect(screen.getByRole('button', { name: 'Pausar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Esto no me ayuda' })).toBeInTheDocument();
  });
});
