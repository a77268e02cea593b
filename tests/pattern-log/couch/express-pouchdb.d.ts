// express-pouchdb ships no types; the tests use its one function.
declare module 'express-pouchdb' {
  import type { RequestHandler } from 'express';
  function expressPouchDB(PouchDB: unknown, options?: Record<string, unknown>): RequestHandler;
  export default expressPouchDB;
}
