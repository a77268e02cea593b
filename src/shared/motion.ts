import { animate } from 'framer-motion/dom/mini';

/**
 * Every movement in attune-ui goes through framer-motion's small Web Animations entry
 * (`animate` from `framer-motion/dom/mini`): the browser runs each animation itself, and an app that already has
 * framer-motion shares its copy. Only `transform` and `opacity` are ever animated, the two
 * properties every engine animates on the compositor, off the page's main thread.
 */
export type Motion = ReturnType<typeof animate>;
export type MotionKeyframes = Parameters<typeof animate>[1];
export type MotionOptions = NonNullable<Parameters<typeof animate>[2]>;

/** The tokens' `--attune-ease`: a slow, even settle with nothing sudden. */
export const calmEase: [number, number, number, number] = [0.33, 0, 0.2, 1];

/** True where the Web Animations API exists: never on the server, nor in jsdom. */
export function canAnimate(element: Element | null | undefined): element is HTMLElement {
  return !!element && typeof (element as HTMLElement).animate === 'function';
}

/**
 * Starts an animation through framer-motion, or does nothing (undefined) where the browser
 * cannot animate: the element then simply shows its resting state, which the CSS gives it.
 * Durations are in seconds, as framer-motion takes them.
 */
export function move(
  element: Element | null | undefined,
  keyframes: MotionKeyframes,
  options: MotionOptions,
): Motion | undefined {
  return canAnimate(element) ? animate(element, keyframes, options) : undefined;
}
