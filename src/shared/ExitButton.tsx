import type { ButtonHTMLAttributes } from 'react';
import { cx } from './cx';

/**
 * The gentle "this isn't helping" way out that every widget keeps in reach. It only
 * tells the host (`onClick`); the host decides what to offer instead.
 */
export function ExitButton({
  className,
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button {...props} type={type} className={cx('attune-Exit', className)} data-attune-exit="" />;
}
