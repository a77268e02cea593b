import * as Dialog from '@radix-ui/react-dialog';
import type { ReactElement } from 'react';
import {
  DialogSurface,
  WidgetDialog,
  type DialogOpenProps,
  type DialogSurfaceProps,
} from '../provider/DialogSurface';
import { useMessages } from '../provider/useMessages';
import { cx } from '../shared/cx';
import { ChoicePoint, type ChoicePointProps } from './ChoicePoint';
import { choicePointMessages } from './messages';

/* The Radix parts, under ChoicePoint names, for hosts that compose their own dialog. */
export const ChoicePointDialogRoot = Dialog.Root;
export const ChoicePointDialogTrigger = Dialog.Trigger;
export const ChoicePointDialogTitle = Dialog.Title;
export const ChoicePointDialogDescription = Dialog.Description;
export const ChoicePointDialogClose = Dialog.Close;

export type ChoicePointDialogContentProps = DialogSurfaceProps;

/**
 * The dialog surface: portal, overlay, content and a close button, themed like the page.
 * @selector .attune-ChoicePointDialog.attune-Dialog[data-state="open" | "closed"]
 */
export function ChoicePointDialogContent({ className, ...props }: ChoicePointDialogContentProps) {
  return <DialogSurface {...props} className={cx('attune-ChoicePointDialog', className)} />;
}

export interface ChoicePointDialogProps extends ChoicePointProps, DialogOpenProps {
  /** The element that opens the dialog, e.g. a button; focus returns to it on close. */
  trigger?: ReactElement;
  /** The dialog's name. @default messages.dialogTitle ("A moment to choose") */
  title?: string;
  /** Keeps the title for screen readers only. */
  hideTitle?: boolean;
  /** A line under the title, read as the dialog's description. */
  description?: string;
}

/**
 * ChoicePoint in a modal dialog (Radix Dialog): focus is trapped inside, Escape and the
 * close button close it, and focus returns to the trigger. "This isn’t helping" closes it
 * when `onExit` is given; without it, the dialog stays open with a calm offer of support.
 */
export function ChoicePointDialog({
  open,
  defaultOpen,
  onOpenChange,
  trigger,
  title,
  hideTitle = false,
  description,
  className,
  unstyled,
  container,
  onExit,
  ...choicePointProps
}: ChoicePointDialogProps) {
  const messages = useMessages('choicePoint', choicePointMessages, choicePointProps.messages);
  return (
    <WidgetDialog
      name="ChoicePointDialog"
      {...{
        open,
        defaultOpen,
        onOpenChange,
        trigger,
        hideTitle,
        description,
        className,
        unstyled,
        container,
      }}
      title={title ?? messages.dialogTitle}
    >
      {(close) => (
        <ChoicePoint
          headingLevel={3}
          {...choicePointProps}
          unstyled={unstyled}
          onExit={
            onExit &&
            (() => {
              onExit();
              close();
            })
          }
        />
      )}
    </WidgetDialog>
  );
}
