import type { HTMLAttributes } from 'react';
import { visuallyHiddenStyle } from './visuallyHiddenStyle';

/** Content that assistive technology reads but that takes no room on screen. */
export function VisuallyHidden({ style, ...props }: HTMLAttributes<HTMLSpanElement>) {
  return <span {...props} style={{ ...visuallyHiddenStyle, ...style }} />;
}
