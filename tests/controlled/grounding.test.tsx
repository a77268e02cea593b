import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Grounding } from '../../src/grounding';
import { renderControlled, type HostKind } from './host';

const position = (text: string) => screen.getByText(text);

function renderStep(kind: HostKind) {
  return renderControlled(kind, 1, (step, onStepChange) => (
    <Grounding variant="orienting" step={step} onStepChange={(next) => onStepChange(next)} />
  ));
}

describe('given a host that controls step', () => {
  it('should ask for the next step, skipped or not, and show it once the host follows', async () => {
    const user = userEvent.setup();
    const host = renderStep('follows');
    expect(position('2 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip this one' }));
    expect(host.requests).toEqual([2]);
    expect(position('3 of 4')).toBeInTheDocument();
  });

  it('should keep the host’s step when it refuses, and ask from what it shows each time', async () => {
    const user = userEvent.setup();
    const host = renderStep('refuses');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    host.rerenderHost();
    expect(position('2 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(host.requests).toEqual([2, 2, 0]);
  });
});

describe('given an uncontrolled Grounding', () => {
  it('should start at defaultStep, move on and report each step once', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    render(<Grounding variant="orienting" defaultStep={1} onStepChange={onStepChange} />);
    expect(position('2 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(position('3 of 4')).toBeInTheDocument();
    expect(onStepChange).toHaveBeenCalledOnce();
    expect(onStepChange).toHaveBeenCalledWith(2, expect.objectContaining({ variant: 'orienting' }));
  });
});
