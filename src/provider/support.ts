/**
 * One place a person can turn to for support, chosen by the host app (a crisis line for its
 * region, a counsellor, a page of the app). attune-ui ships none of its own.
 */
export interface SupportResource {
  /** What the link or button says, e.g. the service's name. */
  label: string;
  /** One short line under the label, e.g. "Free, any time, by text or phone". */
  description?: string;
  /** Where the link goes: `https:`, `http:`, `tel:`, `sms:`, `mailto:` or a relative address. */
  href?: string;
  /** Called instead of following a link, e.g. to open the app's own support screen. */
  onOpen?: () => void;
  /** Opens `href` in another browsing context, only when asked (`rel="noopener"` is added). */
  target?: string;
}

/** One resource or a list, as `AttuneProvider`'s `support` accepts it. */
export type SupportInput = SupportResource | readonly SupportResource[];

export interface CheckedSupport {
  /** The resources that can be offered safely, in the order given. */
  resources: readonly SupportResource[];
  /** Why each skipped resource was skipped, for the developer (never shown to a person). */
  problems: readonly string[];
}

const safeSchemes = new Set(['http', 'https', 'tel', 'sms', 'mailto']);

/**
 * The scheme a browser would read from `href`, or `null` for a relative address. Browsers
 * drop ASCII tabs and newlines anywhere and control characters and spaces at the ends, so
 * `" java\nscript:"` is read as `javascript:`; the check does the same.
 */
export function schemeOf(href: string): string | null {
  // eslint-disable-next-line no-control-regex -- these are exactly the characters browsers ignore
  const cleaned = href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : null;
}

/** True when following `href` can only navigate (no script, no data document). */
export function isSafeSupportHref(href: string): boolean {
  const scheme = schemeOf(href);
  return scheme === null || safeSchemes.has(scheme);
}

function problemWith(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'it is not an object';
  const resource = value as Record<string, unknown>;
  if (typeof resource.label !== 'string' || !resource.label.trim()) return 'it has no label';
  const hasHref = resource.href !== undefined;
  const hasOnOpen = resource.onOpen !== undefined;
  if (hasHref === hasOnOpen) return 'it needs exactly one of `href` or `onOpen`';
  if (hasOnOpen && typeof resource.onOpen !== 'function') return '`onOpen` is not a function';
  if (hasHref && (typeof resource.href !== 'string' || !resource.href.trim())) return '`href` is empty';
  if (hasHref && !isSafeSupportHref(resource.href as string))
    return `\`href\` uses a scheme that could run code (${schemeOf(resource.href as string)}:); use https:, http:, tel:, sms:, mailto: or a relative address`;
  if (resource.description !== undefined && typeof resource.description !== 'string')
    return '`description` is not text';
  if (resource.target !== undefined && typeof resource.target !== 'string') return '`target` is not text';
  return null;
}

/**
 * Keeps the support resources that can be offered safely and says why any other was left
 * out: a missing label, both or neither of `href` and `onOpen`, or an `href` that could run
 * code (`javascript:`, `data:`…). Never throws: a bad entry must not take the others down.
 */
export function checkSupportResources(input: unknown): CheckedSupport {
  if (input === undefined || input === null) return { resources: [], problems: [] };
  const list: unknown[] = Array.isArray(input) ? input : [input];
  const resources: SupportResource[] = [];
  const problems: string[] = [];
  list.forEach((value, index) => {
    const problem = problemWith(value);
    if (problem) {
      const label = (value as { label?: unknown } | null)?.label;
      const name = typeof label === 'string' && label.trim() ? ` (“${label}”)` : '';
      problems.push(`support resource ${index + 1}${name} was left out: ${problem}.`);
    } else resources.push(value as SupportResource);
  });
  return { resources, problems };
}

/** Intensities from here up (on the 0–10 scale) bring a gentle offer of support. */
export const supportIntensity = 9;

/** True when a recorded intensity is high enough to offer support. */
export function isHighIntensity(value: number | undefined): boolean {
  return value !== undefined && value >= supportIntensity;
}
