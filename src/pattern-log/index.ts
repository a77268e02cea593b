export { patternLogMessages, patternLogMessagesEs, type PatternLogMessages } from './messages';
