export { patternLogMessages, type PatternLogMessages } from './messages';
