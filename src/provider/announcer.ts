import { visuallyHiddenStyle } from '../shared/visuallyHiddenStyle';

/**
 * One polite live region for the whole page, shared by every widget, so that screen
 * readers hear status changes without focus ever moving. It lives on `document.body`
 * and carries `aria-live`, which Radix's modal dialogs leave readable.
 */
const regionAttribute = 'data-attune-announcer';
const messageLifetimeMs = 7000;

function getRegion(): HTMLElement | null {
  if (typeof document === 'undefined' || !document.body) return null;
  let region = document.querySelector<HTMLElement>(`[${regionAttribute}]`);
  if (!region) {
    region = document.createElement('div');
    region.setAttribute(regionAttribute, '');
    region.setAttribute('role', 'log');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-relevant', 'additions');
    Object.assign(region.style, visuallyHiddenStyle);
    document.body.appendChild(region);
  }
  return region;
}

export interface AnnounceOptions {
  /** Aborting it withdraws the line and its timer at once, e.g. when the widget that said it unmounts. */
  signal?: AbortSignal;
}

/** Says `message` politely to assistive technology. Does nothing outside a browser. */
export function announce(message: string, options: AnnounceOptions = {}): void {
  const { signal } = options;
  const region = getRegion();
  if (!region || !message || signal?.aborted) return;
  const line = document.createElement('div');
  line.textContent = message;
  region.appendChild(line);
  const withdraw = () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', withdraw);
    line.remove();
  };
  const timer = setTimeout(withdraw, messageLifetimeMs);
  signal?.addEventListener('abort', withdraw);
}

/** Removes every pending announcement (used when a widget unmounts or a test ends). */
export function clearAnnouncements(): void {
  const region = getRegion();
  if (region) region.textContent = '';
}
