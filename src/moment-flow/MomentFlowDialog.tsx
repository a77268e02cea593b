import * as Dialog from '@radix-ui/react-dialog';
import type { ReactElement } from 'react';
import { useSupport } from '../provider/context';
import { useMessages } from '../provider/useMessages';
import { cx } from '../shared/cx';
import { DialogHeading, DialogSurface } from '../provider/DialogSurface';
import { useControllableState } from '../shared/useControllableState';
import { momentFlowMessages } from './messages';
import { MomentFlow, type MomentFlowProps } from './MomentFlow';

export interface MomentFlowDialogProps extends MomentFlowProps {
  /** Whether the dialog is open (controlled). */
  open?: boolean;
  /** Whether it starts open (uncontrolled). @default false */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /**
   * The element that opens the dialog; focus returns to it on close.
   * @default a button named "I noticed something"
   */
  trigger?: ReactElement | null;
  /** The dialog's name. @default messages.dialogTitle */
  title?: string;
  /** Keeps the title for screen readers only (each step has its own visible heading). @default true */
  hideTitle?: boolean;
  /**
   * Where the dialog renders, e.g. a wrapper whose tokens should reach it.
   * @default the provider's `dialogContainer`, else `document.body`
   */
  container?: HTMLElement | null;
}

/**
 * MomentFlow in a modal dialog, opened from an "I noticed something" button. The gentle exit,
 * Escape and the close button all close it, and all keep what was entered: it is saved and
 * passed to `onExit`. When the provider has `support`, the gentle exit leaves the dialog open
 * on the calm offer of it instead, until the person closes it.
 */
export function MomentFlowDialog({
  open,
  defaultOpen = false,
  onOpenChange,
  trigger,
  title,
  hideTitle = true,
  className,
  unstyled,
  container,
  onExit,
  ...flowProps
}: MomentFlowDialogProps) {
  const messages = useMessages('momentFlow', momentFlowMessages, flowProps.messages);
  const hasSupport = useSupport().length > 0;
  const [isOpen, setOpen] = useControllableState({
    prop: open,
    defaultProp: defaultOpen,
    onChange: onOpenChange,
    caller: 'MomentFlowDialog',
  });
  const triggerElement =
    trigger === undefined ? (
      <button
        type="button"
        className="attune-Button attune-MomentFlowDialog-trigger"
        data-styled={unstyled ? 'false' : 'true'}
      >
        {messages.trigger}
      </button>
    ) : (
      trigger
    );
  return (
    <Dialog.Root open={isOpen} onOpenChange={setOpen}>
      {triggerElement && <Dialog.Trigger asChild>{triggerElement}</Dialog.Trigger>}
      <DialogSurface
        className={cx('attune-MomentFlowDialog', className)}
        unstyled={unstyled}
        container={container}
        aria-describedby={undefined}
      >
        <DialogHeading title={title ?? messages.dialogTitle} hideTitle={hideTitle} />
        <MomentFlow
          {...flowProps}
          unstyled={unstyled}
          onExit={(moment) => {
            onExit?.(moment);
            if (!hasSupport) setOpen(false);
          }}
        />
      </DialogSurface>
    </Dialog.Root>
  );
}
