import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { cx } from './cx';

/**
 * The gentle "this isn't helping" way out that every widget keeps in reach. forwardRef, not a
 * `ref` prop: React 18 (in the peer range) drops refs given to function components, and focus
 * returns here from the support offer.
 */
export const ExitButton = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement>>(
  function ExitButton({ className, type = 'button', ...props }, ref) {
    return (
      <button {...props} ref={ref} type={type} className={cx('attune-Exit', className)} data-attune-exit="" />
    );
  },
);
