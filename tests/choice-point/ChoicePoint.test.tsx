import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ChoicePoint, type Choice, type ChoicePath } from '../../src/choice-point';
import { es } from '../../src/locales/es';
import { AttuneProvider } from '../../src/AttuneProvider';
import { expectNoAxeViolations } from '../axe';

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function announcements(): string {
  return document.querySelector('[data-attune-announcer]')?.textContent ?? '';
}

function group() {
  return screen.getByRole('radiogroup', { name: 'How would you like to meet this moment?' });
}

describe('given a default ChoicePoint', () => {
  it('should show what was noticed by its label, and both paths, none chosen', () => {
    render(<ChoicePoint noticed="people-pleasing" />);
    expect(screen.getByText('People-pleasing')).toBeVisible();
    expect(within(group()).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByRole('radio', { name: 'As a setback' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'As progress' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'As progress' })).toHaveAccessibleDescription(/patience/);
  });

  it('should show free text as it was written', () => {
    render(<ChoicePoint noticed="Said yes when I meant no" />);
    expect(screen.getByText('Said yes when I meant no')).toBeVisible();
  });

  it('should have one tab stop, that arrow keys move focus without choosing, and Space chooses', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn<(choice: Choice) => void>();
    render(<ChoicePoint noticed="fawning" onChoose={onChoose} />);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'As a setback' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'As progress' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'As a setback' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(onChoose).not.toHaveBeenCalled();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: 'As progress' })).toBeChecked();
    expect(onChoose).toHaveBeenCalledTimes(1);
    await user.tab();
    expect(group()).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('should return the tab stop to the chosen path', async () => {
    const user = userEvent.setup();
    render(<ChoicePoint noticed="fawning" defaultValue="compassion" />);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'As progress' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('radio', { name: 'As a setback' })).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab();
    expect(screen.getByRole('radio', { name: 'As progress' })).toHaveFocus();
  });

  it('should report the choice with the path, what was noticed, the body and an ISO time', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn<(choice: Choice) => void>();
    render(<ChoicePoint noticed="bracing" body={['shoulders', 'jaw']} onChoose={onChoose} />);
    await user.click(screen.getByRole('radio', { name: 'As progress' }));
    expect(onChoose).toHaveBeenCalledWith({
      path: 'compassion',
      noticed: 'bracing',
      body: ['shoulders', 'jaw'],
      at: expect.stringMatching(isoTime),
    });
  });

  it('should name several body areas as a list', () => {
    render(<ChoicePoint noticed="bracing" body={['shoulders', 'jaw', 'a knot under the ribs']} />);
    expect(screen.getByText('Shoulders, Jaw, and a knot under the ribs')).toBeVisible();
  });

  it('should keep what was noticed and the paths on screen after the choice, the chosen one marked', async () => {
    const user = userEvent.setup();
    const { container } = render(<ChoicePoint noticed="withdrawing" body="chest" />);
    await user.click(screen.getByRole('radio', { name: 'As a setback' }));
    expect(screen.getByText('Withdrawing')).toBeVisible();
    expect(screen.getByText('Chest')).toBeVisible();
    expect(screen.getByRole('radio', { name: 'As a setback' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'As a setback' })).toHaveAttribute('data-state', 'checked');
    expect(screen.getByRole('radio', { name: 'As progress' })).toHaveAttribute('data-state', 'unchecked');
    expect(container.firstElementChild).toHaveAttribute('data-path', 'shame');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'chosen');
  });

  it('should have no accessibility violations, before and after a choice', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ChoicePoint noticed="cannot-rest" body="back" askIntensity onExit={() => {}} />,
    );
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('radio', { name: 'As a setback' }));
    await expectNoAxeViolations(container);
  });
});

describe('given the shame path is chosen', () => {
  it('should affirm the noticing first, without a verdict, and announce it politely', async () => {
    const user = userEvent.setup();
    render(<ChoicePoint noticed="fawning" />);
    const shame = screen.getByRole('radio', { name: 'As a setback' });
    await user.click(shame);
    const affirmation = screen.getByText(/^You noticed it\./);
    expect(affirmation).toBeVisible();
    expect(affirmation.nextElementSibling).toHaveTextContent(/another way/);
    expect(announcements()).toMatch(/^You chose “As a setback”\. You noticed it\./);
    expect(shame).toHaveFocus();
  });

  it('should offer the way back, report both choices in order, and keep focus on the path it led to', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn<(choice: Choice) => void>();
    render(<ChoicePoint noticed="keeping-quiet" onChoose={onChoose} next={<p>Next step</p>} />);
    await user.click(screen.getByRole('radio', { name: 'As a setback' }));
    expect(screen.queryByText('Next step')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Try “As progress” instead' }));
    expect(onChoose.mock.calls.map(([choice]) => choice.path)).toEqual(['shame', 'compassion']);
    expect(screen.getByRole('radio', { name: 'As progress' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'As progress' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Try “As progress” instead' })).toBeNull();
    expect(screen.getByText('Next step')).toBeVisible();
  });

  it('should reach the way back by keyboard alone', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn<(choice: Choice) => void>();
    render(<ChoicePoint noticed="fawning" onChoose={onChoose} />);
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Try “As progress” instead' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledTimes(2);
    expect(onChoose.mock.calls[1]![0]).toMatchObject({ path: 'compassion' });
  });
});

describe('given the compassion path is chosen', () => {
  it('should show the reflection and the host’s next step, given as a function of the path', async () => {
    const user = userEvent.setup();
    render(<ChoicePoint noticed="fawning" next={(path) => <p>{`After ${path.id}`}</p>} />);
    await user.click(screen.getByRole('radio', { name: 'As progress' }));
    expect(screen.getByText(/^You noticed it\./)).toBeVisible();
    expect(screen.getByText(/^That pattern was trying to keep you safe/)).toBeVisible();
    expect(screen.getByText('After compassion')).toBeVisible();
    expect(screen.queryByRole('button', { name: /instead/ })).toBeNull();
  });
});

describe('given custom ACT paths', () => {
  const actPaths: ChoicePath[] = [
    { id: 'towards', label: 'A towards move', description: 'Closer to who you want to be.' },
    {
      id: 'away',
      label: 'An away move',
      reflection: 'Away moves make sense: they were there to protect you.',
    },
  ];

  it('should offer them, report their ids, and take the mapped way back', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn<(choice: Choice) => void>();
    render(
      <ChoicePoint
        noticed="hypervigilance"
        paths={actPaths}
        wayBack={{ away: 'towards' }}
        onChoose={onChoose}
      />,
    );
    expect(screen.queryByRole('radio', { name: 'As a setback' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'An away move' }));
    expect(screen.getByText(/^You noticed it\./)).toBeVisible();
    expect(screen.getByText(/^Away moves make sense/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try “A towards move” instead' }));
    expect(onChoose.mock.calls.map(([choice]) => choice.path)).toEqual(['away', 'towards']);
  });

  it('should offer no way back when none is mapped', async () => {
    const user = userEvent.setup();
    render(<ChoicePoint noticed="x" paths={actPaths} />);
    await user.click(screen.getByRole('radio', { name: 'An away move' }));
    expect(screen.queryByRole('button', { name: /instead/ })).toBeNull();
  });
});

describe('given a controlled value', () => {
  function Controlled({ onChoose }: { onChoose: (choice: Choice) => void }) {
    const [value, setValue] = useState<string | null>('shame');
    return (
      <>
        <ChoicePoint
          noticed="fawning"
          value={value}
          onChoose={(choice) => {
            onChoose(choice);
            setValue(choice.path);
          }}
        />
        <button type="button" onClick={() => setValue(null)}>
          Start over
        </button>
      </>
    );
  }

  it('should show the host’s value and follow it', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn<(choice: Choice) => void>();
    render(<Controlled onChoose={onChoose} />);
    expect(screen.getByRole('radio', { name: 'As a setback' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Try “As progress” instead' }));
    expect(screen.getByRole('radio', { name: 'As progress' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('radio', { name: 'As progress' })).not.toBeChecked();
    expect(screen.queryByText(/^You noticed it\./)).toBeNull();
    expect(onChoose).toHaveBeenCalledTimes(1);
  });

  it('should not change when the host keeps its value', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn<(choice: Choice) => void>();
    render(<ChoicePoint noticed="fawning" value="shame" onChoose={onChoose} />);
    await user.click(screen.getByRole('radio', { name: 'As progress' }));
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ path: 'compassion' }));
    expect(screen.getByRole('radio', { name: 'As a setback' })).toBeChecked();
  });
});

describe('given askIntensity', () => {
  it('should include the intensity before in the choice, and report the intensity after', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn<(choice: Choice) => void>();
    const onIntensityAfterChange = vi.fn();
    render(
      <ChoicePoint
        noticed="bracing"
        askIntensity
        onChoose={onChoose}
        onIntensityAfterChange={onIntensityAfterChange}
      />,
    );
    const before = screen.getByRole('group', { name: 'How strong is it right now?' });
    expect(within(before).getAllByRole('radio')).toHaveLength(11);
    expect(screen.queryByRole('group', { name: 'And how strong is it now?' })).toBeNull();
    await user.click(within(before).getByRole('radio', { name: '7' }));
    await user.click(screen.getByRole('radio', { name: 'As progress' }));
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ path: 'compassion', intensity: 7 }));

    const after = screen.getByRole('group', { name: 'And how strong is it now?' });
    await user.click(within(after).getByRole('radio', { name: '5' }));
    await user.keyboard('{ArrowLeft}');
    expect(within(after).getByRole('radio', { name: '4' })).toBeChecked();
    expect(onIntensityAfterChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        path: 'compassion',
        intensity: 7,
        intensityAfter: 4,
        at: onChoose.mock.calls[0]![0].at,
      }),
    );
  });

  it('should leave the intensity out when it was not answered', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn<(choice: Choice) => void>();
    render(<ChoicePoint noticed="bracing" askIntensity onChoose={onChoose} />);
    await user.click(screen.getByRole('radio', { name: 'As a setback' }));
    expect(onChoose.mock.calls[0]![0]).not.toHaveProperty('intensity');
  });
});

describe('given bad input', () => {
  it.each([
    ['one path', [{ id: 'only', label: 'Only' }], /at least two paths/],
    [
      'a repeated id',
      [
        { id: 'same', label: 'One' },
        { id: 'same', label: 'Two' },
      ],
      /“same”/,
    ],
    ['no list at all', 'shame' as unknown as ChoicePath[], /need to be a list/],
  ])('should say so plainly for %s, log it, and not crash', (_, paths, message) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(<ChoicePoint noticed="fawning" paths={paths} />);
    expect(screen.getByRole('status')).toHaveTextContent(message);
    expect(screen.getByRole('status')).toHaveTextContent('These choices can’t be shown right now.');
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.getByText('Fawning')).toBeVisible();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'invalid');
    expect(error).toHaveBeenCalledWith(expect.stringMatching(message));
  });

  it('should name a value that is not a path and still let the person choose', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ChoicePoint noticed="fawning" defaultValue="courage" />);
    expect(screen.getByRole('status')).toHaveTextContent('“courage” is not one of the paths');
    expect(screen.getByRole('radio', { name: 'As a setback' })).not.toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'As progress' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('radio', { name: 'As progress' })).toBeChecked();
  });
});

describe('given Spanish messages from the provider', () => {
  it('should speak Spanish, the pattern label included', async () => {
    render(
      <AttuneProvider locale="es" messages={es}>
        <ChoicePoint noticed="people-pleasing" />
      </AttuneProvider>,
    );
    expect(screen.getByText('Complacer a los demás')).toBeVisible();
    expect(screen.getByRole('radiogroup', { name: '¿Cómo quieres recibir este momento?' })).toBeVisible();
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Como un retroceso' }));
    expect(screen.getByRole('button', { name: 'Probar «Como un avance»' })).toBeVisible();
  });
});

describe('given reduced motion from the provider', () => {
  it('should mark the widget so the reveal has no movement', () => {
    const { container } = render(
      <AttuneProvider reducedMotion="always">
        <ChoicePoint noticed="fawning" />
      </AttuneProvider>,
    );
    expect(container.querySelector('.attune-ChoicePoint')).toHaveAttribute('data-motion', 'reduce');
  });
});

describe('given unstyled and a class name', () => {
  it('should drop the default look and keep the host’s class', () => {
    const { container } = render(<ChoicePoint noticed="fawning" unstyled className="mine" />);
    expect(container.firstElementChild).toHaveAttribute('data-styled', 'false');
    expect(container.firstElementChild).toHaveClass('attune-ChoicePoint', 'mine');
  });
});

describe('given values of the wrong type from untyped code', () => {
  it('should render them as text and not crash', () => {
    const noticed = 42 as unknown as string;
    const body = 7 as unknown as string;
    const paths = [
      { id: 'a', label: 'A', description: { not: 'text' } },
      { id: 'b', label: 'B' },
    ] as unknown as ChoicePath[];
    render(<ChoicePoint noticed={noticed} body={body} paths={paths} />);
    expect(screen.getByText('42')).toBeVisible();
    expect(screen.getByRole('radio', { name: 'A' })).not.toHaveAccessibleDescription();
  });
});
