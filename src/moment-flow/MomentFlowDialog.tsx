import { forwardRef, type ReactElement } from 'react';
import { useSupport } from '../provider/context';
import {
  dialogFrameKeys,
  WidgetDialog,
  type DialogClassNames,
  type DialogOpenProps,
} from '../provider/DialogSurface';
import {
  pickProps,
  splitProps,
  styleKeys,
  type OwnPropKeys,
  type WidgetProps,
  type WidgetStyleProps,
} from '../shared/widget';
import { useMessages } from '../provider/useMessages';
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

export interface MomentFlowDialogOwnProps extends Omit<MomentFlowOwnProps, 'classNames'>, DialogOpenProps {
  /** Class names for the dialog's parts, and for the MomentFlow's under `momentFlow`. */
  classNames?: MomentFlowDialogClassNames;
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

/** The dialog's props and the MomentFlow's; DOM props (`data-*`, `aria-*`…) go to the dialog element. */
export type MomentFlowDialogProps = WidgetProps<'div', MomentFlowDialogOwnProps>;

// The dialog's own names besides the widget's and the style props: the frame's, shared by every dialog.
const dialogOwnProps: OwnPropKeys<
  Omit<MomentFlowDialogOwnProps, keyof MomentFlowOwnProps | keyof WidgetStyleProps>
> = dialogFrameKeys;

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
        classNames={parts}
        surfaceRef={ref}
        surfaceProps={splitProps(props, momentFlowOwnProps, styleKeys, dialogOwnProps)}
        title={title ?? messages.dialogTitle}
      >
        {(close) => (
          <MomentFlow
            {...flowProps}
            classNames={flowParts}
            unstyled={unstyled}
            onExit={(moment) => {
              onExit?.(moment);
              if (!hasSupport) close();
            }}
          />
        )}
      </WidgetDialog>
    );
  },
);
