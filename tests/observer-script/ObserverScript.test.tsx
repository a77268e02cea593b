import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AttuneProvider, es } from '../../src';
import { ObserverScript, observerScripts, type Script } from '../../src/observer-script';
import { observerScriptsEs } from '../../src/observer-script/scripts';
import { expectNoAxeViolations } from '../axe';

const short: Script = {
  id: 'short',
  title: 'Short',
  placeholders: { word: 'this feeling', pattern: 'the pattern' },
  steps: [
    { text: { second: 'You noticed {pattern}.', first: 'I noticed {pattern}.' } },
    { kind: 'prompt', name: 'word', text: 'Which word fits?' },
    { text: 'Hello, {word}.', alternates: ['Welcome, {word}.'] },
    { body: true, text: 'Hand on heart.', nonBody: 'Feet on the floor.' },
  ],
};

function announcements() {
  return Array.from(document.querySelectorAll('[data-attune-announcer] > div'), (line) => line.textContent);
}

function transcript() {
  return within(screen.getByRole('list', { name: 'Lines so far' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('given the compassionate observer', () => {
  it('should show the title, the first line and the position', () => {
    render(<ObserverScript script={observerScripts.compassionateObserver} />);
    expect(screen.getByRole('region', { name: 'The compassionate observer' })).toBeInTheDocument();
    expect(screen.getByText('1 of 8')).toBeInTheDocument();
    expect(transcript()).toEqual([
      'Something old just showed up, and you noticed it. Noticing is the hard part.',
    ]);
  });

  it('should speak as "I" in the first person', () => {
    render(<ObserverScript script={observerScripts.compassionateObserver} perspective="first" />);
    expect(transcript()[0]).toBe(
      'Something old just showed up, and I noticed it. Noticing is the hard part.',
    );
  });

  it('should have no accessibility violations', async () => {
    const { container } = render(
      <ObserverScript script={observerScripts.rain} defaultStep={1} autoAdvance />,
    );
    await expectNoAxeViolations(container);
  });
});

describe('given a person using only the keyboard', () => {
  it('should play the script to the end, keeping focus on the button they pressed', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const onStepChange = vi.fn();
    render(
      <ObserverScript
        script={short}
        values={{ pattern: 'people-pleasing' }}
        onStepChange={onStepChange}
        onComplete={onComplete}
      />,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'Back' })).toHaveFocus();
    await user.tab();
    const next = screen.getByRole('button', { name: 'Next' });
    expect(next).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(next).toHaveFocus();
    expect(screen.getByText('2 of 4')).toBeInTheDocument();
    expect(onStepChange).toHaveBeenLastCalledWith(1);
    expect(announcements()).toEqual(['2 of 4. Which word fits?']);

    await user.click(screen.getByRole('textbox', { name: 'Which word fits?' }));
    await user.keyboard('tender{Enter}');
    expect(next).toHaveFocus();
    expect(transcript()).toEqual([
      'You noticed people-pleasing.',
      'Which word fits?tender',
      'Hello, tender.',
    ]);

    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Finish' })).toBe(next);
    await user.keyboard('{Enter}');
    expect(
      within(screen.getByRole('region', { name: 'Short' })).getByText('You stayed with it. That counts.'),
    ).toBeVisible();
    expect(announcements().at(-1)).toBe('You stayed with it. That counts.');
    expect(screen.getByRole('button', { name: 'Start again' })).toHaveFocus();
    expect(onComplete).toHaveBeenCalledWith({
      scriptId: 'short',
      steps: 4,
      startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      completedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      answers: { word: 'tender' },
    });
  });

  it('should go back a line and keep Back reachable on the first line', async () => {
    const user = userEvent.setup();
    render(<ObserverScript script={short} defaultStep={1} />);
    const back = screen.getByRole('button', { name: 'Back' });
    await user.click(back);
    expect(screen.getByText('1 of 4')).toBeInTheDocument();
    expect(back).toHaveFocus();
    expect(back).toHaveAttribute('aria-disabled', 'true');
    await user.click(back);
    expect(screen.getByText('1 of 4')).toBeInTheDocument();
  });

  it('should use the default words when a prompt is left empty', async () => {
    const user = userEvent.setup();
    render(<ObserverScript script={short} defaultStep={1} />);
    expect(screen.getByRole('textbox', { name: 'Which word fits?' })).toHaveAccessibleDescription(
      'Optional. If no words come, leave it empty and the script will say “this feeling”.',
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(transcript().at(-1)).toBe('Hello, this feeling.');
  });
});

describe('given a step with other phrasings', () => {
  it('should switch to the next phrasing and announce it', async () => {
    const user = userEvent.setup();
    render(<ObserverScript script={short} defaultStep={2} />);
    await user.click(screen.getByRole('button', { name: 'Other words' }));
    expect(transcript().at(-1)).toBe('Welcome, this feeling.');
    expect(announcements()).toEqual(['3 of 4. Welcome, this feeling.']);
  });
});

describe('given a body step', () => {
  it('should offer the way without the body', async () => {
    const user = userEvent.setup();
    const onWithoutBodyChange = vi.fn();
    render(<ObserverScript script={short} defaultStep={3} onWithoutBodyChange={onWithoutBodyChange} />);
    const toggle = screen.getByRole('button', { name: 'Without body focus', pressed: false });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(transcript().at(-1)).toBe('Feet on the floor.');
    expect(onWithoutBodyChange).toHaveBeenCalledWith(true);
  });
});

describe('given a breath step', () => {
  const breathing: Script = {
    id: 'b',
    title: 'B',
    steps: [{ kind: 'breath', cycles: 2, text: 'Breathe.' }, { text: 'Done.' }],
  };

  it('should show a gentle text invitation without a breathing widget', () => {
    render(<ObserverScript script={breathing} />);
    expect(
      screen.getByText('Take 2 breaths in your own way, then go on when you’re ready.'),
    ).toBeInTheDocument();
  });

  it('should embed what renderBreath returns and move on when it is done', async () => {
    const user = userEvent.setup();
    render(
      <ObserverScript
        script={breathing}
        renderBreath={({ cycles, onDone }) => (
          <button type="button" onClick={onDone}>
            {`Pretend pacer, ${cycles} breaths`}
          </button>
        )}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Pretend pacer, 2 breaths' }));
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
  });

  it('should keep focus in the script when the embedded pacer it was on goes away', async () => {
    const user = userEvent.setup();
    render(
      <ObserverScript
        script={breathing}
        renderBreath={({ onDone }) => (
          <button type="button" onClick={onDone}>
            Done breathing
          </button>
        )}
      />,
    );
    screen.getByRole('button', { name: 'Done breathing' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Done breathing' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next|Finish/ })).toHaveFocus();
  });
});

describe('given a person for whom following the breath is itself hard', () => {
  const pacer = ({ onDone }: { onDone: () => void }) => (
    <button type="button" onClick={onDone}>
      Pretend pacer
    </button>
  );

  it('should offer "Without body focus" on a breath step, and then show no pacer', async () => {
    const user = userEvent.setup();
    const script: Script = {
      id: 'b',
      title: 'B',
      steps: [{ kind: 'breath', text: 'Breathe.' }, { text: 'Done.' }],
    };
    render(<ObserverScript script={script} renderBreath={pacer} />);
    expect(screen.getByRole('button', { name: 'Pretend pacer' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Without body focus', pressed: false }));
    expect(screen.queryByRole('button', { name: 'Pretend pacer' })).not.toBeInTheDocument();
    expect(screen.getByText(/No need to follow your breath/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
  });

  it('should say the breath step’s own words without the breath when the script has them', () => {
    render(
      <ObserverScript
        script={observerScripts.rain}
        defaultStep={3}
        defaultWithoutBody
        renderBreath={pacer}
      />,
    );
    expect(transcript().at(-1)).toBe('Take a moment. Name three things you can see from where you are.');
    expect(screen.queryByRole('button', { name: 'Pretend pacer' })).not.toBeInTheDocument();
  });

  it.each(Object.entries(observerScripts))(
    'should give every breath or body step of %s a way without the body',
    (_, script) => {
      for (const step of script.steps)
        if (step.body || step.kind === 'breath' || /breath/i.test(JSON.stringify(step.text)))
          expect(step.nonBody).toBeDefined();
    },
  );
});

describe('given values and answers that look like HTML', () => {
  it('should show them as text, never as markup', async () => {
    const user = userEvent.setup();
    const markup = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <ObserverScript script={short} values={{ pattern: markup }} defaultStep={1} />,
    );
    await user.type(screen.getByRole('textbox'), '<b>bold</b>');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(transcript()).toEqual([
      `You noticed ${markup}.`,
      'Which word fits?<b>bold</b>',
      'Hello, <b>bold</b>.',
    ]);
    expect(container.querySelector('img, b')).toBeNull();
  });
});

describe('given only the current line is wanted', () => {
  it('should show no transcript', async () => {
    const user = userEvent.setup();
    render(<ObserverScript script={short} transcript="current" />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByText('You noticed the pattern.')).toBeNull();
    expect(screen.getByText('Which word fits?')).toBeInTheDocument();
  });
});

describe('given a controlled step', () => {
  it('should show the step it is given and report requests to move', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    render(<ObserverScript script={short} step={2} onStepChange={onStepChange} />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onStepChange).toHaveBeenCalledWith(3);
    expect(screen.getByText('3 of 4')).toBeInTheDocument();
  });
});

describe('given the gentle exit', () => {
  it('should tell the host', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    render(<ObserverScript script={short} onExit={onExit} />);
    await user.click(screen.getByRole('button', { name: 'This isn’t helping' }));
    expect(onExit).toHaveBeenCalledOnce();
  });
});

describe('given Spanish', () => {
  it('should use the Spanish strings and script', () => {
    render(
      <AttuneProvider messages={es} locale="es">
        <ObserverScript script={observerScriptsEs.compassionateObserver} />
      </AttuneProvider>,
    );
    expect(screen.getByRole('button', { name: 'Siguiente' })).toBeInTheDocument();
    expect(screen.getByText('1 de 8')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'La mirada compasiva' })).toBeInTheDocument();
  });
});

describe('given no speech synthesis', () => {
  it('should hide the read-aloud control', () => {
    render(<ObserverScript script={short} />);
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
  });
});

describe('given reduced motion', () => {
  it('should mark the widget so the reveal of a new line does not move', () => {
    render(
      <AttuneProvider reducedMotion="always">
        <ObserverScript script={short} />
      </AttuneProvider>,
    );
    expect(screen.getByRole('region', { name: 'Short' })).toHaveAttribute('data-motion', 'reduce');
  });
});

describe('given a script that cannot be played', () => {
  it('should list what needs fixing instead of crashing the host', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ObserverScript script={{ id: 'broken', title: 'Broken', steps: [{ text: '' }] }} />);
    expect(
      screen.getByText('This script can’t be played yet. Here is what needs fixing:'),
    ).toBeInTheDocument();
    expect(screen.getByText('steps[0].text')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('steps[0].text'));
  });

  it('should survive a value that is not a script at all', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ObserverScript script={{ id: 'x' } as unknown as Script} />);
    expect(
      screen.getByText('This script can’t be played yet. Here is what needs fixing:'),
    ).toBeInTheDocument();
  });

  describe('and a person who lands there', () => {
    const broken = { id: 'broken', title: 'Broken', steps: [{ text: '' }] };
    const problems = () => screen.queryByText('This script can’t be played yet. Here is what needs fixing:');
    const exit = () => screen.getByRole('button', { name: 'This isn’t helping' });
    beforeEach(() => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
    });

    it('should step aside for the support offer without onExit, and lead back to the problems', async () => {
      const user = userEvent.setup();
      const { container } = render(
        <AttuneProvider support={[{ label: 'A line you can call tonight', href: 'tel:+10000000000' }]}>
          <ObserverScript script={broken} headingLevel={3} />
        </AttuneProvider>,
      );
      await expectNoAxeViolations(container);
      await user.click(exit());
      const offer = screen.getByRole('region', { name: 'Pausing here' });
      expect(within(offer).getByRole('heading', { level: 4, name: 'Pausing here' })).toHaveFocus();
      expect(within(offer).getByRole('link', { name: 'A line you can call tonight' })).toBeVisible();
      expect(problems()).not.toBeVisible();
      expect(screen.queryByRole('button', { name: 'This isn’t helping' })).toBeNull();
      await expectNoAxeViolations(container);
      await user.click(screen.getByRole('button', { name: 'Go back to the script' }));
      expect(screen.queryByRole('region', { name: 'Pausing here' })).toBeNull();
      expect(problems()).toBeVisible();
      expect(exit()).toHaveFocus();
    });

    it('should still pause kindly when the host gave no support resources', async () => {
      const user = userEvent.setup();
      render(<ObserverScript script={broken} />);
      await user.click(exit());
      const offer = screen.getByRole('region', { name: 'Pausing here' });
      expect(within(offer).queryByRole('link')).toBeNull();
      expect(within(offer).getByText('You can come back to this any time.')).toBeVisible();
    });

    it('should call onExit instead, and show no offer of its own', async () => {
      const user = userEvent.setup();
      const onExit = vi.fn();
      render(<ObserverScript script={broken} onExit={onExit} />);
      await user.click(exit());
      expect(onExit).toHaveBeenCalledOnce();
      expect(screen.queryByRole('region', { name: 'Pausing here' })).toBeNull();
      expect(problems()).toBeVisible();
    });

    it('should speak Spanish', async () => {
      const user = userEvent.setup();
      render(
        <AttuneProvider locale="es" messages={es}>
          <ObserverScript script={broken} />
        </AttuneProvider>,
      );
      await user.click(screen.getByRole('button', { name: 'Esto no me está ayudando' }));
      expect(screen.getByRole('heading', { name: 'Una pausa aquí' })).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'Volver al guion' }));
      expect(screen.getByText(/Este guion aún no se puede reproducir/)).toBeVisible();
    });
  });
});
