import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { ChoicePointDialog } from '../../src/choice-point';
import { MomentFlowDialog } from '../../src/moment-flow';
import { renderControlled } from './host';

type DialogUnderTest = (open: boolean, onOpenChange: (open: boolean) => void) => ReactElement;

const dialogs: Array<[name: string, dialog: DialogUnderTest, uncontrolled: () => ReactElement]> = [
  [
    'ChoicePointDialog',
    (open, onOpenChange) => (
      <ChoicePointDialog
        noticed="fawning"
        open={open}
        onOpenChange={onOpenChange}
        trigger={<button type="button">Open it</button>}
      />
    ),
    () => <ChoicePointDialog noticed="fawning" trigger={<button type="button">Open it</button>} />,
  ],
  [
    'MomentFlowDialog',
    (open, onOpenChange) => (
      <MomentFlowDialog
        open={open}
        onOpenChange={onOpenChange}
        trigger={<button type="button">Open it</button>}
      />
    ),
    () => <MomentFlowDialog trigger={<button type="button">Open it</button>} />,
  ],
];

const trigger = () => screen.getByRole('button', { name: 'Open it' });
const close = () => screen.getByRole('button', { name: 'Close' });

describe.each(dialogs)('given a %s whose host controls open', (_, dialog) => {
  it('should ask to open and to close, and follow the host', async () => {
    const user = userEvent.setup();
    const host = renderControlled('follows', false, dialog);
    await user.click(trigger());
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(trigger());
    await user.click(close());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(host.requests).toEqual([true, false, true, false]);
  });

  it('should stay open while the host keeps it open, asking again each time', async () => {
    const user = userEvent.setup();
    const host = renderControlled('refuses', true, dialog);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(close());
    host.rerenderHost();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(host.requests).toEqual([false, false]);
  });

  it('should stay closed while the host keeps it closed', async () => {
    const user = userEvent.setup();
    const host = renderControlled('refuses', false, dialog);
    await user.click(trigger());
    await user.click(trigger());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(host.requests).toEqual([true, true]);
  });
});

describe.each(dialogs)('given an uncontrolled %s', (_, __, uncontrolled) => {
  it('should open from its trigger and close with Escape', async () => {
    const user = userEvent.setup();
    render(uncontrolled());
    await user.click(trigger());
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger()).toHaveFocus();
  });
});
