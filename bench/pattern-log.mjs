// PatternLog benchmarks in Chromium: node bench/pattern-log.mjs
/* global window */
// Builds bench/pattern-log.page.tsx with esbuild (production React), serves it on
// 127.0.0.1 and reports the median of several runs of each measurement.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const runs = Number(process.env.RUNS ?? 7);
const result = await build({
  entryPoints: ['bench/pattern-log.page.tsx'],
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const script = result.outputFiles[0].text;
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PatternLog bench</title></head><body><div id="root"></div><script type="module" src="/page.js"></script></body></html>`;
const server = createServer((request, response) => {
  const js = request.url === '/page.js';
  response.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
  response.end(js ? script : html);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage();
await page.goto(url);
await page.waitForFunction(() => 'bench' in window);

const budgets = {
  firstRender: 100,
  firstRenderIndexedDB: 100,
  addOne: 5,
  addOneInsights: 100,
  addOneInsightsLongestTask: 16,
  loadFromIndexedDB: 150,
  exportJSON: 50,
};
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
// BENCH_MEASURES=firstRender,addOne runs only those rows; BENCH_TWO_TABS=0 skips the two-tab check.
const only = process.env.BENCH_MEASURES?.split(',');
const rows = [];
for (const size of sizes) {
  await page.evaluate((n) => window.setSize(n), size);
  for (const [name, budget] of Object.entries(budgets)) {
    if (only && !only.includes(name)) continue;
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await page.evaluate((n) => window.bench[n](), name));
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    rows.push({
      entries: size,
      measure: name,
      'median (ms)': median.toFixed(1),
      'min (ms)': times[0].toFixed(1),
      'max (ms)': times.at(-1).toFixed(1),
      'budget (ms)': budget,
      '': median <= budget ? 'ok' : 'OVER',
    });
  }
}
console.table(rows);

// Two tabs on one IndexedDB log, adding at the same time: every entry must survive, in both.
const context = await browser.newContext();
const [left, right] = await Promise.all([context.newPage(), context.newPage()]);
await Promise.all([left.goto(url), right.goto(url)]);
const [leftIds, rightIds] = await Promise.all([
  left.evaluate(() => window.tab('left', 25)),
  right.evaluate(() => window.tab('right', 25)),
]);
const expected = [...leftIds, ...rightIds].sort();
let agreed = false;
for (let attempt = 0; attempt < 50 && !agreed; attempt++) {
  const [a, b] = await Promise.all([
    left.evaluate(() => window.tabIds()),
    right.evaluate(() => window.tabIds()),
  ]);
  agreed =
    JSON.stringify([...a].sort()) === JSON.stringify(expected) &&
    JSON.stringify([...b].sort()) === JSON.stringify(expected);
  if (!agreed) await new Promise((resolve) => setTimeout(resolve, 100));
}
console.log(`Two tabs, 25 entries each at once: ${agreed ? 'all 50 kept in both tabs' : 'ENTRIES MISSING'}`);
await browser.close();
if (!agreed) process.exitCode = 1;
server.close();
