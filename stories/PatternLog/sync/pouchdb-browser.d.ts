// pouchdb-browser ships no types. The stories use only this much of it; the adapter itself
// takes any PouchDB database through its own structural type (CouchDatabase).
declare module 'pouchdb-browser' {
  export interface BrowserPouchDB {
    readonly name: string;
    get(id: string, options?: object): Promise<unknown>;
    put(doc: object): Promise<unknown>;
    bulkDocs(docs: object[]): Promise<unknown[]>;
    allDocs(options: object): Promise<{ rows: unknown[] }>;
    changes(options: object): {
      on(event: string, listener: (...args: never[]) => void): unknown;
      cancel(): void;
    };
    sync(
      remote: unknown,
      options: object,
    ): {
      on(event: string, listener: (...args: never[]) => void): unknown;
      cancel(): void;
    };
    replicate: {
      from(remote: unknown, options: object): PromiseLike<unknown> & { cancel(): void };
      to(remote: unknown, options: object): PromiseLike<unknown> & { cancel(): void };
    };
    destroy(): Promise<unknown>;
  }
  const PouchDB: new (name: string, options?: object) => BrowserPouchDB;
  export default PouchDB;
}
