import { vi } from 'vitest';

/**
 * jsdom has no Web Animations API. These fakes stand in for `Element.prototype.animate`, the
 * one browser call framer-motion's mini `animate` makes, and record what was asked of it:
 * the element, the keyframes (as a list of frames, whichever form they were given in) and
 * the timing. `finish()` plays an animation to its end as a browser would (its `onfinish`).
 */
export class FakeAnimation {
  playState: AnimationPlayState = 'running';
  currentTime: number | null = 0;
  startTime: number | null = 0;
  playbackRate = 1;
  onfinish: ((event?: unknown) => void) | null = null;
  constructor(
    public target: Element,
    public keyframes: Keyframe[],
    public options: KeyframeAnimationOptions,
  ) {}
  cancel = vi.fn(() => {
    this.playState = 'idle';
  });
  pause = vi.fn(() => {
    this.playState = 'paused';
  });
  play = vi.fn(() => {
    this.playState = 'running';
  });
  commitStyles = vi.fn();
  finish = vi.fn(() => {
    this.playState = 'finished';
    this.onfinish?.();
  });
}

/** `{ opacity: [0, 1] }` as `[{ opacity: 0 }, { opacity: 1 }]`; a list stays as it is. */
function asFrames(keyframes: Keyframe[] | PropertyIndexedKeyframes | null): Keyframe[] {
  if (!keyframes) return [];
  if (Array.isArray(keyframes)) return keyframes;
  const frames: Keyframe[] = [];
  for (const [property, values] of Object.entries(keyframes)) {
    if (property === 'easing' || property === 'offset') continue;
    (Array.isArray(values) ? values : [values]).forEach((value, i) => {
      frames[i] = { ...frames[i], [property]: value };
    });
  }
  return frames;
}

/** Installs the fake `animate` until `uninstall()`; returns every animation started. */
export function fakeAnimations() {
  const animations: FakeAnimation[] = [];
  Element.prototype.animate = vi.fn(function (
    this: Element,
    keyframes: Keyframe[] | PropertyIndexedKeyframes | null,
    options?: number | KeyframeAnimationOptions,
  ) {
    const animation = new FakeAnimation(
      this,
      asFrames(keyframes),
      typeof options === 'number' ? { duration: options } : (options ?? {}),
    );
    animations.push(animation);
    return animation as unknown as Animation;
  });
  return {
    animations,
    /** Animations that have not been cancelled, finished, or left paused. */
    running: () => animations.filter((a) => a.playState === 'running'),
    uninstall: () => Reflect.deleteProperty(Element.prototype, 'animate'),
  };
}
