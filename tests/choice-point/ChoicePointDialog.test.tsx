import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ChoicePointDialog, type Choice } from '../../src/choice-point';
import { AttuneProvider } from '../../src/AttuneProvider';
import { expectNoAxeViolations } from '../axe';

function openButton() {
  return screen.getByRole('button', { name: 'Pause and choose' });
}

async function openDialog() {
  const user = userEvent.setup();
  const onOpenChange = vi.fn();
  const onChoose = vi.fn<(choice: Choice) => void>();
  render(
    <ChoicePointDialog
      noticed="people-pleasing"
      trigger={<button type="button">Pause and choose</button>}
      onOpenChange={onOpenChange}
      onChoose={onChoose}
    />,
  );
  await user.click(openButton());
  return { user, onOpenChange, onChoose, dialog: screen.getByRole('dialog', { name: 'A moment to choose' }) };
}

describe('given a ChoicePointDialog with a trigger', () => {
  it('should start closed and open from the trigger, with the paths inside', async () => {
    const { dialog, onOpenChange } = await openDialog();
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(within(dialog).getByText('People-pleasing')).toBeVisible();
    expect(within(dialog).getByRole('radio', { name: 'As progress' })).toBeVisible();
  });

  it('should keep focus inside while it is open', async () => {
    const { user, dialog } = await openDialog();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    for (let i = 0; i < 4; i += 1) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('should close on Escape, return focus to the trigger and leave the body clickable', async () => {
    const { user, onOpenChange } = await openDialog();
    expect(document.body.style.pointerEvents).toBe('none');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(openButton()).toHaveFocus();
    expect(document.body.style.pointerEvents).toBe('');
  });

  it('should close from its close button, return focus and leave the body clickable', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(openButton()).toHaveFocus();
    expect(document.body.style.pointerEvents).toBe('');
  });

  it('should let a person choose by keyboard and take the way back inside it', async () => {
    const { user, dialog, onChoose } = await openDialog();
    const shame = within(dialog).getByRole('radio', { name: 'As a setback' });
    expect(shame).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onChoose.mock.calls.map(([choice]) => choice.path)).toEqual(['shame', 'compassion']);
    expect(screen.getByRole('dialog')).toBeVisible();
  });

  it('should open with a hidden title and no description without any console warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const user = userEvent.setup();
    render(
      <ChoicePointDialog
        noticed="fawning"
        hideTitle
        trigger={<button type="button">Pause and choose</button>}
      />,
    );
    await user.click(openButton());
    expect(screen.getByRole('dialog', { name: 'A moment to choose' })).toBeVisible();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('should have no accessibility violations while open', async () => {
    await openDialog();
    await expectNoAxeViolations(document.body);
  });
});

describe('given a visually hidden title, a description and a provider theme', () => {
  it('should still name and describe the dialog, and carry the theme into the portal', async () => {
    const user = userEvent.setup();
    render(
      <AttuneProvider theme="dark">
        <ChoicePointDialog
          noticed="fawning"
          title="Before you answer"
          hideTitle
          description="Take a breath first, if you like."
          trigger={<button type="button">Pause and choose</button>}
        />
      </AttuneProvider>,
    );
    await user.click(openButton());
    const dialog = screen.getByRole('dialog', { name: 'Before you answer' });
    expect(dialog).toHaveAccessibleDescription('Take a breath first, if you like.');
    expect(screen.getByText('Before you answer').tagName).toBe('SPAN');
    expect(dialog).toHaveAttribute('data-attune-theme', 'dark');
  });
});

describe('given a controlled ChoicePointDialog with an exit', () => {
  function Controlled({ onExit }: { onExit: () => void }) {
    const [open, setOpen] = useState(true);
    return (
      <>
        <p>{open ? 'Open' : 'Closed'}</p>
        <ChoicePointDialog noticed="fawning" open={open} onOpenChange={setOpen} onExit={onExit} />
      </>
    );
  }

  it('should tell the host about the exit and close', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    render(<Controlled onExit={onExit} />);
    await user.click(screen.getByRole('button', { name: 'This isn’t helping' }));
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Closed')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.body.style.pointerEvents).toBe('');
  });
});

describe('given a container for the dialog', () => {
  function Card({ useProvider }: { useProvider: boolean }) {
    const [card, setCard] = useState<HTMLElement | null>(null);
    const dialog = (
      <ChoicePointDialog
        noticed="fawning"
        container={useProvider ? undefined : card}
        trigger={<button type="button">Pause and choose</button>}
      />
    );
    return (
      <section aria-label="Themed card" ref={setCard}>
        {useProvider ? <AttuneProvider dialogContainer={card}>{dialog}</AttuneProvider> : dialog}
      </section>
    );
  }

  it.each([
    ['its own container', false],
    ['the provider’s dialogContainer', true],
  ])('should render inside %s, where wrapper tokens reach it', async (_, useProvider) => {
    const user = userEvent.setup();
    render(<Card useProvider={useProvider} />);
    await user.click(screen.getByRole('button', { name: 'Pause and choose' }));
    expect(screen.getByRole('region', { name: 'Themed card' })).toContainElement(screen.getByRole('dialog'));
  });

  it('should prefer its own container to the provider’s', async () => {
    const user = userEvent.setup();
    const theirs = document.createElement('div');
    const mine = document.createElement('div');
    document.body.append(theirs, mine);
    render(
      <AttuneProvider dialogContainer={theirs}>
        <ChoicePointDialog noticed="fawning" container={mine} trigger={<button type="button">Open</button>} />
      </AttuneProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(mine).toContainElement(screen.getByRole('dialog'));
    theirs.remove();
    mine.remove();
  });
});
