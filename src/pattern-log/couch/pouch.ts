// The few parts of PouchDB this entry uses, as structural types: the app passes its own
// PouchDB database (pouchdb-browser, pouchdb-core with an adapter, pouchdb in Node) and this
// library never imports PouchDB, so apps that don't sync pay nothing for it.

/** A stored document as PouchDB returns it. */
export interface CouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

/** One row of `bulkDocs`' answer: the new revision, or why that document was not written. */
export interface CouchWriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: unknown;
  status?: number;
  name?: string;
}

/** An event emitter that can be cancelled: a live changes feed or a replication. */
export interface CouchFeed {
  on(event: string, listener: (value?: unknown) => void): unknown;
  cancel(): void;
}

/** A replication in progress, which is also a promise of its end (one-shot replications). */
export interface CouchReplication extends CouchFeed, PromiseLike<unknown> {}

/** The changes feed: live, listened to; one-shot, awaited for the documents changed since a sequence. */
export interface CouchChanges
  extends
    CouchFeed,
    PromiseLike<{
      results: Array<{ id: string; deleted?: boolean; doc?: unknown }>;
      last_seq: number | string;
    }> {}

/** A live two-way sync, and its two replications (whose `paused` event says why). */
export interface CouchSync extends CouchFeed {
  pull?: CouchFeed;
  push?: CouchFeed;
}

/** A PouchDB database (`new PouchDB(name)`), as far as this entry needs one. */
export interface CouchDatabase {
  /** The database's name; tabs sharing it take turns to save (Web Locks). */
  readonly name?: string;
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<unknown>;
  put(doc: object): Promise<unknown>;
  bulkDocs(docs: object[]): Promise<unknown[]>;
  allDocs(options: {
    include_docs?: boolean;
    conflicts?: boolean;
    keys?: string[];
    startkey?: string;
    endkey?: string;
  }): Promise<{ rows: unknown[] }>;
  /** Live (`since: 'now'`), a feed to listen to; one-shot (`since` a sequence), a promise of what changed. */
  changes(
    options: { since: 'now'; live: true } | { since: number | string; include_docs: true; conflicts: true },
  ): CouchChanges;
  sync(remote: string | CouchDatabase, options: { live: true; retry: true }): CouchSync;
  /** Drops the bodies of revisions that are no longer leaves (a deleted entry's words). */
  compact?(): Promise<unknown>;
  replicate: {
    from(remote: string | CouchDatabase, options: { doc_ids: string[] }): CouchReplication;
    to(remote: string | CouchDatabase, options: { doc_ids: string[] }): CouchReplication;
  };
}
