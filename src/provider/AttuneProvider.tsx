import { useMemo, type ReactNode } from 'react';
import {
  AttuneContext,
  type AttuneContextValue,
  type AttuneTheme,
  type ReducedMotionSetting,
} from './context';
import { textDirection } from './direction';
import type { MessageOverrides } from './messages';

export interface AttuneProviderProps {
  /**
   * `system` follows the operating system; `light` and `dark` fix it.
   * @selector [data-attune-theme]
   * @default 'system'
   */
  theme?: AttuneTheme;
  /** Replaces any user-visible string; unspecified strings keep their defaults. */
  messages?: MessageOverrides;
  /**
   * BCP 47 locale for numbers, dates and lists. When given, it is also the `lang` of
   * everything the provider renders (dialogs included), so screen readers pronounce the words
   * in the right language; without it, the page's `lang` and `dir` stay in force.
   * @default 'en'
   */
  locale?: string;
  /**
   * Writing direction of everything the provider renders. @default from `locale`: `rtl` for
   * Arabic, Hebrew, Persian, Urdu…, `ltr` otherwise
   */
  dir?: 'ltr' | 'rtl';
  /**
   * `user` follows the operating system; `always` removes movement everywhere;
   * `never` keeps it. Pacing by colour, opacity and progress continues in every case.
   * @default 'user'
   */
  reducedMotion?: ReducedMotionSetting;
  /**
   * Where every dialog below renders (Radix's portal container), so that tokens set on a
   * wrapper reach dialogs too. A dialog's own `container` wins. @default document.body
   */
  dialogContainer?: HTMLElement | null;
  children?: ReactNode;
}

/**
 * Optional settings for every attune-ui widget below it: theme, strings, locale and
 * motion. Widgets work without it. It renders one `display: contents` element that
 * carries the theme, so it adds no box to the layout.
 */
export function AttuneProvider({
  theme = 'system',
  messages,
  locale: localeProp,
  dir,
  reducedMotion = 'user',
  dialogContainer,
  children,
}: AttuneProviderProps) {
  const locale = localeProp ?? 'en';
  // Only what the host said: a provider without `locale` or `dir` leaves the page's alone.
  const direction = dir ?? (localeProp === undefined ? undefined : textDirection(localeProp));
  const value = useMemo<AttuneContextValue>(
    () => ({
      theme,
      messages,
      locale,
      lang: localeProp,
      dir: direction,
      reducedMotion,
      dialogContainer,
      hasProvider: true,
    }),
    [theme, messages, locale, localeProp, direction, reducedMotion, dialogContainer],
  );
  return (
    <AttuneContext.Provider value={value}>
      <div
        lang={localeProp}
        dir={direction}
        data-attune-theme={theme}
        data-attune-motion={reducedMotion}
        style={{ display: 'contents' }}
      >
        {children}
      </div>
    </AttuneContext.Provider>
  );
}
