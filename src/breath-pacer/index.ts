export { breathPacerMessages, type BreathPacerMessages } from './messages';
