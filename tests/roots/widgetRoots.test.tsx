import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactElement } from 'react';
import { BreathPacer } from '../../src/breath-pacer';
import { ChoicePoint, ChoicePointDialog } from '../../src/choice-point';
import { Grounding } from '../../src/grounding';
import { MomentFlow, MomentFlowDialog } from '../../src/moment-flow';
import { ObserverScript, observerScripts } from '../../src/observer-script';
import { PatternLog, createMemoryStorage } from '../../src/pattern-log';

/** Host props any widget root takes: a ref, a class, DOM attributes and a handler. */
interface HostProps {
  ref?: React.Ref<HTMLElement & HTMLDivElement>;
  className?: string;
  classNames?: Record<string, string>;
  'data-testid'?: string;
  'data-screen'?: string;
  [state: `data-${string}`]: string | undefined;
  'aria-describedby'?: string;
  onKeyDown?: (event: React.KeyboardEvent) => void;
}

interface WidgetCase {
  name: string;
  render: (host: HostProps) => ReactElement;
  /** One documented part, found as a person would, and its name in `classNames`. */
  part: { name: string; find: () => HTMLElement };
  /** A control inside the widget, for a key press that bubbles to the root. */
  control: () => HTMLElement;
  /** The root's own state attribute, which the shipped CSS reads. */
  state: `data-${string}`;
}

const storage = createMemoryStorage();

const widgets: WidgetCase[] = [
  {
    name: 'BreathPacer',
    state: 'data-state',
    render: (host) => <BreathPacer {...host} />,
    part: { name: 'instruction', find: () => screen.getByRole('status') },
    control: () => screen.getByRole('button', { name: 'Start' }),
  },
  {
    name: 'ChoicePoint',
    state: 'data-state',
    render: (host) => <ChoicePoint noticed="fawning" {...host} />,
    part: { name: 'paths', find: () => screen.getByRole('radiogroup') },
    control: () => screen.getByRole('radio', { name: 'As progress' }),
  },
  {
    name: 'ObserverScript',
    state: 'data-state',
    render: (host) => <ObserverScript script={observerScripts.compassionateObserver} {...host} />,
    part: { name: 'title', find: () => screen.getByRole('heading', { name: 'The compassionate observer' }) },
    control: () => screen.getByRole('button', { name: 'Next' }),
  },
  {
    name: 'Grounding',
    state: 'data-state',
    render: (host) => <Grounding variant="orienting" {...host} />,
    part: { name: 'controls', find: () => screen.getByRole('group', { name: 'Steps' }) },
    control: () => screen.getByRole('button', { name: 'Next' }),
  },
  {
    name: 'MomentFlow',
    state: 'data-step',
    render: (host) => <MomentFlow {...host} />,
    part: { name: 'title', find: () => screen.getByRole('heading', { level: 2 }) },
    control: () => screen.getByRole('button', { name: 'Skip this step' }),
  },
  {
    name: 'PatternLog',
    state: 'data-status',
    render: (host) => <PatternLog storage={storage} {...host} />,
    part: { name: 'title', find: () => screen.getByRole('heading', { name: 'Pattern log' }) },
    control: () => screen.getByRole('button', { name: 'This isn’t helping' }),
  },
];

describe.each(widgets)('given a $name', ({ render: widget, part, control, state }) => {
  it('should hand its root element to a ref', () => {
    const ref = createRef<HTMLElement & HTMLDivElement>();
    render(widget({ ref, 'data-testid': 'root' }));
    expect(ref.current).toBe(screen.getByTestId('root'));
  });

  it('should put the host’s data- and aria- attributes on its root, and keep its own state', () => {
    render(
      <>
        <p id="why">Shown after a long day.</p>
        {widget({
          'data-testid': 'root',
          'data-screen': 'evening',
          [state]: 'mine',
          'aria-describedby': 'why',
        })}
      </>,
    );
    const root = screen.getByTestId('root');
    expect(root).toHaveAttribute('data-screen', 'evening');
    expect(root).toHaveAttribute('aria-describedby', 'why');
    expect(root).not.toHaveAttribute(state, 'mine');
  });

  it('should run the host’s onKeyDown for keys pressed inside it', async () => {
    const user = userEvent.setup();
    const onKeyDown = vi.fn();
    render(widget({ onKeyDown }));
    control().focus();
    await user.keyboard('{Shift}');
    expect(onKeyDown).toHaveBeenCalledWith(expect.objectContaining({ key: 'Shift' }));
  });

  it('should put className and classNames.root on its root, and each part’s class on that part', () => {
    render(
      widget({
        'data-testid': 'root',
        className: 'screen-card',
        classNames: { root: 'calm-root', [part.name]: 'calm-part' },
      }),
    );
    expect(screen.getByTestId('root')).toHaveClass('screen-card', 'calm-root');
    expect(part.find()).toHaveClass('calm-part');
  });
});

describe('given a ChoicePoint whose host also handles keys', () => {
  it('should still move between the paths with the arrow keys', async () => {
    const user = userEvent.setup();
    const onKeyDown = vi.fn();
    render(<ChoicePoint noticed="fawning" onKeyDown={onKeyDown} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'As progress' })).toHaveFocus();
    expect(onKeyDown).toHaveBeenCalledTimes(1);
  });
});

describe('given a BreathPacer with a host aria-label left undefined', () => {
  it('should keep its own name; a host label given on purpose replaces it', () => {
    const { rerender } = render(<BreathPacer aria-label={undefined} />);
    expect(screen.getByRole('group', { name: 'Breathing guide' })).toBeInTheDocument();
    rerender(<BreathPacer aria-label="Evening breathing" />);
    expect(screen.getByRole('group', { name: 'Evening breathing' })).toBeInTheDocument();
  });
});

const dialogs: Array<[string, (host: HostProps & { defaultOpen: boolean }) => ReactElement, string]> = [
  ['ChoicePointDialog', (host) => <ChoicePointDialog noticed="fawning" {...host} />, 'A moment to choose'],
  ['MomentFlowDialog', (host) => <MomentFlowDialog trigger={null} {...host} />, 'A moment of noticing'],
];

describe.each(dialogs)('given an open %s', (_, dialog, title) => {
  it('should hand the dialog element to a ref and put the host’s attributes and classes on it', () => {
    const ref = createRef<HTMLElement & HTMLDivElement>();
    render(
      dialog({
        defaultOpen: true,
        ref,
        'data-screen': 'evening',
        className: 'screen-dialog',
        classNames: { root: 'calm-root', title: 'calm-title', close: 'calm-close' },
      }),
    );
    const element = screen.getByRole('dialog', { name: title });
    expect(ref.current).toBe(element);
    expect(element).toHaveAttribute('data-screen', 'evening');
    expect(element).toHaveClass('screen-dialog', 'calm-root');
    expect(within(element).getByRole('button', { name: 'Close' })).toHaveClass('calm-close');
    expect(within(element).getByText(title)).toHaveClass('calm-title');
  });
});

describe('given class names for the widget inside a dialog', () => {
  it('should put them on the widget’s parts, not on the dialog', () => {
    render(
      <ChoicePointDialog
        noticed="fawning"
        defaultOpen
        className="screen-dialog"
        classNames={{ choicePoint: { root: 'inner-root', paths: 'inner-paths' } }}
      />,
    );
    expect(screen.getByRole('radiogroup')).toHaveClass('inner-paths');
    expect(screen.getByRole('radiogroup').closest('.attune-ChoicePoint')).toHaveClass('inner-root');
    expect(screen.getByRole('radiogroup').closest('.attune-ChoicePoint')).not.toHaveClass('screen-dialog');
  });
});

describe('given classNames for a part the widget does not have', () => {
  it('should be refused by the compiler (tsc checks the expectation below)', () => {
    // @ts-expect-error: `paths` is a ChoicePoint part, not a BreathPacer one
    const element = <BreathPacer classNames={{ paths: 'calm' }} />;
    expect(element.props).toHaveProperty('classNames');
  });
});

describe('given an ObserverScript whose host handles focus on its root', () => {
  it('should run the host’s onFocus next to its own', async () => {
    const user = userEvent.setup();
    const onFocus = vi.fn();
    render(<ObserverScript script={observerScripts.compassionateObserver} onFocus={onFocus} />);
    await user.tab();
    expect(onFocus).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Back' })).toHaveFocus();
  });
});
