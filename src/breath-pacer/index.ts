export { breathPacerMessages, breathPacerMessagesEs, type BreathPacerMessages } from './messages';
