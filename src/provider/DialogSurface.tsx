import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type ReactElement, type ReactNode, type Ref } from 'react';
import { cx } from '../shared/cx';
import { ScrollLock } from '../shared/ScrollLock';
import { useComposedRefs } from '../shared/useComposedRefs';
import { useControllableState } from '../shared/useControllableState';
import { useStepMotion, type MotionLook } from '../shared/useStepMotion';
import { VisuallyHidden } from '../shared/VisuallyHidden';
import type { OwnPropKeys, PartClassNames, WidgetStyleProps } from '../shared/widget';
import { exitMessages } from './common-messages';
import { useAttune } from './context';
import { useMessages } from './useMessages';
import { useReducedMotion } from './useReducedMotion';

/** The parts of every attune-ui dialog `classNames` can style; `root` is the dialog element. */
export type DialogPart = 'overlay' | 'title' | 'description' | 'close';
/** Class names for a dialog's parts, `root` (the dialog element) included. */
export type DialogClassNames = PartClassNames<DialogPart>;

export type DialogSurfaceProps = Dialog.DialogContentProps &
  WidgetStyleProps<DialogPart> & {
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
export const DialogSurface = /* @__PURE__ */ forwardRef<HTMLDivElement, DialogSurfaceProps>(
  function DialogSurface(
    { className, classNames: parts = {}, unstyled, container, children, ...props },
    ref,
  ) {
    const { theme, lang, dir, dialogContainer } = useAttune();
    const reducedMotion = useReducedMotion();
    const common = useMessages('common', exitMessages);
    const overlayMotion = useStepMotion<HTMLDivElement>(overlayLook, reducedMotion);
    const contentMotion = useStepMotion<HTMLDivElement>(contentLook, reducedMotion);
    const contentRef = useComposedRefs(ref, contentMotion);
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
          className={cx('attune-Dialog-overlay', parts.overlay)}
          data-state="open"
          style={{ pointerEvents: 'auto' }}
          {...surface}
        />
        <Dialog.Content
          {...props}
          {...surface}
          ref={contentRef}
          className={cx('attune-Dialog', className, parts.root)}
        >
          {children}
          <Dialog.Close className={cx('attune-Button attune-Dialog-close', parts.close)} data-variant="quiet">
            {common.close}
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    );
  },
);

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

/**
 * The prop names every widget's dialog takes for its frame (`DialogOpenProps`, the trigger and
 * the title), for the dialogs' own-prop lists; each dialog documents them in its own words.
 */
export const dialogFrameKeys: OwnPropKeys<
  Record<keyof DialogOpenProps | 'trigger' | 'title' | 'hideTitle', unknown>
> = {
  open: true,
  defaultOpen: true,
  onOpenChange: true,
  container: true,
  trigger: true,
  title: true,
  hideTitle: true,
};

interface WidgetDialogProps extends DialogOpenProps, WidgetStyleProps<DialogPart> {
  /** The dialog's name in the development warning, e.g. `ChoicePointDialog`; also its class. */
  name: string;
  /** The element that opens it; focus returns to it on close. */
  trigger: ReactElement | null | undefined;
  title: string;
  hideTitle: boolean;
  description?: ReactNode;
  /** The host's ref and DOM props, for the dialog element. */
  surfaceRef?: Ref<HTMLDivElement>;
  surfaceProps?: Record<string, unknown>;
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
  classNames: parts = {},
  unstyled,
  container,
  surfaceRef,
  surfaceProps,
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
        ref={surfaceRef}
        // Without a description, say so, so Radix does not point at a missing one.
        {...(description ? {} : { 'aria-describedby': undefined })}
        {...surfaceProps}
        className={cx(`attune-${name}`, className)}
        classNames={parts}
        unstyled={unstyled}
        container={container}
      >
        {/* The dialog's name, visible or for screen readers only. */}
        {hideTitle ? (
          <Dialog.Title asChild>
            <VisuallyHidden className={parts.title}>{title}</VisuallyHidden>
          </Dialog.Title>
        ) : (
          <Dialog.Title className={cx('attune-Dialog-title', parts.title)}>{title}</Dialog.Title>
        )}
        {description && (
          <Dialog.Description className={cx('attune-Dialog-description', parts.description)}>
            {description}
          </Dialog.Description>
        )}
        {children(() => setOpen(false))}
      </DialogSurface>
    </Dialog.Root>
  );
}
