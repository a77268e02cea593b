import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { AttuneProvider, es, type SupportResource } from '../../src';
import { BreathPacer } from '../../src/breath-pacer';
import { ChoicePoint } from '../../src/choice-point';
import { MomentFlow, MomentFlowDialog } from '../../src/moment-flow';
import { ObserverScript, type Script } from '../../src/observer-script';
import { PatternLog, createMemoryStorage } from '../../src/pattern-log';
import { expectNoAxeViolations } from '../axe';

const support: SupportResource[] = [
  { label: 'A line you can call tonight', href: 'tel:+10000000000' },
  { label: 'Talk to our team', onOpen: () => {} },
];

function withSupport(ui: ReactElement, resources: SupportResource[] | undefined = support) {
  return render(<AttuneProvider support={resources}>{ui}</AttuneProvider>);
}

const exitButton = () => screen.getByRole('button', { name: 'This isn’t helping' });
const offer = () => screen.getByRole('region', { name: 'Pausing here' });
const strongOffer = () => screen.queryByRole('region', { name: 'Support, if you want it' });

const breathing: Script = {
  id: 'breathing',
  title: 'Breathing',
  steps: [{ kind: 'breath', text: 'Breathe with me.', cycles: 1 }, { text: 'Welcome back.' }],
};

const twoLines: Script = { id: 'two', title: 'Two lines', steps: [{ text: 'One.' }, { text: 'Two.' }] };

describe('given any widget with no onExit', () => {
  it.each([
    ['ChoicePoint', <ChoicePoint key="c" noticed="fawning" />],
    ['ObserverScript', <ObserverScript key="o" script={twoLines} />],
    ['BreathPacer', <BreathPacer key="b" />],
    ['PatternLog', <PatternLog key="p" storage={createMemoryStorage()} />],
    ['MomentFlow', <MomentFlow key="m" />],
  ])('%s should still show the gentle exit', (_, ui) => {
    render(ui);
    expect(exitButton()).toBeVisible();
  });
});

describe('given a running BreathPacer and no onExit', () => {
  it('should pause, offer the support, and lead back to the breathing, focus on the exit', async () => {
    const user = userEvent.setup();
    withSupport(<BreathPacer defaultRunning />);
    expect(screen.getByRole('group', { name: 'Breathing guide' })).toHaveAttribute('data-state', 'running');
    await user.click(exitButton());
    expect(screen.getByRole('group', { name: 'Breathing guide' })).toHaveAttribute('data-state', 'paused');
    expect(within(offer()).getByRole('heading', { name: 'Pausing here' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'A line you can call tonight' })).toHaveAttribute(
      'href',
      'tel:+10000000000',
    );
    expect(screen.getByRole('button', { name: 'Talk to our team' })).toBeVisible();
    expect(screen.getByText('You can come back to this any time.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Go back to the breathing' }));
    expect(screen.queryByRole('region', { name: 'Pausing here' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeVisible();
    expect(exitButton()).toHaveFocus();
  });

  it('should still call onExit, and show no offer of its own, when the host gives one', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    withSupport(<BreathPacer defaultRunning onExit={onExit} />);
    await user.click(exitButton());
    expect(onExit).toHaveBeenCalledOnce();
    expect(screen.queryByRole('region', { name: 'Pausing here' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeVisible();
  });
});

describe('given a ChoicePoint and no support from the host', () => {
  it('should offer only the pause, the "come back" line and the way back', async () => {
    const user = userEvent.setup();
    const { container } = render(<ChoicePoint noticed="fawning" defaultValue="compassion" />);
    await user.click(exitButton());
    expect(within(offer()).queryByRole('list')).toBeNull();
    expect(within(offer()).queryByRole('link')).toBeNull();
    expect(screen.getByText('You can come back to this any time.')).toBeVisible();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Go back to the choice' }));
    expect(screen.getByRole('radio', { name: /As progress/ })).toBeChecked();
  });

  it('should speak Spanish', async () => {
    const user = userEvent.setup();
    render(
      <AttuneProvider locale="es" messages={es} support={support}>
        <ChoicePoint noticed="fawning" />
      </AttuneProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Esto no me está ayudando' }));
    expect(screen.getByRole('heading', { name: 'Una pausa aquí' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Volver a la elección' })).toBeVisible();
  });
});

describe('given an ObserverScript that advances by itself and no onExit', () => {
  it('should stop advancing and speaking, and come back paused', async () => {
    const user = userEvent.setup();
    withSupport(<ObserverScript script={twoLines} autoAdvance defaultSpeak />);
    await user.click(exitButton());
    expect(offer()).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Go back to the script' }));
    expect(screen.getByRole('button', { name: 'Resume' })).toBeVisible();
    expect(screen.getByText('1 of 2')).toBeVisible();
  });
});

describe('given a PatternLog and no onExit', () => {
  it('should step aside for the offer and keep what was being typed', async () => {
    const user = userEvent.setup();
    withSupport(<PatternLog storage={createMemoryStorage()} />);
    await screen.findByText('Up to date.');
    await user.type(screen.getByRole('textbox', { name: /note/i }), 'at the meeting');
    await user.click(exitButton());
    expect(offer()).toBeVisible();
    expect(screen.queryByRole('textbox', { name: /note/i })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Go back to your log' }));
    expect(screen.getByRole('textbox', { name: /note/i })).toHaveValue('at the meeting');
    expect(exitButton()).toHaveFocus();
  });
});

describe('given a strong intensity', () => {
  it.each([
    [9, true],
    [10, true],
    [8, false],
  ])('ChoicePoint should offer support for %i: %s', async (point, offered) => {
    const user = userEvent.setup();
    withSupport(<ChoicePoint noticed="fawning" askIntensity />);
    const scale = screen.getByRole('group', { name: 'How strong is it right now?' });
    await user.click(within(scale).getByRole('radio', { name: String(point) }));
    expect(strongOffer() !== null).toBe(offered);
    if (offered) {
      expect(within(strongOffer()!).getByRole('link', { name: 'A line you can call tonight' })).toBeVisible();
      // Announced, never pulling focus away from the scale.
      expect(within(scale).getByRole('radio', { name: String(point) })).toHaveFocus();
      expect(screen.getByRole('log')).toHaveTextContent('Support, if you want it');
    }
  });

  it('ChoicePoint should offer it after the reflection too, and offer nothing without support', async () => {
    const user = userEvent.setup();
    const { unmount } = withSupport(<ChoicePoint noticed="fawning" askIntensity defaultValue="compassion" />);
    const after = screen.getByRole('group', { name: 'And how strong is it now?' });
    await user.click(within(after).getByRole('radio', { name: '10' }));
    expect(strongOffer()).not.toBeNull();
    unmount();
    render(<ChoicePoint noticed="fawning" askIntensity />);
    await user.click(screen.getByRole('radio', { name: '10' }));
    expect(strongOffer()).toBeNull();
  });

  it.each([
    ['9', true],
    ['10', true],
    ['8', false],
  ])('PatternLog should offer support after an entry of %s: %s', async (value, offered) => {
    const user = userEvent.setup();
    withSupport(<PatternLog storage={createMemoryStorage()} />);
    await screen.findByText('Up to date.');
    await user.type(screen.getByRole('spinbutton', { name: /How strong/ }), value);
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    expect(strongOffer() !== null).toBe(offered);
  });

  it('PatternLog should offer it once per entry, and clear it with the next calmer one', async () => {
    const user = userEvent.setup();
    withSupport(<PatternLog storage={createMemoryStorage()} />);
    await screen.findByText('Up to date.');
    const strength = () => screen.getByRole('spinbutton', { name: /How strong/ });
    await user.type(strength(), '9');
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    await user.type(strength(), '10');
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    const said = Array.from(document.querySelectorAll('[data-attune-announcer] > div'), (d) => d.textContent);
    expect(said.filter((text) => text?.startsWith('Support, if you want it'))).toHaveLength(2);
    await user.type(strength(), '3');
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    expect(strongOffer()).toBeNull();
  });
});

describe('given a MomentFlow', () => {
  async function toObserve(user: ReturnType<typeof userEvent.setup>) {
    await user.click(screen.getByRole('radio', { name: /As progress/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
  }

  it('should leave the whole flow from the BreathPacer inside its script, and offer support', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    withSupport(<MomentFlow noticed="fawning" script={breathing} onExit={onExit} />);
    await toObserve(user);
    const pacer = screen.getByRole('group', { name: 'Breathing guide' });
    await user.click(within(pacer).getByRole('button', { name: 'This isn’t helping' }));
    expect(onExit).toHaveBeenCalledWith(expect.objectContaining({ pattern: 'fawning', path: 'compassion' }));
    expect(within(offer()).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'A line you can call tonight' })).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Breathing guide' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skip this step' })).toBeNull();
    // The flow has ended (saved): there is nothing to go back to.
    expect(screen.queryByRole('button', { name: 'Go back to this moment' })).toBeNull();
  });

  it.each(['script', 'breathing step'])('should leave the whole flow from the %s', async (where) => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    withSupport(<MomentFlow noticed="fawning" script={twoLines} onExit={onExit} />);
    await toObserve(user);
    if (where === 'breathing step') await user.click(screen.getByRole('button', { name: 'Skip this step' }));
    await user.click(exitButton());
    expect(onExit).toHaveBeenCalledOnce();
    expect(offer()).toBeVisible();
  });

  it('should pause the whole flow without onExit, and lead back to the same step', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    withSupport(<MomentFlow noticed="fawning" script={breathing} onComplete={onComplete} />);
    await toObserve(user);
    const pacer = screen.getByRole('group', { name: 'Breathing guide' });
    await user.click(within(pacer).getByRole('button', { name: 'Start' }));
    await user.click(within(pacer).getByRole('button', { name: 'This isn’t helping' }));
    expect(offer()).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Skip this step' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Go back to this moment' }));
    expect(screen.getByRole('heading', { name: 'A kinder voice' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Skip this step' })).toBeVisible();
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('should ask how strong it is when asked, offer support at 10, and save both answers', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    withSupport(
      <MomentFlow noticed="fawning" askIntensity omit={['observe', 'breathe']} onComplete={onComplete} />,
    );
    await user.click(
      within(screen.getByRole('group', { name: 'How strong is it right now?' })).getByRole('radio', {
        name: '10',
      }),
    );
    expect(within(strongOffer()!).getByRole('heading', { level: 3 })).toBeVisible();
    await user.click(screen.getByRole('radio', { name: /As progress/ }));
    await user.click(
      within(screen.getByRole('group', { name: 'And how strong is it now?' })).getByRole('radio', {
        name: '6',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ pattern: 'fawning', intensity: 10, intensityAfter: 6 }),
    );
  });

  it('should keep its dialog open on the offer when there is support, until it is closed', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    withSupport(<MomentFlowDialog defaultOpen trigger={null} onExit={onExit} />);
    await user.click(exitButton());
    expect(onExit).toHaveBeenCalledWith(null);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('link', { name: 'A line you can call tonight' })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
