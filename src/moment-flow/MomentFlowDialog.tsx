import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type ReactElement } from 'react';
import { useSupport } from '../provider/context';
import { useMessages } from '../provider/useMessages';
import { cx } from '../shared/cx';
import { DialogHeading, DialogSurface, type DialogClassNames } from '../shared/DialogSurface';
import {
  pickProps,
  splitProps,
  styleKeys,
  type OwnPropKeys,
  type WidgetProps,
  type WidgetStyleProps,
} from '../shared/widget';
import { useControllableState } from '../shared/useControllableState';
import { momentFlowMessages } from './messages';
import {
  MomentFlow,
  momentFlowOwnProps,
  type MomentFlowClassNames,
  type MomentFlowOwnProps,
} from './MomentFlow';

/** The dialog's parts (`root` is the dialog element), and the MomentFlow's under `momentFlow`. */
export interface MomentFlowDialogClassNames extends DialogClassNames {
  momentFlow?: MomentFlowClassNames;
}

export interface MomentFlowDialogOwnProps extends Omit<MomentFlowOwnProps, 'classNames'> {
  /** Class names for the dialog's parts, and for the MomentFlow's under `momentFlow`. */
  classNames?: MomentFlowDialogClassNames;
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

/** The dialog's props and the MomentFlow's; DOM props (`data-*`, `aria-*`…) go to the dialog element. */
export type MomentFlowDialogProps = WidgetProps<'div', MomentFlowDialogOwnProps>;

// The dialog's own names besides the widget's and the style props. A plain literal, so bundlers can drop it.
const dialogOwnProps: OwnPropKeys<
  Omit<MomentFlowDialogOwnProps, keyof MomentFlowOwnProps | keyof WidgetStyleProps>
> = {
  open: true,
  defaultOpen: true,
  onOpenChange: true,
  trigger: true,
  title: true,
  hideTitle: true,
  container: true,
};

/**
 * MomentFlow in a modal dialog, opened from an "I noticed something" button. The gentle exit,
 * Escape and the close button all close it, and all keep what was entered: it is saved and
 * passed to `onExit`. When the provider has `support`, the gentle exit leaves the dialog open
 * on the calm offer of it instead, until the person closes it.
 */
export const MomentFlowDialog = /* @__PURE__ */ forwardRef<HTMLDivElement, MomentFlowDialogProps>(
  function MomentFlowDialog(props, ref) {
    const {
      open,
      defaultOpen = false,
      onOpenChange,
      trigger,
      title,
      hideTitle = true,
      className,
      classNames: { momentFlow: flowParts, ...parts } = {},
      unstyled,
      container,
      onExit,
    } = props;
    const flowProps = pickProps<MomentFlowOwnProps>(props, momentFlowOwnProps);
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
          ref={ref}
          aria-describedby={undefined}
          {...splitProps(props, momentFlowOwnProps, styleKeys, dialogOwnProps)}
          className={cx('attune-MomentFlowDialog', className)}
          classNames={parts}
          unstyled={unstyled}
          container={container}
        >
          <DialogHeading title={title ?? messages.dialogTitle} hideTitle={hideTitle} classNames={parts} />
          <MomentFlow
            {...flowProps}
            className={undefined}
            classNames={flowParts}
            unstyled={unstyled}
            onExit={(moment) => {
              onExit?.(moment);
              if (!hasSupport) setOpen(false);
            }}
          />
        </DialogSurface>
      </Dialog.Root>
    );
  },
);
