export { patternLogMessages, patternLogMessagesEs, type PatternLogMessages } from './messages';
export {
  currentVersion,
  emptyDocument,
  parseDocument,
  validateDocument,
  migrateDocument,
  serializeDocument,
  entryProblems,
  type PatternLogEntry,
  type PatternLogDocument,
  type DocumentProblem,
  type ParseResult,
} from './document';
export {
  logReducer,
  mergeState,
  toDocument,
  initialLogState,
  type LogState,
  type LogAction,
  type UndoStep,
} from './logReducer';
export { entriesToCSV, csvField, csvColumns } from './csv';
export { computeInsights, localDay, type PatternLogInsightsData, type InsightPeriod } from './insights';
export {
  createMemoryStorage,
  createLocalStorage,
  createIndexedDBStorage,
  encrypted,
  LockedError,
  type PatternLogStorage,
  type EncryptedOptions,
} from './storage';
export {
  createPatternLogStore,
  type PatternLogStore,
  type PatternLogStatus,
  type PatternLogSnapshot,
  type NewPatternLogEntry,
  type PatternLogChanges,
  type ImportResult,
} from './logStore';
export { usePatternLog, type UsePatternLogOptions, type UsePatternLogResult } from './usePatternLog';
export {
  PatternLog,
  PatternLogStatusNotice,
  PatternLogQuickAdd,
  PatternLogList,
  PatternLogData,
  type PatternLogProps,
} from './PatternLog';
export { PatternLogInsights } from './PatternLogInsights';
export {
  EntryForm as PatternLogEntryForm,
  type EntryFormProps as PatternLogEntryFormProps,
} from './EntryForm';
export type { PatternLogOption } from './context';
