import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChoicePoint } from '../../src/choice-point';
import { Grounding } from '../../src/grounding';
import { expectNoAxeViolations } from '../axe';

describe('given Grounding offered in ChoicePoint’s next slot', () => {
  it('should appear after compassion without taking focus from the choice, and run to its end', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const { container } = render(
      <ChoicePoint
        noticed="hypervigilance"
        next={<Grounding variant="orienting" headingLevel={3} onComplete={onComplete} />}
      />,
    );
    expect(screen.queryByRole('region', { name: 'Find where you are' })).toBeNull();
    await user.tab();
    await user.keyboard('{ArrowDown} ');
    const compassion = screen.getByRole('radio', { name: /As progress/ });
    expect(compassion).toBeChecked();

    const grounding = screen.getByRole('region', { name: 'Find where you are' });
    expect(within(grounding).getByRole('heading', { level: 4, name: 'Where you are' })).toBeVisible();
    expect(compassion).toHaveFocus();
    await expectNoAxeViolations(container);

    for (let i = 0; i < 4; i++)
      await user.click(within(grounding).getByRole('button', { name: 'Skip this one' }));
    expect(within(grounding).getByRole('heading', { name: 'You’re here, right now.' })).toHaveFocus();
    expect(onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ variant: 'orienting', completed: true }),
    );
  });

  it('should offer the way back, not grounding, after the shame path', async () => {
    const user = userEvent.setup();
    render(<ChoicePoint noticed="fawning" next={(path) => <Grounding key={path.id} />} />);
    await user.click(screen.getByRole('radio', { name: /As a setback/ }));
    expect(screen.queryByRole('region', { name: 'Come back through your senses' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Try “As progress” instead' }));
    expect(screen.getByRole('region', { name: 'Come back through your senses' })).toBeInTheDocument();
  });
});
