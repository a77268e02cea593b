import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AttuneProvider, es } from '../../src';
import { MomentFlow, MomentFlowDialog, type Moment } from '../../src/moment-flow';
import { createMemoryStorage } from '../../src/pattern-log';
import { expectNoAxeViolations } from '../axe';
import { savedEntries } from './savedEntries';

/** Presses Next until the script is finished (the button reads "Finish" on the last line). */
async function finishScript(user: ReturnType<typeof userEvent.setup>) {
  for (let guard = 0; guard < 40; guard++) {
    const finish = screen.queryByRole('button', { name: 'Finish' });
    if (finish) {
      finish.focus();
      await user.keyboard('{Enter}');
      return;
    }
    screen.getByRole('button', { name: 'Next' }).focus();
    await user.keyboard('{Enter}');
  }
  throw new Error('the script never finished');
}

describe('given a MomentFlow saving to a log', () => {
  it('should take a person from noticing to a saved moment by keyboard alone', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const onComplete = vi.fn<(moment: Moment) => void>();
    render(<MomentFlow storage={storage} onComplete={onComplete} />);

    expect(screen.getByRole('heading', { name: 'What did you notice?' })).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('radio', { name: 'People-pleasing' })).toHaveFocus();
    await user.keyboard(' ');
    await user.click(screen.getByRole('checkbox', { name: 'Shoulders' }));
    screen.getByRole('button', { name: 'Continue' }).focus();
    await user.keyboard('{Enter}');

    // The new step's heading takes focus, so the next thing read is where the person is.
    expect(screen.getByRole('heading', { name: 'How would you like to meet it?' })).toHaveFocus();
    expect(screen.getByText('People-pleasing')).toBeInTheDocument();
    const compassion = screen.getByRole('radio', { name: /As progress/ });
    compassion.focus();
    await user.keyboard(' ');
    expect(compassion).toHaveAttribute('aria-checked', 'true');
    screen.getByRole('button', { name: 'Continue' }).focus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('heading', { name: 'A kinder voice' })).toHaveFocus();
    await finishScript(user);

    expect(screen.getByRole('heading', { name: 'Breathe at your own pace' })).toHaveFocus();
    screen.getByRole('button', { name: 'Skip this step' }).focus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('heading', { name: 'You noticed. That matters.' })).toHaveFocus();
    expect(onComplete).toHaveBeenCalledTimes(1);
    const moment = onComplete.mock.calls[0]![0];
    expect(moment).toMatchObject({
      pattern: 'people-pleasing',
      body: ['shoulders'],
      path: 'compassion',
      script: { id: 'compassionate-observer', completed: true },
    });
    expect(moment.breath).toBeUndefined();
    const end = screen.getByRole('region', { name: 'You noticed. That matters.' });
    expect(await within(end).findByText('Saved to your log.')).toBeInTheDocument();
    expect(await savedEntries(storage)).toEqual([
      expect.objectContaining({ ...moment, id: expect.any(String) }),
    ]);
  });

  it('should fill the pattern into the script', async () => {
    const user = userEvent.setup();
    render(<MomentFlow noticed="bracing" />);
    await user.click(screen.getByRole('radio', { name: /As progress/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    for (let i = 0; i < 12 && screen.queryAllByText(/shoulders tightening/i).length === 0; i++) {
      await user.click(screen.getByRole('button', { name: /Next|Finish/ }));
    }
    expect(screen.getAllByText(/shoulders tightening/i).length).toBeGreaterThan(0);
  });

  it('should not offer the script after the shame path, and go on to breathing', async () => {
    const user = userEvent.setup();
    render(<MomentFlow noticed="fawning" />);
    await user.click(screen.getByRole('radio', { name: /As a setback/ }));
    expect(screen.getByRole('button', { name: 'Try “As progress” instead' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Breathe at your own pace' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it('should offer grounding next to breathing, and save which exercise was done but never the words', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const onComplete = vi.fn<(moment: Moment) => void>();
    render(<MomentFlow noticed="hypervigilance" storage={storage} onComplete={onComplete} />);
    await user.click(screen.getByRole('radio', { name: /As a setback/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    screen.getByRole('button', { name: 'Try grounding instead' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: 'Come back to here and now' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Come back to here and now' })).toHaveAttribute(
      'data-step',
      'ground',
    );
    expect(screen.getByRole('button', { name: 'Try breathing instead' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'Thing 1' }), 'the red kettle');
    for (let i = 0; i < 5; i++) await user.click(screen.getByRole('button', { name: /^(Next|Finish)$/ }));
    expect(screen.getByRole('heading', { name: 'You noticed. That matters.' })).toHaveFocus();
    const moment = onComplete.mock.calls[0]![0];
    expect(moment).toMatchObject({ path: 'shame', grounding: { variant: 'senses', completed: true } });
    await waitFor(async () => expect(await savedEntries(storage)).toHaveLength(1));
    expect(await storage.load()).not.toContain('red kettle');
  });

  it('should go back to breathing from grounding, and show grounding first when asked', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<MomentFlow noticed="fawning" />);
    await user.click(screen.getByRole('radio', { name: /As a setback/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Try grounding instead' }));
    await user.click(screen.getByRole('button', { name: 'Try breathing instead' }));
    expect(screen.getByRole('heading', { name: 'Breathe at your own pace' })).toHaveFocus();
    unmount();

    render(<MomentFlow noticed="fawning" settle="ground" groundingVariant="orienting" />);
    await user.click(screen.getByRole('radio', { name: /As a setback/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Where you are' })).toBeInTheDocument();
  });

  it('should not offer grounding when the host leaves it out', async () => {
    const user = userEvent.setup();
    render(<MomentFlow noticed="fawning" omit={['ground']} />);
    await user.click(screen.getByRole('radio', { name: /As a setback/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Breathe at your own pace' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try grounding instead' })).toBeNull();
  });

  it('should ask again, kindly, when Continue is pressed before anything was picked', async () => {
    const user = userEvent.setup();
    render(<MomentFlow />);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('Pick what you noticed, or put it in your own words.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'People-pleasing' })).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'What did you notice?' })).toBeInTheDocument();
  });

  it('should accept a pattern in the person’s own words', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn<(moment: Moment) => void>();
    render(<MomentFlow onComplete={onComplete} omit={['choose', 'breathe']} />);
    await user.click(screen.getByRole('radio', { name: 'Something else' }));
    await user.type(screen.getByRole('textbox', { name: 'In your own words' }), 'Apologising first');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ pattern: 'Apologising first' }));
  });

  it('should go back to the step before with what was entered still there', async () => {
    const user = userEvent.setup();
    render(<MomentFlow />);
    await user.click(screen.getByRole('radio', { name: 'Withdrawing' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(screen.getByRole('radio', { name: 'Withdrawing' })).toBeChecked();
  });
});

const headings = {
  choose: 'How would you like to meet it?',
  observe: 'A kinder voice',
  breathe: 'Breathe at your own pace',
};

describe('given a person who leaves or skips', () => {
  it.each([
    ['choose', 0],
    ['observe', 1],
    ['breathe', 2],
  ] as const)(
    'should keep what was entered when they leave at the %s step',
    async (step, compassionSteps) => {
      const user = userEvent.setup();
      const storage = createMemoryStorage();
      const onExit = vi.fn();
      render(<MomentFlow storage={storage} onExit={onExit} />);
      await user.click(screen.getByRole('radio', { name: 'Not being able to rest' }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      if (compassionSteps > 0) {
        await user.click(screen.getByRole('radio', { name: /As progress/ }));
        await user.click(screen.getByRole('button', { name: 'Continue' }));
      }
      if (compassionSteps > 1) await user.click(screen.getByRole('button', { name: 'Skip this step' }));
      expect(screen.getByRole('region', { name: headings[step] })).toHaveAttribute('data-step', step);

      await user.click(screen.getByRole('button', { name: 'This isn’t helping' }));
      expect(onExit).toHaveBeenCalledWith(expect.objectContaining({ pattern: 'cannot-rest' }));
      await waitFor(async () =>
        expect(await savedEntries(storage)).toEqual([expect.objectContaining({ pattern: 'cannot-rest' })]),
      );
    },
  );

  it('should keep a pattern that was picked but not yet sent on with Continue', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const onExit = vi.fn();
    render(<MomentFlow storage={storage} onExit={onExit} />);
    await user.click(screen.getByRole('radio', { name: 'Fawning' }));
    await user.click(screen.getByRole('checkbox', { name: 'Throat' }));
    await user.click(screen.getByRole('button', { name: 'This isn’t helping' }));
    expect(onExit).toHaveBeenCalledWith(expect.objectContaining({ pattern: 'fawning', body: ['throat'] }));
    await waitFor(async () =>
      expect(await savedEntries(storage)).toEqual([expect.objectContaining({ pattern: 'fawning' })]),
    );
  });

  it('should save nothing and say so to the host when nothing was entered', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const onExit = vi.fn();
    render(<MomentFlow storage={storage} onExit={onExit} />);
    await user.click(screen.getByRole('button', { name: 'This isn’t helping' }));
    expect(onExit).toHaveBeenCalledWith(null);
    expect(await storage.load()).toBeNull();
  });

  it('should reach the end when every step is skipped, keeping the skipped pattern out', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn<(moment: Moment) => void>();
    render(<MomentFlow onComplete={onComplete} />);
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Skip this step' }));
    expect(screen.getByRole('heading', { name: 'You noticed. That matters.' })).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('should have no accessibility violations at any step', async () => {
    const user = userEvent.setup();
    const { container } = render(<MomentFlow noticed="hypervigilance" />);
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('radio', { name: /As progress/ }));
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await expectNoAxeViolations(container);
  });
});

describe('given a MomentFlowDialog', () => {
  it('should open from "I noticed something" and return focus to it when closed', async () => {
    const user = userEvent.setup();
    render(<MomentFlowDialog />);
    const trigger = screen.getByRole('button', { name: 'I noticed something' });
    trigger.focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'A moment of noticing' });
    expect(within(dialog).getByRole('heading', { name: 'What did you notice?' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(trigger).toHaveFocus();
    expect(document.body.style.pointerEvents).not.toBe('none');
  });

  it('should save what was entered when it is closed with Escape midway', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const onExit = vi.fn();
    render(<MomentFlowDialog storage={storage} onExit={onExit} />);
    await user.click(screen.getByRole('button', { name: 'I noticed something' }));
    await user.click(screen.getByRole('radio', { name: 'Fawning' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onExit).toHaveBeenCalledWith(expect.objectContaining({ pattern: 'fawning' }));
    await waitFor(async () =>
      expect(await savedEntries(storage)).toEqual([expect.objectContaining({ pattern: 'fawning' })]),
    );
  });

  it('should close through the gentle exit', async () => {
    const user = userEvent.setup();
    render(<MomentFlowDialog defaultOpen trigger={null} />);
    await user.click(screen.getByRole('button', { name: 'This isn’t helping' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

describe('given a flow in Spanish', () => {
  it('should go on in Spanish after the choice: the Spanish script, not the English one', async () => {
    const user = userEvent.setup();
    render(
      <AttuneProvider locale="es" messages={es}>
        <MomentFlow noticed="fawning" />
      </AttuneProvider>,
    );
    await user.click(screen.getByRole('radio', { name: /Como un avance/ }));
    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(screen.getByText(/Algo antiguo acaba de aparecer/)).toBeInTheDocument();
    expect(screen.queryByText(/Something old/)).not.toBeInTheDocument();
  });
});

describe('given a note on the first step', () => {
  it('should save it with the moment, trimmed, and leave it out when empty', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const onExit = vi.fn();
    render(<MomentFlow storage={storage} onExit={onExit} />);
    await user.click(screen.getByRole('radio', { name: 'People-pleasing' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Anything you want to remember? (optional)' }),
      '  said yes to the extra shift  ',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'This isn’t helping' }));
    expect(onExit).toHaveBeenCalledWith(expect.objectContaining({ note: 'said yes to the extra shift' }));
    await waitFor(async () =>
      expect(await savedEntries(storage)).toEqual([
        expect.objectContaining({ pattern: 'people-pleasing', note: 'said yes to the extra shift' }),
      ]),
    );
  });

  it('should keep a note typed before leaving from the first step', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    render(<MomentFlow onExit={onExit} />);
    await user.type(
      screen.getByRole('textbox', { name: 'Anything you want to remember? (optional)' }),
      'at dinner',
    );
    await user.click(screen.getByRole('button', { name: 'This isn’t helping' }));
    expect(onExit).toHaveBeenCalledWith(expect.objectContaining({ note: 'at dinner' }));
  });
});
