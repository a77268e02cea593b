import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChoicePointDialog } from '../../src/choice-point';
import { ScrollLock } from '../../src/shared/ScrollLock';

afterEach(() => {
  document.body.removeAttribute('style');
});

function renderDialog() {
  render(
    <ChoicePointDialog noticed="withdrawing" trigger={<button type="button">Pause and choose</button>} />,
  );
  return screen.getByRole('button', { name: 'Pause and choose' });
}

describe('given a page the host styles, and a ChoicePointDialog', () => {
  it('should stop the page scrolling while open and give the host its own overflow back on close', async () => {
    const user = userEvent.setup();
    document.body.style.overflow = 'scroll';
    await user.click(renderDialog());
    expect(document.body.style.getPropertyValue('overflow')).toBe('hidden');
    expect(document.body).toHaveAttribute('data-scroll-locked', '1');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.body.style.overflow).toBe('scroll');
    expect(document.body).not.toHaveAttribute('data-scroll-locked');
  });

  it('should close when the person clicks the veil around it, and return focus', async () => {
    const user = userEvent.setup();
    const trigger = renderDialog();
    await user.click(trigger);
    // The veil has no role or name: it is decoration that listens for a click outside.
    const veil = document.querySelector<HTMLElement>('.attune-Dialog-overlay');
    expect(veil).not.toBeNull();
    await user.click(veil!);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
    expect(document.body.style.overflow).toBe('');
  });
});

describe('given two locks at once, as with stacked dialogs', () => {
  it('should hold until the last one goes', () => {
    const first = render(<ScrollLock />);
    const second = render(<ScrollLock />);
    expect(document.body).toHaveAttribute('data-scroll-locked', '2');
    first.unmount();
    expect(document.body).toHaveAttribute('data-scroll-locked', '1');
    expect(document.body.style.overflow).toBe('hidden');
    second.unmount();
    expect(document.body).not.toHaveAttribute('data-scroll-locked');
    expect(document.body.style.overflow).toBe('');
  });
});
