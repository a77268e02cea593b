/** Every user-visible string of ObserverScript. (Filled in with the widget.) */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ObserverScriptMessages {}

export const observerScriptMessages: ObserverScriptMessages = {};

export const observerScriptMessagesEs: ObserverScriptMessages = {};
