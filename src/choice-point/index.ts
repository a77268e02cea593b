export { choicePointMessages, choicePointMessagesEs, type ChoicePointMessages } from './messages';
