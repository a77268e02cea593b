import { useEffect, useMemo, type ReactNode } from 'react';
import type { MessageOverrides } from './locales/messages';
import {
  AttuneContext,
  type AttuneContextValue,
  type AttuneTheme,
  type ReducedMotionSetting,
} from './provider/context';
import { textDirection } from './provider/direction';
import { checkSupportResources, type SupportInput } from './provider/support';

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
  /**
   * Your app's support resources, one or a list: `{ label, description?, href }` or
   * `{ label, description?, onOpen }`, e.g. a crisis line you choose for the person's region.
   * They are offered calmly when a person uses "This isn’t helping" and when they record an
   * intensity of 9 or 10; with none, nothing is offered. attune-ui ships no phone numbers of
   * its own. Unsafe entries (no label, both or neither of `href`/`onOpen`, a `javascript:`
   * address) are left out, with an error in the console during development.
   * @selector .attune-Support[data-reason="exit" | "intensity"]
   */
  support?: SupportInput;
  children?: ReactNode;
}

/**
 * Optional settings for every attune-ui widget below it: theme, strings, locale, motion and
 * the app's support resources. Widgets work without it. It renders one `display: contents` element that
 * carries the theme, so it adds no box to the layout.
 */
export function AttuneProvider({
  theme = 'system',
  messages,
  locale: localeProp,
  dir,
  reducedMotion = 'user',
  dialogContainer,
  support,
  children,
}: AttuneProviderProps) {
  const locale = localeProp ?? 'en';
  // Only what the host said: a provider without `locale` or `dir` leaves the page's alone.
  const direction = dir ?? (localeProp === undefined ? undefined : textDirection(localeProp));
  const checked = useMemo(() => checkSupportResources(support), [support]);
  // Keyed on the text, so an inline list re-created on each render is reported once.
  const problems = checked.problems.join('\n');
  useEffect(() => {
    // Written out, not a helper: bundlers fold it away, warning and all, in production.
    if (process.env.NODE_ENV !== 'production' && problems) console.error(`AttuneProvider: ${problems}`);
  }, [problems]);
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
      support: checked.resources,
    }),
    [theme, messages, locale, localeProp, direction, reducedMotion, dialogContainer, checked],
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
