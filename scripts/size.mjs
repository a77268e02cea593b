// Bundles each public entry the way an app would (esbuild, minified, React external,
// everything else in: framer-motion, Radix…) and fails if any is over its gzip budget.
// Run after `npm run build`; it reads dist/.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
// The root entry is measured as an app that uses every widget would use it: all of them,
// MomentFlow and the provider, in English. Other languages are their own row: an app pays
// for a locale table only when it imports one.
const everyWidget = `
  export * from './dist/breath-pacer.js';
  export * from './dist/choice-point.js';
  export * from './dist/observer-script.js';
  export * from './dist/pattern-log.js';
  export * from './dist/moment-flow.js';
  export * from './dist/grounding.js';
  export { AttuneProvider } from './dist/index.js';
`;
const budgets = [
  // Over the first plan of 40 KB: Radix Dialog alone is 13.7 KB of it, and MomentFlow
  // (issue 7) came after that plan. See the closing notes of issues 2 and 7. Issue 11's data
  // safety (checked writes, quarantine, import conflicts, flush, locks, envelope v2) added 3.4 KB.
  // Issue 13.4's split for server components (data and logic in files without "use client")
  // costs 0.45 KB of chunk edges; the Spanish row fell by 1.45 KB with it.
  // Issue 14's care (the exit everywhere, SupportOffer, support checked in the provider,
  // MomentFlow's intensity) added 2.0 KB; each widget entry pays about 0.9 KB of it.
  // Grounding (issue 14), with its place in MomentFlow, adds about 2.9 KB (55.4 KB in all);
  // its nine steps' English words are 0.9 of that.
  // Issue 15 (scale): PatternLog's per-bucket IndexedDB and insights worker (+2.9 KB).
  { name: 'attune-ui: every widget + MomentFlow', code: everyWidget, budget: 58.5 * KB },
  {
    name: 'attune-ui: Spanish (es, observerScriptsEs)',
    code: "export { es, observerScriptsEs } from './dist/index.js';",
    // Issue 11 added the Spanish words for imports, set-aside entries and storage (0.5 KB).
    // Grounding's Spanish words (issue 14) add 0.65 KB: 6.6 KB in all.
    budget: 7 * KB,
  },
  // Issue 14: the support offer after the exit (+0.9 KB).
  { name: 'attune-ui/breath-pacer', code: "export * from './dist/breath-pacer.js';", budget: 8.5 * KB },
  {
    name: 'ChoicePoint (no dialog)',
    code: "export { ChoicePoint } from './dist/choice-point.js';",
    // Issue 14: the exit by default, the support offer after it and after a 9 or 10 (+0.9 KB).
    budget: 6.5 * KB,
  },
  {
    name: 'ChoicePointDialog',
    code: "export { ChoicePointDialog } from './dist/choice-point.js';",
    budget: 22 * KB,
  },
  // Over the first plan of 7 KB: the four built-in scripts (1.5 KB) and parseScript (1.1 KB)
  // ship in this entry; the widget alone is 5.9 KB. Issue 14's support offer added 0.9 KB.
  { name: 'attune-ui/observer-script', code: "export * from './dist/observer-script.js';", budget: 10 * KB },
  // Grounding next to breathing (issue 14) adds about 2.5 KB: 42.6 KB in all.
  {
    name: 'attune-ui/moment-flow (all five widgets inside)',
    code: "export * from './dist/moment-flow.js';",
    budget: 44 * KB,
  },
  // Issue 11 took it from 12.7 to 17.1 KB: writes checked like loads, entries set aside
  // instead of the whole log, imports that report conflicts and failed saves, the flush on
  // pagehide and Web Locks (+2.9), and encryption with a bounded, versioned envelope (+2.0,
  // paid only by apps that call `encrypted`; PatternLog on localStorage alone is 14.4).
  // Issue 14: the exit, the support offer after it and after an entry of 9 or 10 (+1.2 KB).
  // Issue 15 (scale): IndexedDB in buckets written only where they changed, with the move from
  // one document and damaged buckets set aside, and the look back counted in a worker (+2.8 KB,
  // 18.6 to 21.4). Not trimmed yet: see the closing note of the scale branch.
  { name: 'attune-ui/pattern-log', code: "export * from './dist/pattern-log.js';", budget: 21.5 * KB },
  // 4.6 KB: the widget, its hook and logic, its English words (0.9), the provider and the exit;
  // +0.8 KB for the support offer its exit shows without onExit, as in every widget (issue 14).
  { name: 'attune-ui/grounding', code: "export * from './dist/grounding.js';", budget: 6 * KB },
];

async function gzipSize(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const bytes = result.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const rows = [];
let failed = false;
for (const { name, code, budget } of budgets) {
  const { raw, gzip } = await gzipSize(code);
  const ok = gzip <= budget;
  failed ||= !ok;
  rows.push({
    entry: name,
    'min (KB)': (raw / KB).toFixed(1),
    'gzip (KB)': (gzip / KB).toFixed(2),
    'budget (KB)': (budget / KB).toFixed(1),
    '': ok ? 'ok' : 'OVER',
  });
}
console.table(rows);
if (failed) {
  console.error('An entry is over its size budget.');
  process.exit(1);
}

// The README's size badge quotes the budget of the whole library; it must say this one.
const badge = `gzip-%E2%89%A4%20${budgets[0].budget / KB}%20KB`;
if (!readFileSync('README.md', 'utf8').includes(badge)) {
  console.error(`README.md's size badge must read "${decodeURIComponent(badge)}" (the root budget).`);
  process.exit(1);
}
