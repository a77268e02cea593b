import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChoicePoint, type Choice } from '../../src/choice-point';
import { renderControlled } from './host';

const setback = () => screen.getByRole('radio', { name: 'As a setback' });
const progress = () => screen.getByRole('radio', { name: 'As progress' });
const announcements = () => document.querySelector('[data-attune-announcer]')?.textContent ?? '';

function renderChoicePoint(kind: 'follows' | 'refuses', onChoose?: (choice: Choice) => void) {
  return renderControlled<string | null>(kind, 'shame', (value, onValueChange) => (
    <ChoicePoint noticed="fawning" value={value} onValueChange={onValueChange} onChoose={onChoose} />
  ));
}

describe('given a host that controls value and follows', () => {
  it('should ask once, with the id and the choice, and show the path the host passes back', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn<(choice: Choice) => void>();
    const host = renderChoicePoint('follows', onChoose);
    await user.click(progress());
    expect(host.requests).toEqual(['compassion']);
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ path: 'compassion' }));
    expect(progress()).toBeChecked();
    expect(announcements()).toContain('You chose “As progress”.');
  });
});

describe('given a host that controls value and refuses', () => {
  it('should keep showing the host’s path, say nothing was chosen, and ask again next time', async () => {
    const user = userEvent.setup();
    const host = renderChoicePoint('refuses');
    await user.click(progress());
    expect(setback()).toBeChecked();
    expect(progress()).not.toBeChecked();
    expect(announcements()).not.toContain('As progress');
    host.rerenderHost();
    expect(setback()).toBeChecked();
    await user.click(progress());
    expect(host.requests).toEqual(['compassion', 'compassion']);
  });

  it('should keep the answer after while the host keeps its path', async () => {
    const user = userEvent.setup();
    renderControlled<string | null>('refuses', 'shame', (value, onValueChange) => (
      <ChoicePoint noticed="fawning" askIntensity value={value} onValueChange={onValueChange} />
    ));
    const after = screen.getByRole('group', { name: 'And how strong is it now?' });
    await user.click(within(after).getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('button', { name: 'Try “As progress” instead' }));
    expect(within(after).getByRole('radio', { name: '4' })).toBeChecked();
  });

  it('should ask for the way back from what it shows', async () => {
    const user = userEvent.setup();
    const host = renderChoicePoint('refuses');
    await user.click(screen.getByRole('button', { name: 'Try “As progress” instead' }));
    expect(host.requests).toEqual(['compassion']);
    expect(setback()).toBeChecked();
  });
});

describe('given an uncontrolled ChoicePoint', () => {
  it('should start at defaultValue, change on a choice and report it', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<ChoicePoint noticed="fawning" defaultValue="shame" onValueChange={onValueChange} />);
    expect(setback()).toBeChecked();
    await user.click(progress());
    expect(progress()).toBeChecked();
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('compassion');
  });
});
