export * from './provider';
// The provider component and the whole message table sit above the widgets: they name every
// widget's messages, which the provider/ floor must not know.
export { AttuneProvider, type AttuneProviderProps } from './AttuneProvider';
export type { AttuneMessages, MessageOverrides } from './locales/messages';
export * from './breath-pacer';
export * from './choice-point';
export * from './observer-script';
export * from './pattern-log';
export * from './moment-flow';
export * from './grounding';
export { en } from './locales/en';
// Other locales live here, not in the widget entries, so an app pays only for the ones it imports.
export { es } from './locales/es';
export { observerScriptsEs } from './observer-script/scripts';
