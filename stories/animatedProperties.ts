const timing = new Set(['offset', 'computedOffset', 'easing', 'composite']);

/** The CSS properties the browser is animating on `element` now (its Web Animations), sorted. */
export function animatedProperties(element: Element): string[] {
  const names = new Set<string>();
  for (const animation of element.getAnimations()) {
    if (!(animation.effect instanceof KeyframeEffect)) continue;
    for (const frame of animation.effect.getKeyframes())
      Object.keys(frame)
        .filter((key) => !timing.has(key))
        .forEach((key) => names.add(key));
  }
  return [...names].sort();
}
