// Bundles what an app imports from each entry (entries.config.mjs) the way the app's bundler
// would (esbuild, minified, production, React external, everything else in: framer-motion's
// mini entry, Radix…) and fails if a row is over its gzip budget. Run after `npm run build`; it reads dist/.
//
//   node scripts/size.mjs               the table; exits 1 over budget or if README's table is stale
//   node scripts/size.mjs --readme      rewrites README's size table from the rows below
//   node scripts/size.mjs --why [text]  for each row (or those whose name has `text`): the
//                                       modules and packages that make it up, largest first
//                                       (the top 25 modules; TOP=80 before the command for more)
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
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
 * gzip, and the library's step motion, about 0.7) in every widget but PatternLog.
 */
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
    // MomentFlow's controllable step (issue 13.1, +0.3, see its row): 57.65.
    budget: 57.8,
  },
  {
    // What an app in Spanish passes to the provider; the Spanish built-in scripts
    // (`observerScriptsEs`, for ObserverScript) are 1.4 KB more, paid by apps that show them.
    name: 'Spanish (es)',
    code: imports('index:es'),
    budget: 6.5,
  },
  // 10.9 KB: the clock and engine (checked patterns, lead-in, slowing, cues) 2.8 (breathClock
  // 1.7, of which its input errors' words 0.2; pacerEngine 1.1), the hook 0.8, the component
  // 1.1, cues 0.5, motion 3.3, the provider floor 1.4 (the support offer 0.6, the exit words,
  // announcer, reduced motion, context) and shared 0.9. The pattern labels (0.25) are no longer
  // in it. What is left over the goal is motion's share: no single part of 0.9 can go
  // without a behaviour going with it.
  { name: 'BreathPacer', code: imports(widgets.breathPacer), goal: 10, budget: 11.1 },
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
  // already shares the repeated words.
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
  { name: 'PatternLog (localStorage)', code: imports(widgets.patternLog), goal: 14, budget: 20 },
  {
    name: 'PatternLog, encrypted',
    code: imports(widgets.patternLog, 'pattern-log:encrypted'),
    // The bounded, versioned envelope, the key derivation and their plain-words errors (+2.0).
    // Issue 15 (the sync line, kept versions and the per-entry saving), as above: 21.6.
    budget: 22,
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
    budget: 27.8,
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
  // Controllable step (issue 13.1), +0.3: the history follows the step shown, whoever moved it,
  // and a step the flow cannot be at is caught (its words only in development). 33.77.
  { name: 'MomentFlow (no dialog)', code: imports(widgets.momentFlow), goal: 30, budget: 34.0 },
  // MomentFlow and the same Radix Dialog as ChoicePointDialog (issue 15's saving adds 0.4;
  // the controllable step 0.3, 44.54).
  { name: 'MomentFlowDialog', code: imports(widgets.momentFlowDialog), budget: 44.7 },
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

async function gzipSize(code) {
  const result = await build({ ...esbuildOptions, stdin: { contents: code, resolveDir: process.cwd() } });
  const bytes = result.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes) => (bytes / KB).toFixed(1);

/** README's table: what each row measures and its budget; measured figures live in CI's log. */
function readmeTable() {
  const rows = [
    ['What an app imports', 'Budget (gzip)', 'Issue 12 goal'],
    ...budgets.map((b) => [b.name, `${b.budget} KB`, b.goal ? `${b.goal} KB` : '—']),
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
  const result = await build({
    ...esbuildOptions,
    metafile: true,
    jsx: 'automatic',
    plugins: [toSource, onlyMiniMotion],
    stdin: { contents: row.code, resolveDir: process.cwd() },
  });
  const { inputs } = Object.values(result.metafile.outputs)[0];
  const modules = Object.entries(inputs)
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
  console.log(`\n${row.name}: ${kb(total)} KB min, ${kb(gzip)} KB gzip (from src/)`);
  console.log(' by folder or package:');
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(line(bytes, group));
  console.log(' by module (top 25):');
  for (const [path, bytes] of modules.slice(0, Number(process.env.TOP ?? 25))) console.log(line(bytes, path));
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
for (const { name, code, budget, goal } of budgets) {
  const { raw, gzip } = await gzipSize(code);
  const ok = gzip <= budget * KB;
  failed ||= !ok;
  rows.push({
    'what an app imports': name,
    'min (KB)': kb(raw),
    'gzip (KB)': (gzip / KB).toFixed(2),
    'budget (KB)': budget.toFixed(1),
    'goal (KB)': goal ? goal.toFixed(1) : '',
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
