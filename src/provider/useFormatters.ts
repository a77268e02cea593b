import { useMemo } from 'react';
import { useAttune } from './context';

/** Locale-aware formatting for numbers, dates and lists, from the provider's `locale`. */
export interface Formatters {
  locale: string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  list(items: string[], options?: Intl.ListFormatOptions): string;
}

export function createFormatters(locale: string): Formatters {
  return {
    locale,
    number: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    date: (value, options) => new Intl.DateTimeFormat(locale, options).format(new Date(value)),
    list: (items, options) => new Intl.ListFormat(locale, options).format(items),
  };
}

export function useFormatters(): Formatters {
  const { locale } = useAttune();
  return useMemo(() => createFormatters(locale), [locale]);
}
