// Bundles what an app imports from each entry (entries.config.mjs) the way the app's bundler
// would (esbuild, minified, production, React external, everything else in: framer-motion's
// mini entry, Radix…) and fails if a row is over its gzip budget. Run after `npm run build`; it reads dist/.
// Code splits as in an app: what the library loads with `import()` (only when a log needs it)
// is its own file, measured apart as "on demand" with its own budget; `budget` is for what
// loads first, every file the page needs before the widget can render.
//
//   node scripts/size.mjs               the table; exits 1 over budget or if README's table is stale
//   node scripts/size.mjs --readme      rewrites README's size table from the rows below
//   node scripts/size.mjs --why [text]  for each row (or those whose name has `text`): the
//                                       modules and packages that make it up, largest first
//                                       (the top 25 modules; TOP=80 before the command for more)
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entries, outName } from '../entries.config.mjs';

const KB = 1024;
/** Each entry's file in dist/ (as `imports` names it) and its source. */
const sources = new Map(entries.map((entry) => [outName(entry), entry.source]));

/** The code of an app that imports `names` (each `entry:name`, entry as in dist/), each name once. */
function imports(...names) {
  const byEntry = new Map();
  for (const [entry, name] of names.flat(2).map((n) => n.split(':'))) {
    if (!sources.has(entry)) throw new Error(`size.mjs: "${entry}" is not an entry in entries.config.mjs`);
    byEntry.set(entry, new Set([...(byEntry.get(entry) ?? []), name]));
  }
  return [...byEntry]
    .map(([entry, set]) => `export { ${[...set].join(', ')} } from './dist/${entry}.js';`)
    .join('\n');
}

// Each row is what an app that renders the widget imports: the component, and what it cannot
// render it without (a storage for PatternLog, a script for ObserverScript). Headless hooks
// and pure logic an app does not import are left out by its bundler, as they are here.
const widgets = {
  breathPacer: ['breath-pacer:BreathPacer'],
  choicePoint: ['choice-point:ChoicePoint'],
  choicePointDialog: ['choice-point:ChoicePointDialog'],
  observerScript: ['observer-script:ObserverScript', 'observer-script:observerScripts'],
  patternLog: ['pattern-log:PatternLog', 'pattern-log:createLocalStorage'],
  grounding: ['grounding:Grounding'],
  momentFlow: ['moment-flow:MomentFlow', 'pattern-log:createLocalStorage'],
  momentFlowDialog: ['moment-flow:MomentFlowDialog', 'pattern-log:createLocalStorage'],
  provider: ['index:AttuneProvider'],
};

/**
 * `goal` is issue 12's figure for the row, where it set one; `budget` is what CI holds the row
 * to: the goal where it is met, otherwise what is measured plus a little room, with what is
 * left and why. Measured with issue 12.1's motion (framer-motion's mini entry, about 3.1 KB
 * gzip, and the library's step motion, about 0.7) in every widget but PatternLog. `budget` holds
 * what loads first; `onDemandBudget` what the row's code loads later with `import()`, all files
 * together (a row that loads anything on demand must have one).
 */
/**
 * What PatternLog's store loads with `import()`, and only when its storage needs it: gzip KB,
 * measured plus a little room.
 */
const onDemand = {
  // The store's: what per-entry storage (IndexedDB) holds, to write only what changed (0.93 KB,
  // measured apart from the first load, whose modules it does not count again), and how a file
  // merges in, loaded by `importJSON` (0.56): 1.49.
  store: 1.7,
  // The widget's: the store's, the sync line (0.6) and an entry's kept versions (0.9), which
  // only storage that syncs (or a file exported from such a log) brings, and the look back
  // (2.6: its charts, counting and worker), which loads once the log has rendered: 5.73.
  widget: 6,
};

const budgets = [
  {
    name: 'Every widget, both dialogs, provider (English)',
    code: imports(Object.values(widgets)),
    goal: 40,
    // 52.0 KB. Radix Dialog is 9.7 of it (its overlay's scroll lock, 4 more, is gone), motion
    // 3.8, PatternLog's own UI, store and checks about 12. Closing the gap takes the native
    // <dialog> element in place of Radix (about 8.5 KB less) and about 3.5 KB of the rest.
    // Widget roots (ref, DOM props, classNames; issue 13.6) add 1.3 KB across seven widgets.
    // Issue 15 (53.6): PatternLog's sync line and kept versions (+1.6, see its row).
    // Issue 15 (scale): PatternLog's per-bucket saving and insights worker, +0.9 KB here (54.2).
    // Both issue 15 parts on main together: 57.1.
    // 57.1 (issue 12.4, the trim of every widget but PatternLog): the pattern, body-area and
    // time labels now come only with the widgets that show them, and here all of them do.
    // Sync finished (issue 15, couch-more), +0.25: PatternLog words each kind of sync error
    // itself (syncReasons, so a Spanish app says them in Spanish), 57.33.
    // PatternLog's trim (issue 12.4): the store's stored copy, the sync line and kept versions,
    // importing and the look back load on demand, with a guard that keeps the log whole if such
    // code cannot load: 53.4 (5.8 on demand).
    // MomentFlow's controllable step (issue 13.1, +0.3, see its row): 53.75; with the StrictMode
    // fixes on main, 53.87. BreathPacer's input errors' sentences only in development: 53.70.
    // <Activity mode="hidden"> is not leaving (MomentFlow) nor breathing (BreathPacer): 53.85.
    // Issue 15 at 100,000 entries (scale-100k, +0.7): PatternLog's entry index and its newest
    // page first on IndexedDB, see its row: 54.57; merged with main's <Activity> work: 54.60.
    // MomentFlow stashes what was entered when the page is hidden (flow-pagehide, +0.23): 54.83;
    // merged with main's support offer on edits and ObserverScript's way out of a bad script: 55.02.
    // An add renders only what it changes (add-fast, +0.32: its settings context, memoised rows
    // and parts, the hook's stable actions, one copy of the list; 100,000 entries 5.7 -> 2.7 ms): 55.34.
    budget: 55.5,
    onDemandBudget: onDemand.widget,
  },
  {
    // The English table whole (a starting point for a translation). 5.4 KB; it was 10.4 while
    // `es` was built with an object spread, which bundlers keep, so Spanish came along with it.
    name: 'English (en)',
    code: imports('index:en'),
    budget: 5.6,
  },
  {
    // What an app in Spanish passes to the provider; the Spanish built-in scripts
    // (`observerScriptsEs`, for ObserverScript) are 1.4 KB more, paid by apps that show them.
    name: 'Spanish (es)',
    code: imports('index:es'),
    // PatternLog's two lines while older entries load (scale-100k, +0.08): 6.56.
    budget: 6.7,
  },
  // 10.9 KB: the clock and engine (checked patterns, lead-in, slowing, cues) 2.8 (breathClock
  // 1.7, of which its input errors' words 0.2; pacerEngine 1.1), the hook 0.8, the component
  // 1.1, cues 0.5, motion 3.3, the provider floor 1.4 (the support offer 0.6, the exit words,
  // announcer, reduced motion, context) and shared 0.9. The pattern labels (0.25) are no longer
  // in it. The input errors' sentences only in development (each error keeps its field and
  // "… is not valid." in production): 10.73. What is left over the goal is motion's share:
  // framer-motion's mini entry is 3.3 of it; a rough wrapper of the browser's own
  // `element.animate` in its place measured 8.1 (a peer dependency decision, not taken here).
  { name: 'BreathPacer', code: imports(widgets.breathPacer), goal: 10, budget: 10.9 },
  // 10.3 KB: the widget 3.6 (component 1.4, paths and their checks 0.7, words 0.6, hook 0.5,
  // intensity scale 0.3), motion 3.3 and the step motion 0.8, the provider floor 1.9 (the
  // support offer after the exit and after a 9 or 10, issue 14, 0.6; the pattern and body-area
  // labels it shows 0.3), shared 0.8.
  { name: 'ChoicePoint (no dialog)', code: imports(widgets.choicePoint), goal: 9, budget: 10.5 },
  // 19.9 KB: Radix Dialog is 9.7 of it.
  { name: 'ChoicePointDialog', code: imports(widgets.choicePointDialog), goal: 22, budget: 22 },
  // 13.6 KB: the four built-in scripts 2.1, parseScript (a script from a CMS is checked and
  // its problems shown) 1.2, the component 2.2, the hook 1.2, speech 0.4, words 0.4, motion
  // 3.3 and the step motion 0.8, the provider floor 1.4 (the support offer, issue 14, 0.6).
  // The pattern labels (0.25) are no longer in it. Writing each script line once for both
  // perspectives (`[you|I]`) saved only 0.1 here and cost MomentFlow and Spanish more: gzip
  // already shares the repeated words (a helper for each `{ second, first }` saved nothing
  // either). parseScript's sentences only in development would save 0.29, but the invalid view
  // shows them to the script's author, in production and wherever `process` is missing (Vite,
  // Storybook): they stay. Without framer-motion (see BreathPacer): about 10.8.
  {
    name: 'ObserverScript + built-in scripts',
    code: imports(widgets.observerScript),
    goal: 10,
    budget: 13.8,
  },
  // 15.8 KB, no motion yet. Issue 11 took it from 12.7: writes checked like loads, entries set
  // aside instead of the whole log, imports that report conflicts and failed saves, the flush
  // on pagehide and Web Locks (+2.9); issue 14's exit and support offer (+1.2). Issue 15 (17.4):
  // the quiet sync line with its debounced announcement, and an entry's kept versions offered
  // back after a sync conflict, with their words in English (+1.6). Every log carries them: a
  // log learns only at run time whether its storage syncs. Issue 15
  // (scale): the store's per-entry saving for IndexedDB (storedCopy 0.6, its path in the store
  // 0.4) and the insights worker (0.5, with its hook 0.2), paid even on localStorage: 19.6 with both parts.
  // Issue 12.4 (trim): the stored copy loads on demand, on the first read of per-entry storage,
  // so a log on localStorage never loads it (19.1); so do the sync line, when storage syncs, and
  // an entry's kept versions, when one has them (18.5), and how an imported file merges in,
  // when the person imports one (18.2). 3.1 on demand, none of it loaded by opening the log.
  // What keeps the log whole when such code cannot load (offline, a new release), and says so
  // for an import (+0.17): 18.4. The look back (its charts, counting and worker) loads once the
  // log has rendered, so logging a moment never waits for it: 15.95 (cross-checked with
  // rolldown's code splitting: 15.95 first, the same parts on demand). With sync finished on
  // main (its error codes worded here): 16.1.
  // Issue 15 at 100,000 entries (scale-100k), +0.6: the index beside the entry list (by id,
  // and each pattern's count and newest; +0.35: adding one at 100,000 entries 27 -> 5 ms),
  // and the newest page first on IndexedDB (the store's part of it, the two lines and waiting
  // downloads, +0.25; its check of the record loads on demand with the stored copy): 16.88.
  // An add renders only what it changes (add-fast, +0.3, as in the first row): 17.20.
  {
    name: 'PatternLog (localStorage)',
    code: imports(widgets.patternLog),
    goal: 14,
    budget: 17.4,
    onDemandBudget: onDemand.widget,
  },
  {
    name: 'PatternLog, encrypted',
    code: imports(widgets.patternLog, 'pattern-log:encrypted'),
    // The bounded, versioned envelope, the key derivation and their plain-words errors (+2.0).
    // Issue 15 (the sync line, kept versions and the per-entry saving), as above: 21.6.
    // The stored copy, sync line, kept versions, importing and the look back on demand (issue
    // 12.4): 17.9; with sync finished on main: 18.1.
    // The entry index and newest page first (scale-100k, +0.6, as above): 18.87.
    // An add renders only what it changes (add-fast, as above): 19.18.
    budget: 19.3,
    onDemandBudget: onDemand.widget,
  },
  {
    // 22.0 KB (issue 15): PatternLog and its sync storage, 6.1 over the widget: per-entry
    // documents, the key document, AES-GCM and HMAC ids, conflicts settled by the log's rule,
    // the sync state. PouchDB is the app's and never bundled; the app pays for it apart.
    // With PatternLog's sync line and kept versions (issue 15, the widget's side, +1.6): 23.7.
    name: 'PatternLog, synced (CouchDB)',
    code: imports(widgets.patternLog, 'pattern-log-couch:createCouchStorage'),
    // With the per-entry saving and insights worker in PatternLog too: 25.9.
    // Sync finished (issue 15, couch-more), 25.9 → 27.5: the storage read and written entry by
    // entry (recordIndex, +0.7: an edit's round trip at 10,000 entries 756 → 49 ms), former keys
    // sealed in the key document (+0.45: nothing a device wrote while away stays unreadable),
    // compaction after deletions, and the sync error codes with their words (+0.2 in PatternLog).
    // PatternLog's trim (issue 12.4): the stored copy, kept versions, importing and the look back
    // on demand (this log loads the sync line): 23.8.
    // The key rule (couch-keyrule), +0.49 (23.87 → 24.36): the newest key wins on every device,
    // retired keys (sealed as former, or on the device's own list) never come back, an edited one
    // is refused. With main's StrictMode fixes merged: 24.50.
    // The entry index and newest page first (scale-100k, +0.6, as above): 24.55; merged with
    // the key rule: 25.08.
    // An add renders only what it changes (add-fast, as above), with main's fixes: 25.41.
    budget: 25.6,
    onDemandBudget: onDemand.widget,
  },
  // 9.2 KB: the widget, its hook and logic, its English words (0.9), the exit and support
  // offer (0.8), motion 3.8. The pattern labels (0.25) are no longer in it.
  { name: 'Grounding', code: imports(widgets.grounding), budget: 9.4 },
  // 31.2 KB: every widget but PatternLog's own UI, and PatternLog's store (4.5) to save the
  // moment safely. Motion 3.8.
  // Widget roots (issue 13.6): 0.8 KB, for the four widgets it holds.
  // Issue 15 (scale): the store's per-entry saving (+0.4).
  // 33.5 KB: PatternLog's store and document 6.2 of it, the four widgets it holds 17.1, its
  // own code 3.8, motion 3.0, the provider floor 1.9, shared 1.5.
  // The stored copy and importing on demand (issue 12.4): 32.7.
  // Controllable step (issue 13.1), +0.3: the history follows the step shown, whoever moved it,
  // and a step the flow cannot be at is caught (its words only in development): 33.0.
  // With the StrictMode fixes on main, 33.04; BreathPacer's input errors' sentences only in
  // development: 32.88. Hidden by <Activity> is not leaving, removed while hidden is: 33.11.
  // The store's entry index and its part of the newest page first (scale-100k, +0.48): 33.52;
  // merged with main's <Activity> work: 33.58.
  // A closing page's stash of the moment, under the id its save reuses (flow-pagehide, +0.24): 33.82;
  // merged with main's PatternLog and ObserverScript fixes: 33.89.
  // The store's single copy of the list on an add and the hook's stable actions (add-fast, +0.12): 34.01.
  {
    name: 'MomentFlow (no dialog)',
    code: imports(widgets.momentFlow),
    goal: 30,
    budget: 34.2,
    onDemandBudget: onDemand.store,
  },
  // MomentFlow and the same Radix Dialog as ChoicePointDialog (issue 15's saving adds 0.4).
  // The stored copy and importing on demand (issue 12.4): 43.4; the controllable step: 43.7.
  // With the StrictMode fixes on main, 43.74; BreathPacer's input errors' sentences only in
  // development: 43.60. Hidden by <Activity> told apart from unmounted: 43.72.
  // The store's entry index and newest page first (scale-100k, +0.5): 44.26; merged: 44.27.
  // The stash of the moment when the page is hidden (flow-pagehide, +0.24): 44.51; merged: 44.58.
  // add-fast's single list copy and stable actions: 44.69; an erased note's stash let go, and
  // the store refusing a whole export while older entries load: 44.75.
  {
    name: 'MomentFlowDialog',
    code: imports(widgets.momentFlowDialog),
    budget: 44.9,
    onDemandBudget: onDemand.store,
  },
];

// framer-motion is a peer, but its mini entry is the library's motion and counts in every
// row. Any other part of framer-motion (the 33 KB `motion` components) must never be pulled
// in: the measure refuses it rather than leave it out.
const motionEntries = new Set(['framer-motion/dom/mini', 'framer-motion/mini']);
const onlyMiniMotion = {
  name: 'only-mini-motion',
  setup(b) {
    b.onResolve({ filter: /^framer-motion(\/|$)/ }, ({ path, importer }) => {
      if (motionEntries.has(path)) return undefined;
      return {
        errors: [{ text: `${importer} imports ${path}: only framer-motion's mini entries may be used` }],
      };
    });
  },
};

const esbuildOptions = {
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
  plugins: [onlyMiniMotion],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
};

/**
 * Code loaded with `import()` stays out of the build it is reached from: the dynamic import is
 * left in place (as an app's bundler leaves it, pointing at another file), and its target is
 * noted so that it can be measured apart. Only imports that survive tree-shaking are measured.
 */
function onDemandApart(found) {
  return {
    name: 'on-demand-apart',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData?.apart) return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { apart: true },
        });
        found.set(args.path, resolved.path);
        return { path: args.path, external: true };
      });
    },
  };
}

/**
 * A row as an app loads it: `first`, what the page needs before the widget can render (one file,
 * as a bundler would make it, with every `import()` left out), and `onDemand`, each file the
 * code loads later with `import()`, measured as what it adds (modules already loaded first are
 * not counted again). Each is gzipped on its own, as it travels.
 */
async function splitBuild(code, options = {}) {
  const plugins = options.plugins ?? esbuildOptions.plugins;
  const targets = new Map();
  const first = await build({
    ...esbuildOptions,
    ...options,
    plugins: [onDemandApart(targets), ...plugins],
    stdin: { contents: code, resolveDir: process.cwd() },
    metafile: true,
  });
  const loaded = new Set(Object.keys(first.metafile.inputs).map((path) => resolve(path)));
  const onDemand = [];
  const pending = Object.values(first.metafile.outputs)[0]
    .imports.filter((edge) => edge.kind === 'dynamic-import')
    .map((edge) => targets.get(edge.path));
  for (const target of new Set(pending)) {
    const nested = new Map();
    const alreadyLoaded = {
      name: 'already-loaded',
      setup(b) {
        b.onResolve({ filter: /.*/ }, async (args) => {
          if (args.kind === 'entry-point' || args.pluginData?.checked) return undefined;
          const resolved = await b.resolve(args.path, {
            kind: args.kind,
            importer: args.importer,
            resolveDir: args.resolveDir,
            pluginData: { checked: true },
          });
          return loaded.has(resolved.path) ? { path: args.path, external: true } : undefined;
        });
      },
    };
    const result = await build({
      ...esbuildOptions,
      ...options,
      plugins: [onDemandApart(nested), alreadyLoaded, ...plugins],
      entryPoints: [target],
      metafile: true,
    });
    onDemand.push({ target, result });
  }
  const sizeOf = (result) => {
    const bytes = result.outputFiles[0].contents;
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const lazy = onDemand.map(({ result }) => sizeOf(result));
  return {
    first: first,
    onDemand,
    firstSize: sizeOf(first),
    onDemandSize: {
      raw: lazy.reduce((sum, size) => sum + size.raw, 0),
      gzip: lazy.reduce((sum, size) => sum + size.gzip, 0),
    },
  };
}

const kb = (bytes) => (bytes / KB).toFixed(1);

/**
 * README's table: what each row measures and its budgets (what loads first, and what the library
 * loads later with `import()` when a log needs it); measured figures live in CI's log.
 */
function readmeTable() {
  const rows = [
    ['What an app imports', 'Budget (gzip)', 'Issue 12 goal', 'Loaded on demand (gzip)'],
    ...budgets.map((b) => [
      b.name,
      `${b.budget} KB`,
      b.goal ? `${b.goal} KB` : '—',
      b.onDemandBudget ? `${b.onDemandBudget} KB` : '—',
    ]),
  ];
  // Padded as Prettier pads Markdown tables, so that `npm run format` leaves it alone.
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}
const tableStart = '<!-- size-table: written by `node scripts/size.mjs --readme` -->';
const tableEnd = '<!-- /size-table -->';

/**
 * The modules of a row, largest first. Built from src/ rather than dist/ (each dist entry is
 * mapped to its source) so that bytes are named by the module they come from, not the chunk.
 */
async function why(row) {
  const toSource = {
    name: 'dist-to-src',
    setup(b) {
      b.onResolve({ filter: /^\.\/dist\/.+\.js$/ }, ({ path }) => {
        return { path: `${process.cwd()}/${sources.get(path.slice('./dist/'.length, -'.js'.length))}` };
      });
    },
  };
  const split = await splitBuild(row.code, { jsx: 'automatic', plugins: [toSource, onlyMiniMotion] });
  const report = (title, result) => {
    const modules = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
      .map(([path, { bytesInOutput }]) => [path.replace(/^.*node_modules\//, ''), bytesInOutput])
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1]);
    const total = modules.reduce((sum, [, bytes]) => sum + bytes, 0);
    const gzip = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
    // A module's gzip share is estimated as its share of the minified bytes.
    const line = (bytes, what) =>
      `  ${kb(bytes).padStart(5)} KB min  ~${kb((bytes / total) * gzip).padStart(4)} KB gzip  ${what}`;
    const groups = new Map();
    for (const [path, bytes] of modules) {
      const parts = path.split('/');
      const group = path.startsWith('src/')
        ? parts.slice(0, 2).join('/')
        : parts.slice(0, path.startsWith('@') ? 2 : 1).join('/');
      groups.set(group, (groups.get(group) ?? 0) + bytes);
    }
    console.log(`\n${title}: ${kb(total)} KB min, ${kb(gzip)} KB gzip (from src/)`);
    console.log(' by folder or package:');
    for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(line(bytes, group));
    console.log(' by module (top 25):');
    for (const [path, bytes] of modules.slice(0, Number(process.env.TOP ?? 25)))
      console.log(line(bytes, path));
  };
  report(`${row.name}, first load`, split.first);
  for (const { target, result } of split.onDemand)
    report(`${row.name}, on demand (${relative(process.cwd(), target)})`, result);
}

const args = process.argv.slice(2);
if (args[0] === '--why') {
  for (const row of budgets.filter((b) => !args[1] || b.name.toLowerCase().includes(args[1].toLowerCase())))
    await why(row);
  process.exit(0);
}

const readme = readFileSync('README.md', 'utf8');
const [before, rest] = readme.split(tableStart);
const after = rest?.split(tableEnd)[1];
if (after === undefined) {
  console.error(`README.md needs its size table between "${tableStart}" and "${tableEnd}".`);
  process.exit(1);
}
const expected = `${before}${tableStart}\n\n${readmeTable()}\n\n${tableEnd}${after}`;
if (args[0] === '--readme') {
  writeFileSync('README.md', expected);
  console.log('README.md: size table written.');
  process.exit(0);
}

// Every entry of entries.config.mjs is measured by at least one row: a new entry needs its row.
const measured = new Set(
  budgets.flatMap((row) => [...row.code.matchAll(/from '\.\/dist\/(.+)\.js'/g)].map((m) => m[1])),
);
const unmeasured = [...sources.keys()].filter((entry) => !measured.has(entry));
if (unmeasured.length > 0) {
  console.error(
    `No size row imports from ${unmeasured.join(', ')}: add one, with a budget, to scripts/size.mjs.`,
  );
  process.exit(1);
}

const rows = [];
let failed = false;
for (const { name, code, budget, goal, onDemandBudget } of budgets) {
  const { firstSize, onDemandSize } = await splitBuild(code);
  // A row that loads code on demand has a budget for it too: nothing goes uncounted.
  const ok =
    firstSize.gzip <= budget * KB &&
    (onDemandSize.gzip === 0 || (onDemandBudget !== undefined && onDemandSize.gzip <= onDemandBudget * KB));
  failed ||= !ok;
  rows.push({
    'what an app imports': name,
    'min (KB)': kb(firstSize.raw),
    'gzip (KB)': (firstSize.gzip / KB).toFixed(2),
    'budget (KB)': budget.toFixed(1),
    'goal (KB)': goal ? goal.toFixed(1) : '',
    'on demand gzip': onDemandSize.gzip ? (onDemandSize.gzip / KB).toFixed(2) : '',
    'its budget': onDemandBudget ? onDemandBudget.toFixed(1) : '',
    '': ok ? 'ok' : 'OVER',
  });
}
console.table(rows);
if (failed) {
  console.error('A row is over its size budget (`node scripts/size.mjs --why <row>` says what is in it).');
  process.exit(1);
}
if (readme !== expected) {
  console.error("README.md's size table is out of date: run `node scripts/size.mjs --readme`.");
  process.exit(1);
}
// The README's size badge quotes the budget of every widget together; it must say this one.
const badge = `gzip-%E2%89%A4%20${budgets[0].budget}%20KB`;
if (!readme.includes(badge)) {
  console.error(`README.md's size badge must read "${decodeURIComponent(badge)}" (the first row's budget).`);
  process.exit(1);
}
