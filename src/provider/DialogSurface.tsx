import * as Dialog from '@radix-ui/react-dialog';
import type { ReactElement, ReactNode } from 'react';
import { cx } from '../shared/cx';
import { ScrollLock } from '../shared/ScrollLock';
import { useControllableState } from '../shared/useControllableState';
import { useStepMotion, type MotionLook } from '../shared/useStepMotion';
import { VisuallyHidden } from '../shared/VisuallyHidden';
import type { WidgetStyleProps } from '../shared/widget';
import { commonMessages } from './common-messages';
import { useAttune } from './context';
import { useMessages } from './useMessages';
import { useReducedMotion } from './useReducedMotion';

export type DialogSurfaceProps = Dialog.DialogContentProps &
  WidgetStyleProps & {
    /**
     * Where the dialog is rendered: a wrapper whose tokens should reach it (e.g. a themed card).
     * @default the provider's `dialogContainer`, else `document.body`
     */
    container?: HTMLElement | null;
  };

const fade = { opacity: [0, 1] };
const fadeOut = { opacity: [1, 0] };

/** The veil over the page: a fade, with or without motion. */
const overlayLook: MotionLook = {
  enter: { full: fade, reduced: fade, seconds: 0.4 },
  leave: { full: fadeOut, reduced: fadeOut, seconds: 0.25 },
  place: 'fixed',
  enterOnFirstRender: true,
};

/** The surface rises a little as it fades in, and settles a little as it fades out. */
const contentLook: MotionLook = {
  enter: {
    full: { opacity: [0, 1], transform: ['translateY(0.5rem)', 'translateY(0)'] },
    reduced: fade,
    seconds: 0.4,
  },
  leave: {
    full: { opacity: [1, 0], transform: ['translateY(0)', 'translateY(0.25rem)'] },
    reduced: fadeOut,
    seconds: 0.25,
  },
  place: 'fixed',
  enterOnFirstRender: true,
};

/**
 * The modal surface every attune-ui dialog shares: portal, overlay, content and a close
 * button. It carries the provider's theme itself, because the portal renders outside the
 * provider's element. It enters and leaves through framer-motion (a fade and a small rise;
 * a fade only under reduced motion): Radix unmounts it at once, focus returns to the
 * trigger at once, and an inert copy fades out in its place.
 *
 * @selector .attune-Dialog[data-state="open" | "closed"], .attune-Dialog-overlay
 */
export function DialogSurface({ className, unstyled, container, children, ...props }: DialogSurfaceProps) {
  const { theme, lang, dir, dialogContainer } = useAttune();
  const reducedMotion = useReducedMotion();
  const common = useMessages('common', commonMessages);
  const overlayMotion = useStepMotion<HTMLDivElement>(overlayLook, reducedMotion);
  const contentMotion = useStepMotion<HTMLDivElement>(contentLook, reducedMotion);
  const surface = {
    // The portal leaves the provider's element: carry its language and direction along.
    lang,
    dir,
    'data-attune-theme': theme,
    'data-styled': unstyled ? 'false' : 'true',
    'data-motion': reducedMotion ? 'reduce' : undefined,
  };
  return (
    <Dialog.Portal container={container ?? dialogContainer ?? undefined}>
      {/* Not Dialog.Overlay (see ScrollLock): the portal mounts this only while open; a click
          on it is outside the content, so Radix closes the dialog as before. */}
      <ScrollLock />
      <div
        ref={overlayMotion}
        className="attune-Dialog-overlay"
        data-state="open"
        style={{ pointerEvents: 'auto' }}
        {...surface}
      />
      <Dialog.Content {...props} {...surface} ref={contentMotion} className={cx('attune-Dialog', className)}>
        {children}
        <Dialog.Close className="attune-Button attune-Dialog-close" data-variant="quiet">
          {common.close}
        </Dialog.Close>
      </Dialog.Content>
    </Dialog.Portal>
  );
}

/** Open state and placement, the same on every widget's dialog. */
export interface DialogOpenProps {
  /** Whether the dialog is open (controlled). */
  open?: boolean;
  /** Whether it starts open (uncontrolled). @default false */
  defaultOpen?: boolean;
  /** Called with the state the dialog asks for; a controlled host decides whether to follow. */
  onOpenChange?: (open: boolean) => void;
  /**
   * Where the dialog renders, e.g. a wrapper whose tokens should reach it.
   * @default the provider's `dialogContainer`, else `document.body`
   */
  container?: HTMLElement | null;
}

interface WidgetDialogProps extends DialogOpenProps, WidgetStyleProps {
  /** The dialog's name in the development warning, e.g. `ChoicePointDialog`; also its class. */
  name: string;
  /** The element that opens it; focus returns to it on close. */
  trigger: ReactElement | null | undefined;
  title: string;
  hideTitle: boolean;
  description?: ReactNode;
  /** The widget inside, given a way to close the dialog. */
  children: (close: () => void) => ReactNode;
}

/**
 * One widget in a modal dialog (Radix Dialog): open state, controlled or not, the trigger,
 * the surface and the heading. Each widget's dialog is this frame around the widget.
 */
export function WidgetDialog({
  name,
  open,
  defaultOpen = false,
  onOpenChange,
  trigger,
  title,
  hideTitle,
  description,
  className,
  unstyled,
  container,
  children,
}: WidgetDialogProps) {
  const [isOpen, setOpen] = useControllableState({
    prop: open,
    defaultProp: defaultOpen,
    onChange: onOpenChange,
    caller: name,
  });
  return (
    <Dialog.Root open={isOpen} onOpenChange={setOpen}>
      {trigger && <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>}
      <DialogSurface
        className={cx(`attune-${name}`, className)}
        unstyled={unstyled}
        container={container}
        // Without a description, say so, so Radix does not point at a missing one.
        {...(description ? {} : { 'aria-describedby': undefined })}
      >
        {/* The dialog's name, visible or for screen readers only. */}
        {hideTitle ? (
          <Dialog.Title asChild>
            <VisuallyHidden>{title}</VisuallyHidden>
          </Dialog.Title>
        ) : (
          <Dialog.Title className="attune-Dialog-title">{title}</Dialog.Title>
        )}
        {description && (
          <Dialog.Description className="attune-Dialog-description">{description}</Dialog.Description>
        )}
        {children(() => setOpen(false))}
      </DialogSurface>
    </Dialog.Root>
  );
}
