import { forwardRef, type ButtonHTMLAttributes } from 'react';

/**
 * The shared button look; `quiet` is the secondary one. forwardRef, not a `ref` prop: React 18
 * (in the peer range) drops refs given to function components, and with them focus return.
 */
export const Button = forwardRef<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement> & { quiet?: boolean }
>(function Button({ quiet, ...props }, ref) {
  return (
    <button
      ref={ref}
      type="button"
      className="attune-Button"
      data-variant={quiet ? 'quiet' : undefined}
      {...props}
    />
  );
});
