/** Every user-visible string of ChoicePoint. (Filled in with the widget.) */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ChoicePointMessages {}

export const choicePointMessages: ChoicePointMessages = {};

export const choicePointMessagesEs: ChoicePointMessages = {};
