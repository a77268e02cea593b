import { act, render } from '@testing-library/react';
import { useState, type ReactElement } from 'react';

/**
 * How a host treats the widget's requests: `follows` passes the requested value back,
 * `refuses` keeps its own value and does not even render again (the plainest such host logs
 * the request); `rerenderHost` renders it again with the same value, as a busy parent would.
 */
export type HostKind = 'follows' | 'refuses';

export interface ControlledHost<T> {
  /** Every value the widget asked for, in order. */
  requests: T[];
  /** Re-renders the host with the value it holds, as a busy parent would. */
  rerenderHost: () => void;
}

/**
 * Renders a widget under a host that controls one of its props: written once, so every
 * contract test drives the same host, following or refusing.
 */
export function renderControlled<T>(
  kind: HostKind,
  initial: T,
  widget: (value: T, onChange: (value: T) => void) => ReactElement,
): ControlledHost<T> & ReturnType<typeof render> {
  const requests: T[] = [];
  let bump: () => void = () => {};
  function Host() {
    const [value, setValue] = useState(initial);
    const [, setTick] = useState(0);
    bump = () => setTick((tick) => tick + 1);
    return widget(value, (next) => {
      requests.push(next);
      if (kind === 'follows') setValue(next);
    });
  }
  const utils = render(<Host />);
  return { ...utils, requests, rerenderHost: () => act(() => bump()) };
}
