import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { commonMessages } from '../provider/common-messages';
import { useAttune } from '../provider/context';
import { useMessages } from '../provider/useMessages';
import { useReducedMotion } from '../provider/useReducedMotion';
import { cx } from './cx';
import { ScrollLock } from './ScrollLock';
import { VisuallyHidden } from './VisuallyHidden';
import type { WidgetStyleProps } from './widget';

export type DialogSurfaceProps = Dialog.DialogContentProps &
  WidgetStyleProps & {
    /**
     * Where the dialog is rendered: a wrapper whose tokens should reach it (e.g. a themed card).
     * @default the provider's `dialogContainer`, else `document.body`
     */
    container?: HTMLElement | null;
  };

/**
 * The modal surface every attune-ui dialog shares: portal, overlay, content and a close
 * button. It carries the provider's theme itself, because the portal renders outside the
 * provider's element. Its enter and exit animations are CSS, so Radix waits for them;
 * reduced motion drops them.
 *
 * @selector .attune-Dialog[data-state="open" | "closed"], .attune-Dialog-overlay
 */
export function DialogSurface({ className, unstyled, container, children, ...props }: DialogSurfaceProps) {
  const { theme, lang, dir, dialogContainer } = useAttune();
  const reducedMotion = useReducedMotion();
  const common = useMessages('common', commonMessages);
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
        className="attune-Dialog-overlay"
        data-state="open"
        style={{ pointerEvents: 'auto' }}
        {...surface}
      />
      <Dialog.Content {...props} {...surface} className={cx('attune-Dialog', className)}>
        {children}
        <Dialog.Close className="attune-Button attune-Dialog-close" data-variant="quiet">
          {common.close}
        </Dialog.Close>
      </Dialog.Content>
    </Dialog.Portal>
  );
}

/** The dialog's name, visible or for screen readers only, and an optional description. */
export function DialogHeading({
  title,
  hideTitle,
  description,
}: {
  title: string;
  hideTitle: boolean;
  description?: ReactNode;
}) {
  return (
    <>
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
    </>
  );
}
