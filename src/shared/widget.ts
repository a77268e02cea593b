import { cx } from './cx';

/** Props every styled widget accepts. */
export interface WidgetStyleProps {
  /** Extra class names for the root element. */
  className?: string;
  /**
   * Drops the default look (the shipped CSS only styles `[data-styled="true"]`),
   * leaving structure, behaviour and `data-*` state for your own CSS.
   * @selector [data-styled="false"]
   */
  unstyled?: boolean;
}

/**
 * The attributes of a widget's root: its class (`attune-BreathPacer`), whether the
 * default look applies, and the host's class names.
 */
export function widgetRootProps(name: string, { className, unstyled }: WidgetStyleProps) {
  return {
    className: cx(`attune-${name}`, className),
    'data-styled': unstyled ? 'false' : 'true',
  } as const;
}
