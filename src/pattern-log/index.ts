// Names carry "PatternLog" so that `attune-ui` can re-export every widget without clashes.
export { patternLogMessages, type PatternLogMessages, type Count as PatternLogCount } from './messages';
// A log as a document: its format version, read (validated, migrated) and written. Checking
// and migrating one step at a time is what parsePatternLog does, and stays private.
export {
  currentVersion as patternLogVersion,
  parseDocument as parsePatternLog,
  serializeDocument as serializePatternLog,
  type ParseOptions as PatternLogParseOptions,
  type PatternLogEntry,
  type PatternLogEntryVersion,
  type PatternLogDocument,
  type DocumentProblem as PatternLogProblem,
  type ParseResult as PatternLogParseResult,
} from './document';
// The reducer is how the store works; only the undo step, which `undo()` returns, is public.
export type { UndoStep as PatternLogUndoStep } from './logReducer';
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
  type PatternLogChangeSet,
  type PatternLogRecord,
  type PatternLogSaved,
  type PatternLogStoredChanges,
  type PatternLogSyncSource,
  type PatternLogSyncState,
  type PatternLogSyncErrorCode,
} from './storage';
export { encrypted, type EncryptedOptions, type EncryptedStorage } from './encrypted';
export {
  createPatternLogStore,
  PatternLogEntryError,
  type PatternLogStore,
  type PatternLogStoreOptions,
  type PatternLogPersistence,
  type ImportOptions as PatternLogImportOptions,
  type ImportCounts as PatternLogImportCounts,
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
  type PatternLogClassNames,
  type PatternLogOwnProps,
  type PatternLogPart,
  type PatternLogProps,
} from './PatternLog';
export { PatternLogInsights } from './PatternLogInsights';
export {
  EntryForm as PatternLogEntryForm,
  type EntryFormProps as PatternLogEntryFormProps,
} from './EntryForm';
export type { PatternLogOption } from './context';
export type { Moment, NoticedWhen } from '../shared/moment';
// Types every widget's props use, so this entry alone can name them.
export type { PartClassNames, WidgetProps, WidgetStyleProps } from '../shared/widget';
export type { DeepPartial } from '../provider/messages';
