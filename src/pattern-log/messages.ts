/** Every user-visible string of PatternLog. (Filled in with the widget.) */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PatternLogMessages {}

export const patternLogMessages: PatternLogMessages = {};

export const patternLogMessagesEs: PatternLogMessages = {};
