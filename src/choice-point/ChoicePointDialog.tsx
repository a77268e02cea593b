import * as Dialog from '@radix-ui/react-dialog';
import { useControllableState } from '../shared/useControllableState';
import type { ReactElement } from 'react';
import { commonMessages } from '../provider/common-messages';
import { useAttune } from '../provider/context';
import { useMessages } from '../provider/useMessages';
import { useReducedMotion } from '../provider/useReducedMotion';
import { cx } from '../shared/cx';
import { VisuallyHidden } from '../shared/VisuallyHidden';
import type { WidgetStyleProps } from '../shared/widget';
import { ChoicePoint, type ChoicePointProps } from './ChoicePoint';
import { choicePointMessages } from './messages';

/* The Radix parts, under ChoicePoint names, for hosts that compose their own dialog. */
export const ChoicePointDialogRoot = Dialog.Root;
export const ChoicePointDialogTrigger = Dialog.Trigger;
export const ChoicePointDialogTitle = Dialog.Title;
export const ChoicePointDialogDescription = Dialog.Description;
export const ChoicePointDialogClose = Dialog.Close;

export type ChoicePointDialogContentProps = Dialog.DialogContentProps & WidgetStyleProps;

/**
 * The dialog surface: portal, overlay, content and a close button. It carries the
 * provider's theme itself, because the portal renders outside the provider's element.
 * Its enter and exit animations are CSS, so Radix waits for them; reduced motion drops them.
 *
 * @selector .attune-ChoicePointDialog[data-state="open" | "closed"], .attune-ChoicePointDialog-overlay
 */
export function ChoicePointDialogContent({
  className,
  unstyled,
  children,
  ...props
}: ChoicePointDialogContentProps) {
  const { theme } = useAttune();
  const reducedMotion = useReducedMotion();
  const common = useMessages('common', commonMessages);
  const surface = {
    'data-attune-theme': theme,
    'data-styled': unstyled ? 'false' : 'true',
    'data-motion': reducedMotion ? 'reduce' : undefined,
  };
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="attune-ChoicePointDialog-overlay" {...surface} />
      <Dialog.Content {...props} {...surface} className={cx('attune-ChoicePointDialog', className)}>
        {children}
        <Dialog.Close className="attune-Button attune-ChoicePointDialog-close" data-variant="quiet">
          {common.close}
        </Dialog.Close>
      </Dialog.Content>
    </Dialog.Portal>
  );
}

export interface ChoicePointDialogProps extends ChoicePointProps {
  /** Whether the dialog is open (controlled). */
  open?: boolean;
  /** Whether it starts open (uncontrolled). @default false */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
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
 * close button close it, and focus returns to the trigger. "This isn’t helping" (when
 * `onExit` is given) also closes it.
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
  onExit,
  ...choicePointProps
}: ChoicePointDialogProps) {
  const messages = useMessages('choicePoint', choicePointMessages, choicePointProps.messages);
  const [isOpen, setOpen] = useControllableState({
    prop: open,
    defaultProp: defaultOpen ?? false,
    onChange: onOpenChange,
  });
  const titleText = title ?? messages.dialogTitle;
  return (
    <Dialog.Root open={isOpen} onOpenChange={setOpen}>
      {trigger && <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>}
      <ChoicePointDialogContent className={className} unstyled={unstyled}>
        {hideTitle ? (
          <Dialog.Title asChild>
            <VisuallyHidden>{titleText}</VisuallyHidden>
          </Dialog.Title>
        ) : (
          <Dialog.Title className="attune-ChoicePointDialog-title">{titleText}</Dialog.Title>
        )}
        {description && (
          <Dialog.Description className="attune-ChoicePointDialog-description">
            {description}
          </Dialog.Description>
        )}
        <ChoicePoint
          {...choicePointProps}
          unstyled={unstyled}
          onExit={
            onExit &&
            (() => {
              onExit();
              setOpen(false);
            })
          }
        />
      </ChoicePointDialogContent>
    </Dialog.Root>
  );
}
