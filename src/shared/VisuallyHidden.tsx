import type { HTMLAttributes } from 'react';

const hiddenStyle = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** Content that assistive technology reads but that takes no room on screen. */
export function VisuallyHidden({ style, ...props }: HTMLAttributes<HTMLSpanElement>) {
  return <span {...props} style={{ ...hiddenStyle, ...style }} />;
}
