// `npm test`: every gate CI runs, in order, stopping at the first failure. Prints the wall
// time of each step and, last, the number of tests that passed and failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = '.tmp/results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const vitest = (project, out) => [
  'npx',
  'vitest',
  'run',
  ...project.flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}/${out}.json`,
];

const steps = [
  ['entries (package.json)', ['node', 'scripts/entries.mjs', '--check']],
  ['typecheck', ['npx', 'tsc', '--noEmit']],
  ['lint', ['npx', 'eslint', '.', '--max-warnings', '0']],
  ['format', ['npx', 'prettier', '--check', '.', '--log-level', 'warn']],
  ['unit + ssr (jsdom, Node)', vitest(['unit', 'ssr'], 'unit')],
  ['stories + axe (Chromium)', vitest(['storybook'], 'storybook')],
  ['durability (Chromium)', vitest(['e2e'], 'e2e')],
  ['build', ['npm', 'run', '--silent', 'build']],
  ['API reports (api/)', ['node', 'scripts/api-report.mjs', '--check']],
  ['server components (dist)', ['node', 'scripts/check-server-safe.mjs']],
  ['publint + attw', ['npm', 'run', '--silent', 'test:package']],
  // What `changeset publish` will send, checked without publishing (the build step made dist).
  ['publish dry run', ['npm', 'publish', '--dry-run', '--access', 'public', '--ignore-scripts', '--silent']],
  ['size budgets', ['node', 'scripts/size.mjs']],
  ['consumer check', ['node', 'scripts/consumer-check.mjs']],
  ['storybook build', ['npm', 'run', '--silent', 'build-storybook']],
  ['docs pages (Chromium)', ['node', 'scripts/check-docs.mjs']],
];

const timings = [];
let failedStep;
for (const [name, [command, ...args]] of steps) {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  timings.push({
    step: name,
    seconds: ((performance.now() - started) / 1000).toFixed(1),
    result: status === 0 ? 'ok' : 'FAILED',
  });
  if (status !== 0) {
    failedStep = name;
    break;
  }
}

console.log('');
console.table(timings);

let passed = 0;
let failed = 0;
for (const file of ['unit', 'storybook', 'e2e']) {
  const path = `${results}/${file}.json`;
  if (!existsSync(path)) continue;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (failedStep) console.error(`Stopped at: ${failedStep}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
