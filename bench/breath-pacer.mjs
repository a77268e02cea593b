/* global window, document -- used inside page.evaluate, which runs in the browser */
// BreathPacer benchmark in Chromium (not part of npm test). See bench/README.md.
//   node bench/breath-pacer.mjs            one minute each for commits and busy time, a ten-minute
//                                          drift run and a minute hidden
//   BENCH_DRIFT_MINUTES=3 node bench/...   a shorter drift run
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium } from 'playwright';

// BENCH_MINUTE_MS shortens every "minute" for a quick smoke run of the script itself.
const minute = Number(process.env.BENCH_MINUTE_MS ?? 60_000);
const frameMs = 1000 / 60;
const driftMinutes = Number(process.env.BENCH_DRIFT_MINUTES ?? 10);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const out = await mkdtemp(join(tmpdir(), 'attune-bench-'));
await build({
  entryPoints: { page: 'bench/breath-pacer.page.tsx' },
  bundle: true,
  minify: true,
  outdir: out,
  format: 'esm',
  jsx: 'automatic',
  // The profiling build of React, so that <Profiler> counts commits in production code.
  alias: { 'react-dom/client': 'react-dom/profiling' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
await writeFile(
  join(out, 'index.html'),
  '<!doctype html><html lang="en"><meta charset="utf-8"><link rel="stylesheet" href="/page.css"><div id="root"></div><script type="module" src="/page.js"></script></html>',
);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  try {
    const body = await readFile(join(out, path === '/' ? 'index.html' : path));
    response.writeHead(200, { 'content-type': types[extname(path) || '.html'] ?? 'text/plain' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const context = await browser.newContext();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function busy(session) {
  const { metrics } = await session.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { script: get('ScriptDuration') * 1000, task: get('TaskDuration') * 1000 };
}

/** Opens a widget, lets it settle, then measures one minute of it. */
async function measureMinute(widget) {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  await page.goto(`${origin}/?widget=${widget}`);
  await sleep(2000);
  const before = { ...(await page.evaluate(() => ({ ...window.bench }))), ...(await busy(session)) };
  await sleep(minute);
  const after = { ...(await page.evaluate(() => ({ ...window.bench }))), ...(await busy(session)) };
  return {
    page,
    session,
    commits: after.commits - before.commits,
    phases: after.phases - before.phases,
    scriptMs: after.script - before.script,
    taskMs: after.task - before.task,
  };
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
  return {
    n: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    max: sorted[sorted.length - 1] ?? NaN,
    overTwoFrames: sorted.filter((v) => v > 2 * frameMs).length,
  };
};
const fmt = (ms) => `${ms.toFixed(2)} ms (${(ms / frameMs).toFixed(2)} frames)`;

const peer = await measureMinute('peer');
await peer.page.close();
const pacer = await measureMinute('pacer');

console.log('One minute of running, same browser, one after the other:');
console.table({
  BreathPacer: {
    'React commits': pacer.commits,
    'phase changes': pacer.phases,
    'ScriptDuration (ms)': pacer.scriptMs.toFixed(0),
    'TaskDuration (ms)': pacer.taskMs.toFixed(0),
    'busy = sum (ms)': (pacer.scriptMs + pacer.taskMs).toFixed(0),
  },
  'react-countdown-circle-timer': {
    'React commits': peer.commits,
    'phase changes': '-',
    'ScriptDuration (ms)': peer.scriptMs.toFixed(0),
    'TaskDuration (ms)': peer.taskMs.toFixed(0),
    'busy = sum (ms)': (peer.scriptMs + peer.taskMs).toFixed(0),
  },
});
const ratio = (pacer.scriptMs + pacer.taskMs) / (peer.scriptMs + peer.taskMs);
console.log(`Busy time, pacer / peer: ${ratio.toFixed(3)} (goal ≤ 0.2)`);
console.log(`Commits ≤ phase changes + 2: ${pacer.commits <= pacer.phases + 2 ? 'yes' : 'NO'}`);

// Keep the same pacer running in the foreground until the drift run is long enough.
const started = await pacer.page.evaluate(() => window.bench.t0);
const ranMs = await pacer.page.evaluate((t0) => performance.now() - t0, started);
await sleep(Math.max(0, driftMinutes * minute - ranMs));
const { boundaries } = await pacer.page.evaluate(() => window.bench);
const timerErrors = boundaries.map(([expected, timer]) => Math.abs(timer - expected));
const screenErrors = boundaries.map(([expected, , screen]) => Math.abs(screen - expected));
const timerStats = stats(timerErrors);
const screenStats = stats(screenErrors);
console.log(
  `\nPhase-boundary error over ${driftMinutes} min in the foreground (${screenStats.n} boundaries):`,
);
const line = (s) =>
  `median ${fmt(s.median)}, p95 ${fmt(s.p95)}, max ${fmt(s.max)}; ${s.overTwoFrames} over two frames`;
console.log(`  timer fired:      ${line(timerStats)}`);
console.log(`  words committed:  ${line(screenStats)}`);
const last = boundaries.at(-1);
if (last)
  console.log(
    `  last boundary at ${(last[0] / 1000).toFixed(0)} s: error ${fmt(Math.abs(last[2] - last[0]))}`,
  );

// A minute hidden. Headless Chromium never hides a tab, so the page is told it is hidden and
// then frozen (timers stop, as with a phone's screen off), which is harsher than throttling.
const setVisibility = (state) =>
  pacer.page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
await setVisibility('hidden');
await pacer.session.send('Page.setWebLifecycleState', { state: 'frozen' });
await sleep(minute);
await pacer.session.send('Page.setWebLifecycleState', { state: 'active' });
await setVisibility('visible');
await sleep(1500);
const { returns } = await pacer.page.evaluate(() => window.bench);
console.log('\nAfter 60 s hidden and frozen:');
for (const r of returns) {
  console.log(`  right phase on screen: ${r.right ? 'yes' : 'NO'}, ${fmt(r.delayMs)} after becoming visible`);
}

await browser.close();
server.close();
await rm(out, { recursive: true, force: true });
