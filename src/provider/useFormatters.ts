import { useMemo } from 'react';
import { useAttune } from './context';

/** Locale-aware formatting for numbers, dates and lists, from the provider's `locale`. */
export interface Formatters {
  locale: string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  date: (value: Date | string | number, options?: Intl.DateTimeFormatOptions) => string;
  list: (items: string[], options?: Intl.ListFormatOptions) => string;
}

/**
 * Formatters for one locale. Each Intl object is made once per set of options and reused:
 * building one costs far more than formatting with it, and a long list formats often.
 */
export function createFormatters(locale: string): Formatters {
  const cache = new Map<string, { format: (value: never) => string }>();
  const get = <T extends { format: (value: never) => string }>(
    kind: string,
    options: object | undefined,
    make: () => T,
  ) => {
    const key = kind + JSON.stringify(options ?? {});
    let formatter = cache.get(key);
    if (!formatter) cache.set(key, (formatter = make()));
    return formatter as T;
  };
  return {
    locale,
    number: (value, options) =>
      get('number', options, () => new Intl.NumberFormat(locale, options)).format(value),
    date: (value, options) =>
      get('date', options, () => new Intl.DateTimeFormat(locale, options)).format(new Date(value)),
    list: (items, options) => get('list', options, () => new Intl.ListFormat(locale, options)).format(items),
  };
}

export function useFormatters(): Formatters {
  const { locale } = useAttune();
  return useMemo(() => createFormatters(locale), [locale]);
}
