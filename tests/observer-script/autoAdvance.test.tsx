// fireEvent, not user-event: Testing Library's async wrapper waits on a real timer.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ObserverScript, type Script } from '../../src/observer-script';
import { fakeTimersInEachTest } from '../fakeTimers';

const script: Script = {
  id: 'timed',
  title: 'Timed',
  placeholders: { word: 'this' },
  steps: [
    { text: 'One.' },
    { text: 'Two.', pause: 4 },
    { kind: 'prompt', name: 'word', text: 'A word?' },
    { text: 'Four.' },
  ],
};

function wait(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

function position() {
  return screen.getByText(/^\d of 4$/).textContent;
}

fakeTimersInEachTest();

describe('given no auto-advance', () => {
  it('should never move on by itself', () => {
    render(<ObserverScript script={script} />);
    wait(10 * 60_000);
    expect(position()).toBe('1 of 4');
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
  });
});

describe('given auto-advance at the usual pace', () => {
  it('should move on after ten seconds, or after the pause a step suggests', () => {
    render(<ObserverScript script={script} autoAdvance />);
    wait(9_999);
    expect(position()).toBe('1 of 4');
    wait(1);
    expect(position()).toBe('2 of 4');
    wait(3_999);
    expect(position()).toBe('2 of 4');
    wait(1);
    expect(position()).toBe('3 of 4');
  });

  it('should wait at a prompt until the person goes on', () => {
    const onComplete = vi.fn();
    render(<ObserverScript script={script} autoAdvance defaultStep={2} onComplete={onComplete} />);
    wait(60_000);
    expect(position()).toBe('3 of 4');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(position()).toBe('4 of 4');
    wait(10_000);
    expect(onComplete).toHaveBeenCalledOnce();
  });
});

describe('given a paused script', () => {
  it('should hold the line until resumed, then take only the time that was left', () => {
    render(<ObserverScript script={script} autoAdvance />);
    expect(screen.getByRole('region', { name: 'Timed' })).toHaveAttribute('data-state', 'running');
    wait(6_000);
    const pause = screen.getByRole('button', { name: 'Pause' });
    fireEvent.click(pause);
    expect(pause).toHaveAccessibleName('Resume');
    expect(screen.getByRole('region', { name: 'Timed' })).toHaveAttribute('data-state', 'paused');
    wait(60_000);
    expect(position()).toBe('1 of 4');
    fireEvent.click(pause);
    wait(3_999);
    expect(position()).toBe('1 of 4');
    wait(1);
    expect(position()).toBe('2 of 4');
  });
});

describe('given a change of pace while it runs', () => {
  it('should apply the new pace to the rest of the line', () => {
    const onPaceChange = vi.fn();
    render(<ObserverScript script={script} autoAdvance onPaceChange={onPaceChange} />);
    wait(5_000);
    fireEvent.change(screen.getByRole('combobox', { name: 'Pace' }), { target: { value: '2' } });
    expect(onPaceChange).toHaveBeenCalledWith(2);
    // Half the line had passed; the other half now takes 5 s / 2.
    wait(2_499);
    expect(position()).toBe('1 of 4');
    wait(1);
    expect(position()).toBe('2 of 4');
  });

  it('should give each line twice the time at half the pace', () => {
    render(<ObserverScript script={script} autoAdvance defaultPace={0.5} />);
    wait(19_999);
    expect(position()).toBe('1 of 4');
    wait(1);
    expect(position()).toBe('2 of 4');
  });

  it('should keep the pace between 0.5× and 4×', () => {
    render(<ObserverScript script={script} autoAdvance pace={100} />);
    wait(2_499);
    expect(position()).toBe('1 of 4');
    wait(1);
    expect(position()).toBe('2 of 4');
  });
});
