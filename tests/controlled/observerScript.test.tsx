import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ObserverScript, type Script } from '../../src/observer-script';
import { renderControlled, type HostKind } from './host';

const script: Script = {
  id: 'three',
  title: 'Three lines',
  steps: [{ text: 'First line.' }, { text: 'Second line.' }, { text: 'Third line.' }],
};

const next = () => screen.getByRole('button', { name: 'Next' });
const back = () => screen.getByRole('button', { name: 'Back' });
const pace = () => screen.getByRole('combobox', { name: 'Pace' });

function renderStep(kind: HostKind, initial = 1) {
  return renderControlled(kind, initial, (step, onStepChange) => (
    <ObserverScript script={script} step={step} onStepChange={onStepChange} />
  ));
}

describe('given a host that controls step', () => {
  it('should ask for the next step and show it once the host follows', async () => {
    const user = userEvent.setup();
    const host = renderStep('follows');
    expect(screen.getByText('2 of 3')).toBeInTheDocument();
    await user.click(next());
    expect(host.requests).toEqual([2]);
    expect(screen.getByText('3 of 3')).toBeInTheDocument();
    await user.click(back());
    expect(host.requests).toEqual([2, 1]);
    expect(screen.getByText('2 of 3')).toBeInTheDocument();
  });

  it('should keep the host’s step when it refuses, and ask from what it shows each time', async () => {
    const user = userEvent.setup();
    const host = renderStep('refuses');
    await user.click(next());
    expect(screen.getByText('2 of 3')).toBeInTheDocument();
    await user.click(next());
    host.rerenderHost();
    expect(screen.getByText('2 of 3')).toBeInTheDocument();
    await user.click(back());
    expect(host.requests).toEqual([2, 2, 0]);
  });

  it('should show a step out of range as the nearest one and ask from there', async () => {
    const user = userEvent.setup();
    const host = renderStep('refuses', 7);
    expect(screen.getByText('3 of 3')).toBeInTheDocument();
    await user.click(back());
    expect(host.requests).toEqual([1]);
  });
});

describe('given a host that controls pace', () => {
  function renderPace(kind: HostKind, initial: number) {
    return renderControlled(kind, initial, (value, onPaceChange) => (
      <ObserverScript script={script} autoAdvance pace={value} onPaceChange={onPaceChange} />
    ));
  }

  it('should ask for the pace chosen and show it once the host follows', async () => {
    const user = userEvent.setup();
    const host = renderPace('follows', 1);
    await user.selectOptions(pace(), '2× (faster)');
    expect(host.requests).toEqual([2]);
    expect(pace()).toHaveDisplayValue('2× (faster)');
  });

  it('should keep showing the host’s pace when it refuses, even one not among the choices', async () => {
    const user = userEvent.setup();
    const host = renderPace('refuses', 1.25);
    expect(pace()).toHaveDisplayValue('1.25× (faster)');
    await user.selectOptions(pace(), '2× (faster)');
    host.rerenderHost();
    expect(pace()).toHaveDisplayValue('1.25× (faster)');
    await user.selectOptions(pace(), '2× (faster)');
    expect(host.requests).toEqual([2, 2]);
  });
});

describe('given an uncontrolled ObserverScript', () => {
  it('should start at defaultStep and defaultPace, move on and report each change', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    const onPaceChange = vi.fn();
    render(
      <ObserverScript
        script={script}
        autoAdvance
        defaultStep={1}
        defaultPace={0.5}
        onStepChange={onStepChange}
        onPaceChange={onPaceChange}
      />,
    );
    expect(screen.getByText('2 of 3')).toBeInTheDocument();
    expect(pace()).toHaveDisplayValue('0.5× (slower)');
    await user.click(next());
    expect(screen.getByText('3 of 3')).toBeInTheDocument();
    expect(onStepChange).toHaveBeenCalledExactlyOnceWith(2);
    await user.selectOptions(pace(), 'Usual pace');
    expect(pace()).toHaveDisplayValue('Usual pace');
    expect(onPaceChange).toHaveBeenCalledExactlyOnceWith(1);
  });
});
