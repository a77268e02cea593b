import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

let locks = 0;
let before = { overflow: '', paddingRight: '' };

/**
 * While mounted, the page behind a modal dialog does not scroll, and does not shift sideways
 * when its scrollbar goes. Counted, so stacked dialogs share one lock. Our own, not Radix's
 * Overlay: that one brings react-remove-scroll and its helpers, 4 KB gzip for the same job.
 * `body[data-scroll-locked]` holds the count, as it did with Radix.
 */
export function ScrollLock() {
  useIsomorphicLayoutEffect(() => {
    const { body, documentElement } = document;
    if (locks === 0) {
      const scrollbar = window.innerWidth - documentElement.clientWidth;
      before = { overflow: body.style.overflow, paddingRight: body.style.paddingRight };
      body.style.setProperty('overflow', 'hidden', 'important');
      if (scrollbar > 0) {
        const padding = getComputedStyle(body).paddingRight;
        body.style.setProperty('padding-right', `calc(${padding} + ${scrollbar}px)`, 'important');
      }
    }
    body.setAttribute('data-scroll-locked', String(++locks));
    return () => {
      if (--locks > 0) return body.setAttribute('data-scroll-locked', String(locks));
      body.removeAttribute('data-scroll-locked');
      body.style.removeProperty('overflow');
      body.style.removeProperty('padding-right');
      Object.assign(body.style, before);
    };
  }, []);
  return null;
}
