// pouchdb-browser ships no types. The stories use only this much of it; the adapter itself
// takes any PouchDB database through its own structural type (CouchDatabase).
declare module 'pouchdb-browser' {
  /** A changes feed, a replication or a sync: events, and a way to stop it. */
  export interface BrowserPouchFeed {
    on(event: string, listener: (...args: never[]) => void): unknown;
    cancel(): void;
  }
  export interface BrowserPouchDB {
    readonly name: string;
    get(id: string, options?: object): Promise<unknown>;
    put(doc: object): Promise<unknown>;
    bulkDocs(docs: object[]): Promise<unknown[]>;
    allDocs(options: object): Promise<{ rows: unknown[] }>;
    changes(options: object): BrowserPouchFeed &
      PromiseLike<{
        results: Array<{ id: string; deleted?: boolean; doc?: unknown }>;
        last_seq: number | string;
      }>;
    sync(
      remote: unknown,
      options: object,
    ): BrowserPouchFeed & { pull?: BrowserPouchFeed; push?: BrowserPouchFeed };
    replicate: {
      from(remote: unknown, options: object): BrowserPouchFeed & PromiseLike<unknown>;
      to(remote: unknown, options: object): BrowserPouchFeed & PromiseLike<unknown>;
    };
    destroy(): Promise<unknown>;
  }
  const PouchDB: new (name: string, options?: object) => BrowserPouchDB;
  export default PouchDB;
}
