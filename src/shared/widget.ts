import type { ComponentPropsWithoutRef, CSSProperties, ElementType } from 'react';
import { composeEventHandlers } from './composeEventHandlers';
import { cx } from './cx';

/** Class names for a widget's documented parts, `root` included (the Sonner and Vaul manner). */
export type PartClassNames<Part extends string> = Partial<Record<Part | 'root', string>>;

/** Props every styled widget accepts. */
export interface WidgetStyleProps<Part extends string = never> {
  /** Extra class names for the root element. */
  className?: string;
  /** Extra class names for the widget's parts, by part name (see the widget's docs page). */
  classNames?: PartClassNames<Part>;
  /**
   * Drops the default look (the shipped CSS only styles `[data-styled="true"]`),
   * leaving structure, behaviour and `data-*` state for your own CSS.
   * @selector [data-styled="false"]
   */
  unstyled?: boolean;
}

/**
 * A widget's props: its own, then the DOM props of its root element (`data-*`, `aria-*`,
 * `id`, `style`, handlers…), minus any name the widget uses itself.
 */
export type WidgetProps<Root extends ElementType, Own> = Own &
  Omit<ComponentPropsWithoutRef<Root>, keyof Own | 'children' | 'dangerouslySetInnerHTML'>;

/**
 * Every own prop name of a widget, checked by the compiler to be complete: what is not in it
 * is a DOM prop and goes to the root element.
 */
export type OwnPropKeys<Own> = Record<keyof Own, true>;

/** A widget's own names besides those of `WidgetStyleProps`, which every widget shares. */
export type OwnKeysBesidesStyle<Own> = OwnPropKeys<Omit<Own, keyof WidgetStyleProps<string>>>;

/** The names of `WidgetStyleProps`: own names of every widget. */
export const styleKeys: OwnPropKeys<WidgetStyleProps<string>> = {
  className: true,
  classNames: true,
  unstyled: true,
};

const isOwn = (key: string, lists: object[]) => lists.some((own) => key in own);

/** A widget's own props out of all it was given, e.g. to pass them on to the widget a dialog holds. */
export function pickProps<Own>(props: object, ...own: object[]): Own {
  return Object.fromEntries(Object.entries(props).filter(([key]) => isOwn(key, own))) as Own;
}

/** The props in none of the lists of own names: they belong to the root element. */
export function splitProps(props: object, ...own: object[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !isOwn(key, own)));
}

/**
 * The attributes of a widget's root: its class (`attune-BreathPacer`), whether the
 * default look applies, and the host's class names.
 */
export function widgetRootProps(name: string, { className, classNames, unstyled }: WidgetStyleProps<string>) {
  return {
    className: cx(`attune-${name}`, className, classNames?.root),
    'data-styled': unstyled ? 'false' : 'true',
  } as const;
}

/**
 * The root element's props: the widget's, with the host's DOM props added. Classes join,
 * styles merge, handlers compose (the host's first; the widget's unless it called
 * `preventDefault()`). The widget's `data-*` state stays the widget's, since the shipped CSS
 * reads it; any other attribute the host gives on purpose (`role`, `aria-*`, `id`) is the
 * host's choice. A prop given as `undefined` changes nothing.
 */
export function mergeRootProps(
  own: Record<string, unknown>,
  host: Record<string, unknown>,
): Record<string, unknown> {
  const merged = { ...own };
  for (const [key, value] of Object.entries(host)) {
    if (value === undefined) continue;
    const mine = own[key];
    if (key === 'className') merged[key] = cx(mine as string | undefined, value as string);
    else if (key === 'style') merged[key] = { ...(mine as CSSProperties), ...(value as CSSProperties) };
    else if (/^on[A-Z]/.test(key) && typeof mine === 'function' && typeof value === 'function')
      merged[key] = composeEventHandlers(
        value as (event: { defaultPrevented: boolean }) => void,
        mine as (event: { defaultPrevented: boolean }) => void,
      );
    else if (!(key.startsWith('data-') && key in own)) merged[key] = value;
  }
  return merged;
}
