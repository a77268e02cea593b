// fireEvent where the clock is fake: Testing Library's async wrapper waits on a real timer.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Activity, StrictMode, useState, type ReactElement, type ReactNode } from 'react';
import { BreathPacer, type BreathPhaseEvent, type BreathSessionSummary } from '../../src/breath-pacer';
import { Grounding } from '../../src/grounding';
import { ObserverScript, type Script } from '../../src/observer-script';
import { createMemoryStorage, parsePatternLog, PatternLog } from '../../src/pattern-log';
import { advance, fakeTimersInEachTest } from '../fakeTimers';
import { announcements, listen } from '../liveRegion';

// `<Activity mode="hidden">` (a tab put away, a screen under another) runs every effect's
// cleanup as an unmount would, keeps the state, and runs the effects again when shown. While
// hidden nothing may run on its own (no timer, line said, phase or callback); shown again,
// each widget is where the person left it.

/** Renders `ui` in an Activity; the function it returns hides or shows it, in a task of its own. */
function inActivity(ui: ReactNode) {
  const view = render(<Activity mode="visible">{ui}</Activity>);
  return (shown: boolean) =>
    act(async () => view.rerender(<Activity mode={shown ? 'visible' : 'hidden'}>{ui}</Activity>));
}

/**
 * Renders `widget` under a host that holds its value and follows every ask, the host inside an
 * Activity; `show` hides or shows it, and `requests` lists what the widget asked for.
 */
function renderFollowingHost<T>(
  initial: T,
  widget: (value: T, onChange: (value: T) => void) => ReactElement,
) {
  const requests: T[] = [];
  function Host() {
    const [value, setValue] = useState(initial);
    return widget(value, (next) => {
      requests.push(next);
      setValue(next);
    });
  }
  const view = render(
    <Activity mode="visible">
      <Host />
    </Activity>,
  );
  const show = (shown: boolean) =>
    act(async () =>
      view.rerender(
        <Activity mode={shown ? 'visible' : 'hidden'}>
          <Host />
        </Activity>,
      ),
    );
  return { requests, show };
}

describe('given widgets that keep time, inside an Activity', () => {
  fakeTimersInEachTest();

  it('should stop a running BreathPacer while hidden, and offer to resume it where it was', async () => {
    const onPhaseChange = vi.fn<(event: BreathPhaseEvent) => void>();
    const onComplete = vi.fn<(summary: BreathSessionSummary) => void>();
    const onRunningChange = vi.fn<(running: boolean) => void>();
    const show = inActivity(
      <BreathPacer
        pattern="gentle"
        cycles={2}
        onPhaseChange={onPhaseChange}
        onComplete={onComplete}
        onRunningChange={onRunningChange}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    advance(5000);
    expect(screen.getByRole('status')).toHaveTextContent('Breathe out');
    const phasesBefore = onPhaseChange.mock.calls.length;

    const hidden = listen();
    await show(false);
    expect(vi.getTimerCount()).toBe(0);
    advance(60_000);
    expect(onPhaseChange).toHaveBeenCalledTimes(phasesBefore);
    expect(onComplete).not.toHaveBeenCalled();
    expect(hidden()).toEqual([]);

    const shown = listen();
    await show(true);
    // The time away was not breathing: the session waits, paused, at the breath it was on.
    expect(screen.getByRole('status')).toHaveTextContent('Paused');
    expect(screen.getByText('Breath 1 of 2')).toBeVisible();
    expect(onRunningChange).toHaveBeenLastCalledWith(false);
    expect(shown()).toEqual(['Paused']);
    advance(60_000);
    expect(onPhaseChange).toHaveBeenCalledTimes(phasesBefore);

    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(screen.getByRole('status')).toHaveTextContent('Breathe out');
    advance(4999);
    expect(onPhaseChange).toHaveBeenCalledTimes(phasesBefore);
    advance(1);
    expect(onPhaseChange).toHaveBeenLastCalledWith({ phase: 'inhale', phaseIndex: 0, cycle: 2 });
    advance(10_000);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ cycles: 2, durationMs: 20_000, completed: true });
  });

  it('should ask a host that runs the BreathPacer to pause it, once shown again after hiding', async () => {
    const onRunningChange = vi.fn<(running: boolean) => void>();
    const show = inActivity(<BreathPacer pattern="gentle" running onRunningChange={onRunningChange} />);
    advance(5000);
    await show(false);
    advance(60_000);
    expect(onRunningChange).not.toHaveBeenCalled();
    await show(true);
    expect(onRunningChange).toHaveBeenCalledExactlyOnceWith(false);
    // This host keeps `running`: the pacer shows what the host passes and breathes on from
    // the breath it was on, with only that phase's time left.
    expect(screen.getByRole('status')).toHaveTextContent('Breathe out');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeVisible();
    advance(5000);
    expect(screen.getByRole('status')).toHaveTextContent('Breathe in');
  });

  it('should show a host that follows the ask paused at the breath it was on, once shown again', async () => {
    const host = renderFollowingHost(true, (running, onRunningChange) => (
      <BreathPacer pattern="gentle" cycles={2} running={running} onRunningChange={onRunningChange} />
    ));
    advance(5000);
    await host.show(false);
    advance(60_000);
    await host.show(true);
    expect(host.requests).toEqual([false]);
    expect(screen.getByRole('status')).toHaveTextContent('Paused');
    expect(screen.getByText('Breath 1 of 2')).toBeVisible();
  });

  it('should pause a hidden BreathPacer and resume it in StrictMode as without it', async () => {
    const onPhaseChange = vi.fn<(event: BreathPhaseEvent) => void>();
    const show = inActivity(
      <StrictMode>
        <BreathPacer pattern="gentle" defaultRunning onPhaseChange={onPhaseChange} />
      </StrictMode>,
    );
    await act(async () => {});
    advance(5000);
    expect(screen.getByRole('status')).toHaveTextContent('Breathe out');
    await show(false);
    await show(true);
    expect(screen.getByRole('status')).toHaveTextContent('Paused');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    advance(5000);
    expect(onPhaseChange).toHaveBeenLastCalledWith({ phase: 'inhale', phaseIndex: 0, cycle: 2 });
  });

  const script: Script = {
    id: 'timed',
    title: 'Timed',
    steps: [{ text: 'One.' }, { text: 'Two.' }, { text: 'Three.' }],
  };

  it('should hold an auto-advancing ObserverScript while hidden, and give the line its time left', async () => {
    const onComplete = vi.fn();
    const show = inActivity(<ObserverScript script={script} autoAdvance onComplete={onComplete} />);
    advance(4000);
    await show(false);
    expect(vi.getTimerCount()).toBe(0);
    advance(60_000);
    expect(onComplete).not.toHaveBeenCalled();

    await show(true);
    expect(screen.getByText('1 of 3')).toBeVisible();
    advance(5999);
    expect(screen.getByText('1 of 3')).toBeVisible();
    advance(1);
    expect(screen.getByText('2 of 3')).toBeVisible();
    advance(10_000);
    expect(screen.getByText('3 of 3')).toBeVisible();
    advance(10_000);
    expect(onComplete).toHaveBeenCalledOnce();
  });
});

describe('given a Grounding inside an Activity', () => {
  it('should keep its step and what was typed while hidden, and say or report nothing', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    const onComplete = vi.fn();
    const show = inActivity(<Grounding onExit={onExit} onComplete={onComplete} />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const group = screen.getByRole('group', { name: 'In words, if you like (optional)' });
    await user.type(within(group).getAllByRole('textbox')[0]!, 'the wall');
    const said = announcements();

    await show(false);
    await show(true);
    await act(async () => {});

    expect(screen.getByRole('heading', { level: 3, name: 'Four things you can hear' })).toBeVisible();
    expect(
      within(screen.getByRole('group', { name: 'In words, if you like (optional)' })).getAllByRole(
        'textbox',
      )[0],
    ).toHaveValue('the wall');
    expect(announcements()).toEqual(said);
    expect(onExit).not.toHaveBeenCalled();
    expect(onComplete).not.toHaveBeenCalled();
  });
});

describe('given a PatternLog inside an Activity', () => {
  it('should save a moment logged just before it was hidden, once', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const save = vi.spyOn(storage, 'save');
    const show = inActivity(<PatternLog storage={storage} />);
    await screen.findByText('Up to date.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'What did you notice?' }), 'fawning');
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    await show(false);

    const stored = async () => {
      const parsed = parsePatternLog((await storage.load()) ?? '');
      return parsed.ok ? parsed.document.entries : [];
    };
    await waitFor(async () =>
      expect(await stored()).toEqual([expect.objectContaining({ pattern: 'fawning' })]),
    );
    await show(true);
    expect(await screen.findByRole('button', { name: /^Edit Fawning/ })).toBeVisible();
    await screen.findByText('Up to date.');
    expect(await stored()).toHaveLength(1);
    expect(save).toHaveBeenCalledOnce();
  });
});
