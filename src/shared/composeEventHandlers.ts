/**
 * The host's handler first, then the widget's, unless the host called `preventDefault()`:
 * Radix's manner, so a host can add to what a widget does, or stop it on purpose.
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  host: ((event: E) => void) | undefined,
  own: ((event: E) => void) | undefined,
): (event: E) => void {
  return (event) => {
    host?.(event);
    if (!event.defaultPrevented) own?.(event);
  };
}
