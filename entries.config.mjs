/**
 * Every entry point of the package, in one list. A new widget is its folder in src/ plus one
 * line here; the rest follows from this list or is checked against it:
 *
 * - tsup.config.ts builds one bundle per entry (and the two build-only entries below);
 * - `node scripts/entries.mjs --write` writes package.json's `exports`, `typesVersions`,
 *   main/module/types and the attw exclusions of `test:package`; `--check` (in `npm test`)
 *   fails when they are out of step, when src/index.ts misses an entry marked `inRoot`, and
 *   when README's table of entries has no row for an entry;
 * - scripts/api-report.mjs keeps one API report per entry in api/;
 * - scripts/size.mjs fails until some row with a budget imports from each entry;
 * - scripts/check-server-safe.mjs, tests/ssr/entries.test.tsx and scripts/consumer-check.mjs
 *   load every entry.
 *
 * Fields (types in entries.config.d.mts):
 * - `path`: the subpath users import (`'.'` is `attune-ui` itself);
 * - `source`: the entry's index.ts, which re-exports only the public names;
 * - `inRoot`: `attune-ui` re-exports it too (src/index.ts says `export * from './<folder>'`);
 * - `out`: the file name in dist/, when `path` with `-` for `/` will not do.
 */

/** @type {readonly import('./entries.config').Entry[]} */
export const entries = [
  { path: '.', source: 'src/index.ts' },
  { path: 'breath-pacer', source: 'src/breath-pacer/index.ts', inRoot: true },
  { path: 'choice-point', source: 'src/choice-point/index.ts', inRoot: true },
  { path: 'observer-script', source: 'src/observer-script/index.ts', inRoot: true },
  { path: 'pattern-log', source: 'src/pattern-log/index.ts', inRoot: true },
  { path: 'moment-flow', source: 'src/moment-flow/index.ts', inRoot: true },
  { path: 'grounding', source: 'src/grounding/index.ts', inRoot: true },
  // Not in the root: sync storage is paid for only by apps that import it (issue 15).
  { path: 'pattern-log/couch', source: 'src/pattern-log/couch/index.ts' },
];

/** Files shipped as they are, under their own subpath (no types, so attw skips them). */
export const assets = {
  'styles.css': './dist/styles.css',
  'observer-script/script.schema.json': './dist/observer-script.schema.json',
};

/**
 * Built but not in `exports`: they steer how the bundler splits code so that data and pure
 * logic ship without "use client" (see each file's header and tsup.config.ts).
 */
export const buildOnly = {
  serverSafe: 'src/serverSafe.ts',
  clientOnly: 'src/clientOnly.ts',
};

/** The file name in dist/, without extension: `index` for the root, else the path with `-` for `/`. */
export const outName = (entry) =>
  entry.out ?? (entry.path === '.' ? 'index' : entry.path.replaceAll('/', '-'));

/** What users write in `import … from`. */
export const specifier = (entry) => (entry.path === '.' ? 'attune-ui' : `attune-ui/${entry.path}`);
