/**
 * Build-only entry (not in package.json `exports`), the counterpart of `serverSafe.ts`: code
 * that needs React and that only one public entry reaches (the provider, reached only by
 * `attune-ui`) would be inlined into that entry, and the entry would then need "use client"
 * as a whole. Reaching it from here too keeps it in a chunk, and every public entry a file
 * of re-exports only. scripts/check-server-safe.mjs fails the build otherwise.
 */
export * as provider from './provider';
export * as attuneProvider from './AttuneProvider';
