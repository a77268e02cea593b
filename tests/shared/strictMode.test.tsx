// fireEvent where the clock is fake: Testing Library's async wrapper waits on a real timer.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Fragment, StrictMode, type ReactElement } from 'react';
import { BreathPacer } from '../../src/breath-pacer';
import { ChoicePoint, ChoicePointDialog, type Choice } from '../../src/choice-point';
import { Grounding, type GroundingResult } from '../../src/grounding';
import { ObserverScript, type Script } from '../../src/observer-script';
import { createMemoryStorage, parsePatternLog, PatternLog } from '../../src/pattern-log';
import { advance, fakeTimersInEachTest } from '../fakeTimers';
import { announcements, listen } from '../liveRegion';

// StrictMode mounts every widget, unmounts it and mounts it again at once, and runs effects
// twice. Each widget must behave exactly as without it: nothing said twice, no callback at
// mount, no timer lost or doubled.

/** Unmounts, and takes the live region away with what it still holds and its timers. */
function tearDown() {
  cleanup();
  document.querySelector('[data-attune-announcer]')?.remove();
  vi.clearAllTimers();
}

const strict = (ui: ReactElement) => render(<StrictMode>{ui}</StrictMode>);

describe('given a ChoicePoint in StrictMode', () => {
  it('should report and announce a choice once, and nothing at mount', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn<(choice: Choice) => void>();
    strict(<ChoicePoint noticed="fawning" onChoose={onChoose} />);
    expect(announcements()).toEqual([]);
    await user.click(screen.getByRole('radio', { name: 'As a setback' }));
    expect(onChoose).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ path: 'shame' }));
    expect(announcements()).toEqual([expect.stringMatching(/^You chose “As a setback”\. You noticed it\./)]);
  });
});

describe('given a ChoicePointDialog in StrictMode', () => {
  it('should stay open until it is closed, and ask to close once', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn<(open: boolean) => void>();
    strict(<ChoicePointDialog noticed="fawning" defaultOpen onOpenChange={onOpenChange} />);
    await act(async () => {});
    const dialog = screen.getByRole('dialog', { name: 'A moment to choose' });
    expect(within(dialog).getByRole('radio', { name: 'As progress' })).toBeVisible();
    expect(onOpenChange).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
  });
});

describe('given a Grounding in StrictMode', () => {
  it('should say each new step once and finish once, with nothing reported at mount', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn<(result: GroundingResult) => void>();
    const onExit = vi.fn();
    strict(<Grounding onComplete={onComplete} onExit={onExit} />);
    await act(async () => {});
    expect(screen.getByRole('heading', { level: 3, name: 'Five things you can see' })).toBeVisible();
    expect(onComplete).not.toHaveBeenCalled();
    expect(onExit).not.toHaveBeenCalled();
    expect(announcements()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(announcements()).toHaveLength(1);
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByRole('heading', { name: 'You’re here, right now.' })).toHaveFocus();
    expect(announcements()).toHaveLength(4);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ completed: true }));
    expect(onExit).not.toHaveBeenCalled();
  });
});

describe('given a PatternLog in StrictMode', () => {
  it('should load once, then save and announce a logged moment once', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    strict(<PatternLog storage={storage} />);
    await screen.findByText('Up to date.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'What did you notice?' }), 'fawning');
    await user.click(screen.getByRole('button', { name: 'Log it' }));

    expect(await screen.findByRole('button', { name: /^Edit Fawning/ })).toBeInTheDocument();
    expect(announcements().filter((line) => line?.includes('You noticed'))).toHaveLength(1);
    await waitFor(async () => {
      const parsed = parsePatternLog((await storage.load()) ?? '');
      expect(parsed.ok && parsed.document.entries).toEqual([expect.objectContaining({ pattern: 'fawning' })]);
    });
  });
});

describe('given widgets that keep time, in StrictMode and without', () => {
  fakeTimersInEachTest();

  const script: Script = {
    id: 'timed',
    title: 'Timed',
    steps: [{ text: 'One.' }, { text: 'Two.', pause: 4 }, { text: 'Three.' }],
  };

  /** What a script on auto-advance shows, says and reports over 30 seconds. */
  function playScript(Wrapper: typeof Fragment | typeof StrictMode) {
    const onComplete = vi.fn();
    const stop = listen();
    render(
      <Wrapper>
        <ObserverScript script={script} autoAdvance onComplete={onComplete} />
      </Wrapper>,
    );
    const seen: Array<string | null> = [];
    for (let second = 1; second <= 30; second++) {
      advance(1000);
      seen.push(screen.queryByText(/^\d of 3$/)?.textContent ?? null);
    }
    const said = stop();
    const completions = onComplete.mock.calls.length;
    tearDown();
    return { seen, said, completions };
  }

  it('should move an auto-advancing script on at the same moments, and finish once', () => {
    const plain = playScript(Fragment);
    const underStrict = playScript(StrictMode);
    expect(plain.seen[9]).toBe('2 of 3');
    expect(plain.said).toHaveLength(3);
    expect(plain.completions).toBe(1);
    expect(underStrict).toEqual(plain);
  });

  /** Every phase a BreathPacer reports, what it says and how it ends, over two cycles and a rest. */
  function breathe(Wrapper: typeof Fragment | typeof StrictMode) {
    const onPhaseChange = vi.fn();
    const onComplete = vi.fn();
    const stop = listen();
    render(
      <Wrapper>
        <BreathPacer pattern="gentle" cycles={2} onPhaseChange={onPhaseChange} onComplete={onComplete} />
      </Wrapper>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    for (let second = 0; second < 30; second++) advance(1000);
    const result = {
      phases: onPhaseChange.mock.calls.map(([change]) => change as unknown),
      said: stop(),
      ended: onComplete.mock.calls.map(([summary]) => summary as unknown),
    };
    tearDown();
    return result;
  }

  it('should still pace a BreathPacer: the same phases, the same words, and one end', () => {
    const plain = breathe(Fragment);
    const underStrict = breathe(StrictMode);
    expect(plain.phases).toHaveLength(4);
    expect(plain.said).toEqual([
      'Breathe in',
      'Breathe out',
      'Breathe in',
      'Breathe out',
      'That’s the end of this round. Notice how you feel.',
    ]);
    expect(plain.ended).toEqual([expect.objectContaining({ cycles: 2, completed: true })]);
    expect(underStrict).toEqual(plain);
  });
});
