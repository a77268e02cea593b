import { createContext, useContext } from 'react';
import type { MessageTable } from './messages';
import type { SupportResource } from './support';

export type AttuneTheme = 'light' | 'dark' | 'system';
export type ReducedMotionSetting = 'user' | 'always' | 'never';

export interface AttuneContextValue {
  theme: AttuneTheme;
  locale: string;
  /** The writing direction the provider sets, dialogs included; undefined leaves the page's. */
  dir: 'ltr' | 'rtl' | undefined;
  /** The `lang` the provider sets (its `locale` prop); undefined leaves the page's. */
  lang: string | undefined;
  reducedMotion: ReducedMotionSetting;
  /** The provider's `messages`, by namespace (typed as `MessageOverrides` on `AttuneProvider`). */
  messages: MessageTable | undefined;
  /** Where dialogs render unless one says otherwise; `undefined` is `document.body`. */
  dialogContainer: HTMLElement | null | undefined;
  /** False when a widget renders with no AttuneProvider above it. */
  hasProvider: boolean;
  /** The host's support resources that passed the checks; empty when it gave none. */
  support: readonly SupportResource[];
}

export const defaultAttuneContext: AttuneContextValue = {
  theme: 'system',
  locale: 'en',
  dir: undefined,
  lang: undefined,
  reducedMotion: 'user',
  messages: undefined,
  dialogContainer: undefined,
  hasProvider: false,
  support: [],
};

export const AttuneContext = createContext<AttuneContextValue>(defaultAttuneContext);

/** The provider's settings, or the defaults when there is no provider. */
export function useAttune(): AttuneContextValue {
  return useContext(AttuneContext);
}

/**
 * The support resources the host gave `AttuneProvider` (checked; unsafe ones left out), for
 * hosts that show their own offer, e.g. in `onExit`. Empty without a provider or a `support`.
 */
export function useSupport(): readonly SupportResource[] {
  return useContext(AttuneContext).support;
}
