/**
 * Calls `hidden` when the page is hidden: on `pagehide` (closed, a link followed, a reload, or
 * put in the back/forward cache), and on `visibilitychange` to hidden (a tab switch, a phone
 * sending the browser away, which may close the page later with no `pagehide`). Returns the
 * function that stops listening. Does nothing where there is no page (server rendering).
 */
export function listenToPageHidden(hidden: () => void): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') hidden();
  };
  window.addEventListener('pagehide', hidden);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', hidden);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
