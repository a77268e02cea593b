export { observerScriptMessages, observerScriptMessagesEs, type ObserverScriptMessages } from './messages';
