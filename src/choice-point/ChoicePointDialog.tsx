import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type ReactElement } from 'react';
import {
  DialogSurface,
  WidgetDialog,
  dialogFrameKeys,
  type DialogClassNames,
  type DialogOpenProps,
  type DialogSurfaceProps,
} from '../provider/DialogSurface';
import { useMessages } from '../provider/useMessages';
import { cx } from '../shared/cx';
import {
  pickProps,
  splitProps,
  styleKeys,
  type OwnPropKeys,
  type WidgetProps,
  type WidgetStyleProps,
} from '../shared/widget';
import {
  ChoicePoint,
  choicePointOwnProps,
  type ChoicePointClassNames,
  type ChoicePointOwnProps,
} from './ChoicePoint';
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
export const ChoicePointDialogContent = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  ChoicePointDialogContentProps
>(function ChoicePointDialogContent({ className, ...props }, ref) {
  return <DialogSurface ref={ref} {...props} className={cx('attune-ChoicePointDialog', className)} />;
});

/** The dialog's parts (`root` is the dialog element), and the ChoicePoint's under `choicePoint`. */
export interface ChoicePointDialogClassNames extends DialogClassNames {
  choicePoint?: ChoicePointClassNames;
}

export interface ChoicePointDialogOwnProps extends Omit<ChoicePointOwnProps, 'classNames'>, DialogOpenProps {
  /** Class names for the dialog's parts, and for the ChoicePoint's under `choicePoint`. */
  classNames?: ChoicePointDialogClassNames;
  /** The element that opens the dialog, e.g. a button; focus returns to it on close. */
  trigger?: ReactElement;
  /** The dialog's name. @default messages.dialogTitle ("A moment to choose") */
  title?: string;
  /** Keeps the title for screen readers only. */
  hideTitle?: boolean;
  /** A line under the title, read as the dialog's description. */
  description?: string;
}

/** The dialog's props and the ChoicePoint's; DOM props (`data-*`, `aria-*`…) go to the dialog element. */
export type ChoicePointDialogProps = WidgetProps<'div', ChoicePointDialogOwnProps>;

// The dialog's own names besides the widget's and the style props: the frame's, shared by every dialog.
const dialogOwnProps: OwnPropKeys<
  Omit<ChoicePointDialogOwnProps, keyof ChoicePointOwnProps | keyof WidgetStyleProps>
> = { ...dialogFrameKeys, description: true };

/**
 * ChoicePoint in a modal dialog (Radix Dialog): focus is trapped inside, Escape and the
 * close button close it, and focus returns to the trigger. "This isn’t helping" closes it
 * when `onExit` is given; without it, the dialog stays open with a calm offer of support.
 */
export const ChoicePointDialog = /* @__PURE__ */ forwardRef<HTMLDivElement, ChoicePointDialogProps>(
  function ChoicePointDialog(props, ref) {
    const {
      open,
      defaultOpen,
      onOpenChange,
      trigger,
      title,
      hideTitle = false,
      description,
      className,
      classNames: { choicePoint: choicePointParts, ...parts } = {},
      unstyled,
      container,
      onExit,
    } = props;
    const choicePointProps = pickProps<ChoicePointOwnProps>(props, choicePointOwnProps);
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
        classNames={parts}
        surfaceRef={ref}
        surfaceProps={splitProps(props, choicePointOwnProps, styleKeys, dialogOwnProps)}
        title={title ?? messages.dialogTitle}
      >
        {(close) => (
          <ChoicePoint
            headingLevel={3}
            {...choicePointProps}
            classNames={choicePointParts}
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
  },
);
