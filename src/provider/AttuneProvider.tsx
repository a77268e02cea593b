import { useMemo, type ReactNode } from 'react';
import {
  AttuneContext,
  type AttuneContextValue,
  type AttuneTheme,
  type ReducedMotionSetting,
} from './context';
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
  /** BCP 47 locale for numbers, dates and lists. @default 'en' */
  locale?: string;
  /**
   * `user` follows the operating system; `always` removes movement everywhere;
   * `never` keeps it. Pacing by colour, opacity and progress continues in every case.
   * @default 'user'
   */
  reducedMotion?: ReducedMotionSetting;
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
  locale = 'en',
  reducedMotion = 'user',
  children,
}: AttuneProviderProps) {
  const value = useMemo<AttuneContextValue>(
    () => ({ theme, messages, locale, reducedMotion, hasProvider: true }),
    [theme, messages, locale, reducedMotion],
  );
  return (
    <AttuneContext.Provider value={value}>
      <div data-attune-theme={theme} data-attune-motion={reducedMotion} style={{ display: 'contents' }}>
        {children}
      </div>
    </AttuneContext.Provider>
  );
}
