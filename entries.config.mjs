/**
 * Every entry point of the package, in one list. A new widget is its folder in src/ plus one
 * line here; the rest follows from this list:
 *
 * - tsup.config.ts builds one bundle per entry (and the two build-only entries below);
 * - `node scripts/entries.mjs --write` writes package.json's `exports`, `typesVersions` and the
 *   attw exclusions of `test:package`; `--check` (in `npm test`) fails when they are out of step;
 * - scripts/size.mjs measures each entry against its `size` budget;
 * - scripts/api-report.mjs keeps one API report per entry in api/;
 * - scripts/check-server-safe.mjs and tests/ssr/entries.test.tsx load every entry.
 *
 * Fields (types in entries.config.d.mts):
 * - `path`: the subpath users import (`'.'` is `attune-ui` itself);
 * - `source`: the entry's index.ts, which re-exports only the public names;
 * - `inRoot`: `attune-ui` re-exports it too (src/index.ts says `export * from './<folder>'`);
 * - `size`: the gzip budget in KB of everything the entry exports, bundled as an app would, or
 *   rows that measure parts of it (`names`, or all but `without`).
 */

/** @type {readonly import('./entries.config').Entry[]} */
export const entries = [
  {
    path: '.',
    source: 'src/index.ts',
    size: [
      // Over the first plan of 40 KB: Radix Dialog alone is 13.7 KB of it, and MomentFlow
      // (issue 7) came after that plan. See the closing notes of issues 2 and 7. Issue 11's data
      // safety (checked writes, quarantine, import conflicts, flush, locks, envelope v2) added 3.4 KB.
      // Issue 13.4's split for server components (data and logic in files without "use client")
      // costs 0.45 KB of chunk edges; the Spanish row fell by 1.45 KB with it.
      // Issue 14's care (the exit everywhere, SupportOffer, support checked in the provider,
      // MomentFlow's intensity) added 2.0 KB; each widget entry pays about 0.9 KB of it.
      // Grounding (issue 14), with its place in MomentFlow, adds about 2.9 KB (55.4 KB in all);
      // its nine steps' English words are 0.9 of that.
      // The README's size badge quotes this budget.
      // Everything but the locale tables: each widget carries its own English words. (Importing
      // `en` today also pulls `es`, about 6 KB: the two tables share a chunk.)
      { label: 'every widget + MomentFlow', without: ['en', 'es', 'observerScriptsEs'], budget: 56 },
      // Other languages are their own row: an app pays for a locale table only when it imports one.
      // Issue 11 added the Spanish words for imports, set-aside entries and storage (0.5 KB).
      // Grounding's Spanish words (issue 14) add 0.65 KB: 6.6 KB in all.
      { label: 'Spanish (es, observerScriptsEs)', names: ['es', 'observerScriptsEs'], budget: 7 },
    ],
  },
  // Issue 14: the support offer after the exit (+0.9 KB).
  { path: 'breath-pacer', source: 'src/breath-pacer/index.ts', inRoot: true, size: 8.5 },
  {
    path: 'choice-point',
    source: 'src/choice-point/index.ts',
    inRoot: true,
    size: [
      // Issue 14: the exit by default, the support offer after it and after a 9 or 10 (+0.9 KB).
      { label: 'ChoicePoint (no dialog)', names: ['ChoicePoint'], budget: 6.5 },
      { label: 'ChoicePointDialog', names: ['ChoicePointDialog'], budget: 22 },
    ],
  },
  // Over the first plan of 7 KB: the four built-in scripts (1.5 KB) and parseScript (1.1 KB)
  // ship in this entry; the widget alone is 5.9 KB. Issue 14's support offer added 0.9 KB.
  { path: 'observer-script', source: 'src/observer-script/index.ts', inRoot: true, size: 10 },
  // Issue 11 took it from 12.7 to 17.1 KB: writes checked like loads, entries set aside
  // instead of the whole log, imports that report conflicts and failed saves, the flush on
  // pagehide and Web Locks (+2.9), and encryption with a bounded, versioned envelope (+2.0,
  // paid only by apps that call `encrypted`; PatternLog on localStorage alone is 14.4).
  // Issue 14: the exit, the support offer after it and after an entry of 9 or 10 (+1.2 KB).
  { path: 'pattern-log', source: 'src/pattern-log/index.ts', inRoot: true, size: 19 },
  // Grounding next to breathing (issue 14) adds about 2.5 KB: 42.6 KB in all.
  { path: 'moment-flow', source: 'src/moment-flow/index.ts', inRoot: true, size: 44 },
  // 4.6 KB: the widget, its hook and logic, its English words (0.9), the provider and the exit;
  // +0.8 KB for the support offer its exit shows without onExit, as in every widget (issue 14).
  { path: 'grounding', source: 'src/grounding/index.ts', inRoot: true, size: 6 },
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
