// Bundles each public entry (entries.config.mjs) the way an app would (esbuild, minified,
// React external, everything else in: framer-motion, Radix…) and fails if any is over its gzip
// budget. Run after `npm run build`; it reads dist/.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { entries, outName, specifier } from '../entries.config.mjs';

const KB = 1024;

/** The names a built entry exports (esbuild reads them without running the code). */
async function exportsOf(file) {
  const result = await build({
    entryPoints: [file],
    bundle: false,
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  return Object.values(result.metafile.outputs)[0].exports;
}

/** One row per entry, or the rows its `size` lists (budgets and their history: entries.config.mjs). */
async function rowsOf(entry) {
  const file = `./dist/${outName(entry)}.js`;
  if (entry.size === undefined) throw new Error(`entries.config.mjs: ${entry.path} needs a size budget`);
  if (typeof entry.size === 'number')
    return [{ name: specifier(entry), code: `export * from '${file}';`, budget: entry.size * KB }];
  const all = await exportsOf(file);
  return entry.size.map(({ label, names, without = [], budget }) => {
    const picked = (names ?? all).filter((name) => !without.includes(name));
    return {
      name: `${specifier(entry)}: ${label}`,
      code: `export { ${picked.join(', ')} } from '${file}';`,
      budget: budget * KB,
    };
  });
}
const budgets = (await Promise.all(entries.map(rowsOf))).flat();

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
