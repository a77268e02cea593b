import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { AttuneProvider, es } from '../../src';
import { Grounding, type GroundingResult } from '../../src/grounding';
import { expectNoAxeViolations } from '../axe';

function announcements() {
  return Array.from(document.querySelectorAll('[data-attune-announcer] > div'), (line) => line.textContent);
}

const stepHeading = () => screen.getAllByRole('heading', { level: 3 });

describe('given the senses exercise', () => {
  it('should show its title, the first step as a heading, its position and five optional fields', () => {
    render(<Grounding />);
    const region = screen.getByRole('region', { name: 'Come back through your senses' });
    expect(within(region).getByRole('heading', { level: 3, name: 'Five things you can see' })).toBeVisible();
    expect(screen.getByText('1 of 5')).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'In words, if you like (optional)' });
    const fields = within(group).getAllByRole('textbox');
    expect(fields.map((field) => field.getAttribute('aria-label'))).toEqual([
      'Thing 1',
      'Thing 2',
      'Thing 3',
      'Thing 4',
      'Thing 5',
    ]);
    expect(fields[0]).toHaveAccessibleDescription(/Notice them one at a time/);
    fields.forEach((field) => expect(field).not.toBeRequired());
  });

  it('should never assume the person can use a sense: every step offers a skip', async () => {
    const user = userEvent.setup();
    render(<Grounding />);
    for (let i = 0; i < 5; i++) {
      expect(screen.getByRole('button', { name: 'Skip this one' })).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Skip this one' }));
    }
    expect(screen.getByRole('heading', { name: 'You’re here, right now.' })).toHaveFocus();
  });

  it('should have no accessibility violations on a step and at the end', async () => {
    const user = userEvent.setup();
    const { container } = render(<Grounding defaultStep={1} />);
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await expectNoAxeViolations(container);
  });
});

describe('given a person using only the keyboard', () => {
  it('should go through every step, moving focus to each new heading and saying where they are', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const onStepChange = vi.fn();
    render(<Grounding onComplete={onComplete} onStepChange={onStepChange} />);

    // Step 1: two things typed, Enter moving from field to field.
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Thing 1' })).toHaveFocus();
    await user.keyboard('the window{Enter}');
    expect(screen.getByRole('textbox', { name: 'Thing 2' })).toHaveFocus();
    await user.keyboard('  a green mug  ');
    // To Next: past three empty fields, Back and Skip.
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Back' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Four things you can hear' })).toHaveFocus();
    expect(screen.getByText('2 of 5')).toBeInTheDocument();
    expect(announcements()).toEqual(['Step 2 of 5']);
    expect(onStepChange).toHaveBeenLastCalledWith(
      1,
      expect.objectContaining({
        completed: false,
        steps: expect.arrayContaining([
          { id: 'see', state: 'noticed', answers: ['the window', 'a green mug'] },
        ]),
      }),
    );

    // Step 2: skipped by keyboard.
    await user.tab({ shift: false });
    for (let i = 0; i < 5; i++) await user.tab();
    expect(screen.getByRole('button', { name: 'Skip this one' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('heading', { name: 'Three things you can touch' })).toHaveFocus();

    // Step 3: Enter through every field moves on from the last one.
    await user.tab();
    await user.keyboard('{Enter}{Enter}soft sleeve{Enter}');
    expect(screen.getByRole('heading', { name: 'Two things you can smell' })).toHaveFocus();

    // Step 4 and 5: nothing typed, Next and Finish.
    for (const name of ['Next', 'Finish']) {
      const button = screen.getByRole('button', { name });
      button.focus();
      await user.keyboard('{Enter}');
    }
    const end = screen.getByRole('heading', { name: 'You’re here, right now.' });
    expect(end).toHaveFocus();
    expect(within(screen.getByRole('region')).queryByText(/of 5/)).toBeNull();
    expect(onComplete).toHaveBeenCalledOnce();
    expect(onComplete).toHaveBeenCalledWith({
      variant: 'senses',
      completed: true,
      startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      steps: [
        { id: 'see', state: 'noticed', answers: ['the window', 'a green mug'] },
        { id: 'hear', state: 'skipped', answers: [] },
        { id: 'touch', state: 'noticed', answers: ['soft sleeve'] },
        { id: 'smell', state: 'noticed', answers: [] },
        { id: 'taste', state: 'noticed', answers: [] },
      ],
    });
  });

  it('should go back a step with what was typed still there, and keep Back reachable on the first', async () => {
    const user = userEvent.setup();
    render(<Grounding variant="orienting" />);
    await user.type(screen.getByRole('textbox', { name: 'In words, if you like (optional)' }), 'my kitchen');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Today’s date' })).toHaveFocus();
    const back = screen.getByRole('button', { name: 'Back' });
    await user.click(back);
    expect(screen.getByRole('heading', { name: 'Where you are' })).toHaveFocus();
    expect(screen.getByRole('textbox')).toHaveValue('my kitchen');
    expect(back).toHaveAttribute('aria-disabled', 'true');
    await user.click(back);
    expect(screen.getByText('1 of 4')).toBeInTheDocument();
  });

  it('should start again with every field empty', async () => {
    const user = userEvent.setup();
    render(<Grounding variant="orienting" defaultStep={3} />);
    await user.type(screen.getByRole('textbox'), 'a stone');
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('heading', { name: 'Where you are' })).toHaveFocus();
    expect(screen.getByRole('textbox')).toHaveValue('');
  });
});

describe('given the orienting variant', () => {
  it('should ask where, when, the time of day and something to hold, one labelled field each', async () => {
    const user = userEvent.setup();
    render(<Grounding variant="orienting" />);
    expect(screen.getByRole('region', { name: 'Find where you are' })).toBeInTheDocument();
    const titles: string[] = [];
    for (let i = 0; i < 4; i++) {
      titles.push(stepHeading()[0]!.textContent ?? '');
      expect(screen.getAllByRole('textbox')).toHaveLength(1);
      await user.click(screen.getByRole('button', { name: /^(Next|Finish)$/ }));
    }
    expect(titles).toEqual(['Where you are', 'Today’s date', 'The time of day', 'Something you can hold']);
  });
});

describe('given a sense the host leaves out', () => {
  it('should not show it and count the steps that remain', () => {
    render(<Grounding omit={['smell']} defaultStep={3} />);
    expect(screen.getByRole('heading', { name: 'One thing you can taste' })).toBeInTheDocument();
    expect(screen.getByText('4 of 4')).toBeInTheDocument();
  });
});

describe('given the gentle exit', () => {
  it('should hand the host what was written so far, and keep nothing itself', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn<(progress: GroundingResult) => void>();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    render(<Grounding onExit={onExit} />);
    await user.type(screen.getByRole('textbox', { name: 'Thing 1' }), 'a lamp');
    await user.click(screen.getByRole('button', { name: 'This isn’t helping' }));
    expect(onExit).toHaveBeenCalledOnce();
    expect(onExit.mock.calls[0]![0]).toMatchObject({
      completed: false,
      steps: [{ id: 'see', state: 'not-reached', answers: ['a lamp'] }, ...Array(4).fill(expect.anything())],
    });
    expect(setItem).not.toHaveBeenCalled();
  });
});

describe('given the gentle exit with no onExit', () => {
  it('should offer the app’s support in the exercise’s place, and come back to it as it was', async () => {
    const user = userEvent.setup();
    render(
      <AttuneProvider support={{ label: 'Talk to someone now', href: 'https://support.example/' }}>
        <Grounding />
      </AttuneProvider>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Thing 1' }), 'a lamp');
    await user.click(screen.getByRole('button', { name: 'This isn’t helping' }));
    expect(screen.getByRole('link', { name: /Talk to someone now/ })).toHaveAttribute(
      'href',
      'https://support.example/',
    );
    expect(screen.queryByRole('textbox', { name: 'Thing 1' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go back to the exercise' }));
    expect(screen.getByRole('textbox', { name: 'Thing 1' })).toHaveValue('a lamp');
    expect(screen.getByRole('button', { name: 'This isn’t helping' })).toHaveFocus();
  });
});

describe('given a controlled step', () => {
  it('should show the step it is given and only ask to move', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    render(<Grounding step={2} onStepChange={onStepChange} />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onStepChange).toHaveBeenCalledWith(3, expect.objectContaining({ completed: false }));
    expect(screen.getByRole('heading', { name: 'Three things you can touch' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onStepChange).toHaveBeenLastCalledWith(1, expect.anything());
  });

  it('should follow a host that keeps the step in its own state', async () => {
    const user = userEvent.setup();
    function Host() {
      const [step, setStep] = useState(0);
      return (
        <>
          <p>Host step {step}</p>
          <Grounding variant="orienting" step={step} onStepChange={setStep} />
        </>
      );
    }
    render(<Host />);
    await user.click(screen.getByRole('button', { name: 'Skip this one' }));
    expect(screen.getByText('Host step 1')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Today’s date' })).toHaveFocus();
  });

  it('should clamp a step it does not have', () => {
    render(<Grounding variant="orienting" step={40} />);
    expect(screen.getByText('4 of 4')).toBeInTheDocument();
  });
});

describe('given Spanish', () => {
  it('should use the Spanish strings', async () => {
    const user = userEvent.setup();
    render(
      <AttuneProvider messages={es} locale="es">
        <Grounding />
      </AttuneProvider>,
    );
    expect(screen.getByRole('region', { name: 'Vuelve a través de tus sentidos' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Cinco cosas que puedes ver' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Cosa 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Saltar este' }));
    expect(screen.getByText('2 de 5')).toBeInTheDocument();
    expect(announcements()).toEqual(['Paso 2 de 5']);
    expect(screen.getByRole('button', { name: 'Esto no me está ayudando' })).toBeInTheDocument();
  });
});

describe('given reduced motion', () => {
  it('should mark the widget so a new step arrives without moving', () => {
    render(
      <AttuneProvider reducedMotion="always">
        <Grounding />
      </AttuneProvider>,
    );
    expect(screen.getByRole('region')).toHaveAttribute('data-motion', 'reduce');
  });
});

describe('given the first render', () => {
  it('should leave focus where the page put it and announce nothing', () => {
    render(<Grounding />);
    expect(document.body).toHaveFocus();
    expect(announcements()).toEqual([]);
  });
});
