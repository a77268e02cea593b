// Names carry "PatternLog" so that `attune-ui` can re-export every widget without clashes.
export { patternLogMessages, type PatternLogMessages } from './messages';
export {
  currentVersion as patternLogVersion,
  emptyDocument as emptyPatternLog,
  parseDocument as parsePatternLog,
  validateDocument as validatePatternLog,
  migrateDocument as migratePatternLog,
  serializeDocument as serializePatternLog,
  type PatternLogEntry,
  type PatternLogEntryVersion,
  type PatternLogDocument,
  type DocumentProblem as PatternLogProblem,
  type ParseResult as PatternLogParseResult,
} from './document';
export {
  logReducer as patternLogReducer,
  mergeState as mergePatternLog,
  initialLogState as initialPatternLogState,
  type LogState as PatternLogState,
  type LogAction as PatternLogAction,
  type UndoStep as PatternLogUndoStep,
} from './logReducer';
export { entriesToCSV as patternLogToCSV, csvColumns as patternLogCSVColumns } from './csv';
export {
  computeInsights as computePatternLogInsights,
  type PatternLogInsightsData,
  type InsightPeriod as PatternLogInsightPeriod,
} from './insights';
export {
  createMemoryStorage,
  createLocalStorage,
  createIndexedDBStorage,
  LockedError as PatternLogLockedError,
  UnreadableError as PatternLogUnreadableError,
  type LockedReason as PatternLogLockedReason,
  type PatternLogStorage,
  type PatternLogSyncSource,
  type PatternLogSyncState,
} from './storage';
export { encrypted, type EncryptedOptions, type EncryptedStorage } from './encrypted';
export {
  createPatternLogStore,
  PatternLogEntryError,
  type PatternLogStore,
  type PatternLogStoreOptions,
  type PatternLogPersistence,
  type ImportOptions as PatternLogImportOptions,
  type ImportConflict as PatternLogImportConflict,
  type ImportConflictPolicy as PatternLogImportConflictPolicy,
  type PatternLogStatus,
  type PatternLogSnapshot,
  type NewPatternLogEntry,
  type PatternLogChanges,
  type ImportResult as PatternLogImportResult,
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
export { PatternLogSyncStatus } from './SyncStatus';
export {
  EntryForm as PatternLogEntryForm,
  type EntryFormProps as PatternLogEntryFormProps,
} from './EntryForm';
export type { PatternLogOption } from './context';
