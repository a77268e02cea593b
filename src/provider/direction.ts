/** Languages written right to left, by primary subtag, for runtimes without Intl.Locale text info. */
const rightToLeft = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

const rightToLeftScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Samr', 'Mand']);

/**
 * The writing direction of a BCP 47 locale: `rtl` for Arabic, Hebrew, Persian, Urdu and the
 * like, `ltr` otherwise (and for anything that is not a locale). Uses the runtime's own
 * knowledge (`Intl.Locale` text info) where it has it; a script subtag counts first
 * (`ku-Arab` is right to left, `ku-Latn` is not).
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const parsed = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    // A script subtag decides first (`ku-Arab` vs `ku-Latn`), then the runtime, then the list.
    if (parsed.script) return rightToLeftScripts.has(parsed.script) ? 'rtl' : 'ltr';
    const info = parsed.getTextInfo?.() ?? parsed.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    return rightToLeft.has(parsed.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
