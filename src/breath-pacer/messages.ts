/** Every user-visible string of BreathPacer. (Filled in with the widget.) */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BreathPacerMessages {}

export const breathPacerMessages: BreathPacerMessages = {};

export const breathPacerMessagesEs: BreathPacerMessages = {};
