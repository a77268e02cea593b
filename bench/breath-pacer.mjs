/* global window, document -- used inside page.evaluate, which runs in the browser */
// BreathPacer benchmark in Chromium (not part of npm test). See bench/README.md.
//   node bench/breath-pacer.mjs              Debian's Chromium (or CHROMIUM_PATH)
//   BENCH_BROWSER=playwright node bench/...  Playwright's own Chromium (npx playwright install chromium)
//   BENCH_CHROMIUM_ARGS=--disable-blink-features=CompositeClipPathAnimation node bench/...
//                                            clip-path animated on the main thread, as in Chromium 150
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium } from 'playwright';

// BENCH_MINUTE_MS shortens every "minute" for a quick smoke run of the script itself.
const minute = Number(process.env.BENCH_MINUTE_MS ?? 60_000);
const windowMs = Number(process.env.BENCH_WINDOW_MS ?? 10_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const pattern = process.env.BENCH_PATTERN ?? 'box';
const frameMs = 1000 / 60;
const driftMinutes = Number(process.env.BENCH_DRIFT_MINUTES ?? 10);
const playwrightBrowser = process.env.BENCH_BROWSER === 'playwright';
const executablePath = playwrightBrowser ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

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
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    ...(process.env.BENCH_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean),
  ],
});
const context = await browser.newContext();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
console.log(`${playwrightBrowser ? 'Playwright’s Chromium' : executablePath} ${browser.version()}`);

// ---- Main-thread time from a trace ---------------------------------------------------------
// Each event's self time (its length minus its children's) goes to the bucket DevTools would
// show it in; "total" is every top-level task on the page's main thread.
const buckets = {
  script: new Set([
    'FunctionCall',
    'EvaluateScript',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'RunMicrotasks',
    'V8.Execute',
    'v8.callFunction',
    'v8.run',
    'v8.compile',
    'V8.GC_SCAVENGER',
    'MinorGC',
    'MajorGC',
    'BlinkGC.AtomicPhase',
    'FireIdleCallback',
  ]),
  style: new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']),
  layout: new Set(['Layout', 'LayoutShift']),
  paint: new Set([
    'PrePaint',
    'Paint',
    'PaintImage',
    'UpdateLayer',
    'UpdateLayerTree',
    'Layerize',
    'CompositeLayers',
    'Commit',
    'PaintArtifactCompositor::Update',
  ]),
};
const bucketOf = (name) => Object.keys(buckets).find((key) => buckets[key].has(name)) ?? 'other';

function mainThreadTime(traceEvents) {
  const threadName = new Map();
  for (const e of traceEvents) {
    if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const byThread = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || typeof e.dur !== 'number') continue;
    const key = `${e.pid}:${e.tid}`;
    if (threadName.get(key) !== 'CrRendererMain') continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  // The page's renderer is the busiest one (there is only one page open).
  const result = { total: 0, script: 0, style: 0, layout: 0, paint: 0, other: 0, recalcs: 0, paints: 0 };
  let events = [];
  for (const list of byThread.values()) {
    const sum = list.reduce((s, e) => s + e.dur, 0);
    if (sum > events.reduce((s, e) => s + e.dur, 0)) events = list;
  }
  events.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const self = new Map();
  for (const e of events) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, self.get(parent) - Math.min(e.dur, parent.ts + parent.dur - e.ts));
    else result.total += e.dur;
    self.set(e, e.dur);
    stack.push(e);
  }
  for (const [e, us] of self) result[bucketOf(e.name)] += Math.max(0, us);
  for (const key of Object.keys(result)) result[key] /= 1000;
  // How many times style was recalculated and the page painted: once a frame would be ~600.
  result.recalcs = events.filter((e) => e.name === 'UpdateLayoutTree').length;
  result.paints = events.filter((e) => e.name === 'Paint').length;
  // BENCH_TOP=1 prints the trace events with the most self time, to see where a bucket goes.
  if (process.env.BENCH_TOP) {
    const top = new Map();
    for (const [e, us] of self) top.set(e.name, (top.get(e.name) ?? 0) + us / 1000);
    const names = [...top].sort((a, b) => b[1] - a[1]).slice(0, 15);
    console.log(names.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(' | '));
  }
  return result;
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8.execute',
  'blink.user_timing',
];

/** Shows a widget, lets it settle, then traces `windowMs` of it running. */
async function measureWindow(page, widget) {
  await page.evaluate(([w, p]) => window.benchShow(w, p), [widget, pattern]);
  await sleep(1000);
  const read = () => page.evaluate(() => ({ commits: window.bench.commits, phases: window.bench.phases }));
  const before = await read();
  await browser.startTracing(page, { categories });
  const started = performance.now();
  await sleep(windowMs);
  const after = await read();
  const elapsed = performance.now() - started;
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const time = mainThreadTime(trace.traceEvents ?? trace);
  // Per `windowMs` exactly, whatever the tracing start and stop took.
  for (const key of Object.keys(time)) time[key] *= windowMs / elapsed;
  if (widget === 'none') return { ...time, commits: 0, phases: 0 };
  return { ...time, commits: after.commits - before.commits, phases: after.phases - before.phases };
}

/**
 * The same widget for another `windowMs` without tracing, from Chromium's own counters
 * (Performance.getMetrics), as a check that tracing is not what the figures measure. On a
 * busy machine TaskDuration also counts time the process waited for a core, so it is noisier.
 */
async function measureUntraced(page, session, widget) {
  await page.evaluate(([w, p]) => window.benchShow(w, p), [widget, pattern]);
  await sleep(1000);
  const read = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { at: performance.now(), total: get('TaskDuration'), script: get('ScriptDuration') };
  };
  const before = await read();
  await sleep(windowMs);
  const after = await read();
  const scale = windowMs / (after.at - before.at);
  return { total: (after.total - before.total) * scale, script: (after.script - before.script) * scale };
}

const page = await context.newPage();
await page.goto(origin);
await page.waitForFunction(() => typeof window.benchShow === 'function');

// The empty page too: what the browser and the tracing cost with no widget at all.
const runs = { pacer: [], peer: [], none: [] };
const untraced = { pacer: [], peer: [], none: [] };
const metricsSession = await context.newCDPSession(page);
await metricsSession.send('Performance.enable');
for (let round = 0; round < rounds; round++) {
  for (const widget of ['pacer', 'peer', 'none']) runs[widget].push(await measureWindow(page, widget));
  for (const widget of ['pacer', 'peer', 'none']) {
    untraced[widget].push(await measureUntraced(page, metricsSession, widget));
  }
}
await page.evaluate(() => window.benchShow('none'));

const keys = ['total', 'script', 'style', 'layout', 'paint', 'other', 'recalcs', 'paints'];
const units = { recalcs: 'style recalcs', paints: 'paints' };
const mean = (list, key) => list.reduce((s, r) => s + r[key], 0) / list.length;
const row = (list) => ({
  ...Object.fromEntries(keys.map((key) => [units[key] ?? `${key} (ms)`, mean(list, key).toFixed(1)])),
  'React commits': mean(list, 'commits').toFixed(1),
  'phase changes': mean(list, 'phases').toFixed(1),
});
const seconds = windowMs / 1000;
console.log(
  `\nMain-thread time per ${seconds} s, BreathPacer \`${pattern}\` and react-countdown-circle-timer ` +
    `on the same page, alternating (A B) × ${rounds}, mean of the windows:`,
);
console.table({
  BreathPacer: row(runs.pacer),
  'react-countdown-circle-timer': row(runs.peer),
  'empty page': row(runs.none),
});
const ratios = runs.pacer.map((r, i) => r.total / runs.peer[i].total);
console.log(
  `Ratio pacer / peer: ${(mean(runs.pacer, 'total') / mean(runs.peer, 'total')).toFixed(3)} ` +
    `(each round: ${ratios.map((r) => r.toFixed(3)).join(', ')}; goal ≤ 0.05)`,
);
const aboveEmpty = (widget) => mean(runs[widget], 'total') - mean(runs.none, 'total');
console.log(
  `Above the empty page: pacer ${aboveEmpty('pacer').toFixed(1)} ms, peer ${aboveEmpty('peer').toFixed(1)} ms, ` +
    `ratio ${(aboveEmpty('pacer') / aboveEmpty('peer')).toFixed(3)}`,
);
const untracedTotal = (widget) => mean(untraced[widget], 'total');
console.log(
  `Without tracing (TaskDuration per ${seconds} s): pacer ${untracedTotal('pacer').toFixed(1)} ms, ` +
    `peer ${untracedTotal('peer').toFixed(1)} ms, empty page ${untracedTotal('none').toFixed(1)} ms; ` +
    `ratio ${(untracedTotal('pacer') / untracedTotal('peer')).toFixed(3)} ` +
    `(each round: ${untraced.pacer.map((r, i) => (r.total / untraced.peer[i].total).toFixed(3)).join(', ')})`,
);
const commitsPerFrame = mean(runs.pacer, 'commits') / (windowMs / frameMs);
console.log(
  `React commits per frame: ${commitsPerFrame.toFixed(4)} ` +
    `(${mean(runs.pacer, 'commits').toFixed(1)} commits for ${mean(runs.pacer, 'phases').toFixed(1)} ` +
    `phase changes per ${seconds} s; goal: commits only at phase changes)`,
);

// ---- Unmount: nothing left behind ------------------------------------------------------------
const unmountCheck = async (label, prepare) => {
  await page.evaluate(([p]) => window.benchShow('pacer', p), [pattern]);
  await sleep(1500);
  await prepare();
  const before = await page.evaluate(() => window.bench.pendingTimers());
  const after = await page.evaluate(() => {
    window.benchShow('none');
    return {
      timers: window.bench.pendingTimers(),
      animations: document.getAnimations().filter((a) => a.playState !== 'finished').length,
    };
  });
  console.log(
    `  ${label}: ${before} pending timers before unmount; after: ${after.timers} timers, ` +
      `${after.animations} animations`,
  );
};
console.log('\nUnmounting a pacer:');
await unmountCheck('running', async () => {});
await unmountCheck('paused', () => page.getByRole('button', { name: 'Pause' }).click());

// ---- Phase-boundary error over a long run ---------------------------------------------------
await page.evaluate(() => window.benchShow('pacer', 'gentle'));
await page.waitForFunction(() => window.bench.t0 !== null);
await sleep(driftMinutes * minute);
const { boundaries } = await page.evaluate(() => window.bench);
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
const line = (s) =>
  `median ${fmt(s.median)}, p95 ${fmt(s.p95)}, max ${fmt(s.max)}; ${s.overTwoFrames} over two frames`;
const screenStats = stats(boundaries.map(([expected, , screen]) => Math.abs(screen - expected)));
console.log(
  `\nPhase-boundary error, \`gentle\`, ${driftMinutes} min in the foreground (${screenStats.n} boundaries):`,
);
console.log(`  timer fired:      ${line(stats(boundaries.map(([e, timer]) => Math.abs(timer - e))))}`);
console.log(`  words committed:  ${line(screenStats)}  (goal: median ≤ 1 frame, max ≤ 2)`);

// ---- A minute hidden --------------------------------------------------------------------------
// Headless Chromium never hides a tab, so the page is told it is hidden and then frozen
// (timers stop, as with a phone's screen off), which is harsher than throttling.
const session = await context.newCDPSession(page);
const setVisibility = (state) =>
  page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
await setVisibility('hidden');
await session.send('Page.setWebLifecycleState', { state: 'frozen' });
await sleep(minute);
await session.send('Page.setWebLifecycleState', { state: 'active' });
await setVisibility('visible');
await sleep(1500);
const { returns } = await page.evaluate(() => window.bench);
console.log('\nAfter 60 s hidden and frozen:');
for (const r of returns) {
  console.log(`  right phase on screen: ${r.right ? 'yes' : 'NO'}, ${fmt(r.delayMs)} after becoming visible`);
}

await browser.close();
server.close();
await rm(out, { recursive: true, force: true });
