import type { ReactElement } from 'react';
import { useSupport } from '../provider/context';
import { WidgetDialog, type DialogOpenProps } from '../provider/DialogSurface';
import { useMessages } from '../provider/useMessages';
import { momentFlowMessages } from './messages';
import { MomentFlow, type MomentFlowProps } from './MomentFlow';

export interface MomentFlowDialogProps extends MomentFlowProps, DialogOpenProps {
  /**
   * The element that opens the dialog; focus returns to it on close.
   * @default a button named "I noticed something"
   */
  trigger?: ReactElement | null;
  /** The dialog's name. @default messages.dialogTitle */
  title?: string;
  /** Keeps the title for screen readers only (each step has its own visible heading). @default true */
  hideTitle?: boolean;
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
    <WidgetDialog
      name="MomentFlowDialog"
      {...{ open, defaultOpen, onOpenChange, hideTitle, className, unstyled, container }}
      trigger={triggerElement}
      title={title ?? messages.dialogTitle}
    >
      {(close) => (
        <MomentFlow
          {...flowProps}
          unstyled={unstyled}
          onExit={(moment) => {
            onExit?.(moment);
            if (!hasSupport) close();
          }}
        />
      )}
    </WidgetDialog>
  );
}
