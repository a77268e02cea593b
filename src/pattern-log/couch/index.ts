// attune-ui/pattern-log/couch: a PatternLog on every device, through CouchDB's replication
// protocol and the app's own PouchDB. Nothing here imports PouchDB or React.
export {
  createCouchStorage,
  type CouchStorage,
  type CouchStorageOptions,
  type CouchAdoptResult,
} from './couchStorage';
export type {
  CouchDatabase,
  CouchDoc,
  CouchFeed,
  CouchSync,
  CouchReplication,
  CouchWriteResult,
} from './pouch';
export { historyLimit as couchHistoryLimit } from './records';
export {
  LockedError as PatternLogLockedError,
  UnreadableError as PatternLogUnreadableError,
  type LockedReason as PatternLogLockedReason,
  type PatternLogStorage,
  type PatternLogSyncState,
  type PatternLogSyncErrorCode,
  type PatternLogSyncSource,
} from '../storage';
export type { PatternLogEntry, PatternLogEntryVersion } from '../document';
