export { ObserverScript, type ObserverScriptProps, type ObserverScriptBreath } from './ObserverScript';
export {
  useObserverScript,
  type UseObserverScriptOptions,
  type ObserverScriptState,
  type ObserverScriptStatus,
  type ObserverScriptLine,
  type ObserverScriptCompletion,
} from './useObserverScript';
export {
  parseScript,
  type Script,
  type ScriptStep,
  type ScriptText,
  type StepKind,
  type Perspective,
  type ParseResult,
  type ScriptError,
} from './script';
export { observerScripts } from './scripts';
export { observerScriptMessages, type ObserverScriptMessages } from './messages';
// Types every widget's props use, so this entry alone can name them.
export type { WidgetStyleProps } from '../shared/widget';
export type { DeepPartial } from '../provider/messages';
