import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MomentFlow, type MomentStep } from '../../src/moment-flow';
import { createMemoryStorage } from '../../src/pattern-log';
import { renderControlled, type HostKind } from './host';

const heading = (name: string) => screen.getByRole('heading', { name });
const button = (name: string) => screen.getByRole('button', { name });

function renderStep(kind: HostKind, initial: MomentStep = 'notice') {
  return renderControlled(kind, initial, (step, onStepChange) => (
    <MomentFlow noticed="bracing" step={step} onStepChange={onStepChange} />
  ));
}

describe('given a host that controls step', () => {
  it('should ask for each move, and show it and go back through it once the host follows', async () => {
    const user = userEvent.setup();
    const host = renderStep('follows', 'choose');
    expect(heading('How would you like to meet it?')).toBeInTheDocument();
    await user.click(button('Skip this step'));
    expect(host.requests).toEqual(['breathe']);
    expect(heading('Breathe at your own pace')).toHaveFocus();
    await user.click(button('Try grounding instead'));
    expect(heading('Come back to here and now')).toBeInTheDocument();
    await user.click(button('Previous step'));
    await user.click(button('Previous step'));
    expect(host.requests).toEqual(['breathe', 'ground', 'breathe', 'choose']);
    expect(heading('How would you like to meet it?')).toBeInTheDocument();
  });

  it('should keep the host’s step when it refuses, and ask from what it shows each time', async () => {
    const user = userEvent.setup();
    const host = renderStep('refuses', 'choose');
    await user.click(button('Skip this step'));
    host.rerenderHost();
    expect(heading('How would you like to meet it?')).toBeInTheDocument();
    await user.click(button('Skip this step'));
    await user.click(button('Previous step'));
    expect(host.requests).toEqual(['breathe', 'breathe', 'notice']);
    expect(heading('How would you like to meet it?')).toBeInTheDocument();
  });

  it('should keep what was entered on a step the host keeps, and go on from it', async () => {
    const user = userEvent.setup();
    const host = renderControlled<MomentStep>('refuses', 'notice', (step, onStepChange) => (
      <MomentFlow step={step} onStepChange={onStepChange} />
    ));
    await user.click(screen.getByRole('radio', { name: 'Fawning' }));
    await user.click(button('Continue'));
    expect(host.requests).toEqual(['choose']);
    expect(heading('What did you notice?')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Fawning' })).toBeChecked();
  });

  it('should move where the host moves it, and let Back lead where the person was', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    const { rerender } = render(<MomentFlow noticed="bracing" step="choose" onStepChange={onStepChange} />);
    rerender(<MomentFlow noticed="bracing" step="ground" onStepChange={onStepChange} />);
    expect(heading('Come back to here and now')).toBeInTheDocument();
    await user.click(button('Previous step'));
    expect(onStepChange).toHaveBeenCalledExactlyOnceWith('choose');
  });

  it('should complete and save the moment only when the host shows done', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const onComplete = vi.fn();
    const host = renderControlled<MomentStep>('refuses', 'breathe', (step, onStepChange) => (
      <MomentFlow
        noticed="bracing"
        storage={storage}
        step={step}
        onStepChange={onStepChange}
        onComplete={onComplete}
      />
    ));
    await user.click(button('Skip this step'));
    expect(host.requests).toEqual(['done']);
    expect(onComplete).not.toHaveBeenCalled();
    expect(await storage.load()).toBeNull();
    expect(heading('Breathe at your own pace')).toBeInTheDocument();
  });
});

describe('given a step the flow cannot be at', () => {
  it.each([
    ['a name that is no step', 'resting', 'is not a step'],
    ['a step left out by omit', 'breathe', 'left out by `omit`'],
    ['the script before a compassion path', 'observe', 'follows only a path'],
  ])('should say so in development and stay at its own step, given %s', (_, step, reason) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<MomentFlow noticed="bracing" omit={['breathe']} step={step as MomentStep} />);
    expect(heading('How would you like to meet it?')).toBeInTheDocument();
    expect(error).toHaveBeenCalledWith(expect.stringContaining(reason));
    error.mockRestore();
  });
});

describe('given an uncontrolled MomentFlow', () => {
  it('should start at defaultStep, move on and report each step once', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    render(<MomentFlow noticed="bracing" defaultStep="breathe" onStepChange={onStepChange} />);
    expect(heading('Breathe at your own pace')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Previous step' })).not.toBeInTheDocument();
    await user.click(button('Try grounding instead'));
    expect(heading('Come back to here and now')).toHaveFocus();
    expect(onStepChange).toHaveBeenCalledExactlyOnceWith('ground');
  });
});
