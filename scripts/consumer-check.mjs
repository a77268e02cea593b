// Installs the packed package into a throwaway folder outside the repo, as an app would,
// then: imports every entry in Node as ESM and as CJS, checks the public names are there,
// typechecks a small app against the shipped types, and builds it with Vite; then installs
// the example app (examples/moment-app) from the same tarball, typechecks and builds it, and
// runs its keyboard e2e in Chromium; and builds examples/next-app with Next.js, whose server
// component calls attune-ui's data and logic.
// Fails if anything a user would import is missing. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { entries, specifier } from '../entries.config.mjs';

const repo = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));

/** The public contract: what each entry must export. */
export const contract = {
  'attune-ui': [
    'AttuneProvider',
    'useReducedMotion',
    'announce',
    'es',
    'en',
    'SupportOffer',
    'useSupport',
    'checkSupportResources',
  ],
  'attune-ui/breath-pacer': ['BreathPacer', 'useBreathPacer', 'breathPacerMessages'],
  'attune-ui/choice-point': ['ChoicePoint', 'ChoicePointDialog', 'choicePointMessages'],
  'attune-ui/observer-script': ['ObserverScript', 'useObserverScript', 'parseScript', 'observerScripts'],
  'attune-ui/moment-flow': ['MomentFlow', 'MomentFlowDialog', 'useMomentFlow', 'appendMoment'],
  'attune-ui/grounding': ['Grounding', 'useGrounding', 'groundingSteps', 'groundingMessages'],
  'attune-ui/pattern-log': [
    'PatternLog',
    'usePatternLog',
    'createMemoryStorage',
    'createLocalStorage',
    'createIndexedDBStorage',
    'encrypted',
  ],
  'attune-ui/pattern-log/couch': ['createCouchStorage'],
};
// Every entry loads, named in the contract or not (the API reports in api/ list all names).
for (const entry of entries) contract[specifier(entry)] ??= [];
// What the entries marked inRoot export is also on the root entry.
contract['attune-ui'].push(
  ...entries.filter((entry) => entry.inRoot).flatMap((entry) => contract[specifier(entry)]),
);

// Vite's build sets NODE_ENV=production in this process, which would make npm skip devDependencies.
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
delete childEnv.NODE_ENV;
const run = (command, args, cwd) => {
  try {
    return execFileSync(command, args, {
      cwd,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'inherit'],
    }).toString();
  } catch (error) {
    // tsc reports its errors on stdout: show them rather than a buffer of bytes.
    process.stderr.write(error.stdout?.toString() ?? '');
    throw new Error(`failed in ${cwd}: ${command} ${args.join(' ')}`, { cause: error.status });
  }
};

/** `npm install` quietly, from the local cache where it can. */
const npmInstall = (cwd, args) =>
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', ...args], cwd);

const work = mkdtempSync(join(tmpdir(), 'attune-consumer-'));
try {
  const tarball = run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], repo)
    .trim()
    .split('\n')
    .pop();
  const devVersion = (name) => pkg.devDependencies[name];
  const installApp = (name, reactVersion) => {
    const app = join(work, name);
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name, private: true, type: 'module' }, null, 2),
    );
    console.log(`installing ${tarball} with React ${reactVersion} into ${app}`);
    npmInstall(app, [
      join(work, tarball),
      `react@${reactVersion}`,
      `react-dom@${reactVersion}`,
      `framer-motion@${devVersion('framer-motion')}`,
      `@types/react@${reactVersion}`,
      `@types/react-dom@${reactVersion}`,
    ]);
    copyFileSync(join(repo, 'scripts/consumer-smoke.mjs'), join(app, 'smoke.mjs'));
    return app;
  };
  const smoke = (app) =>
    process.stdout.write(
      execFileSync('node', ['smoke.mjs'], {
        cwd: app,
        env: {
          ...process.env,
          // act() is a testing tool: React 19.3's production build no longer exports it.
          NODE_ENV: 'development',
          JSDOM_MODULE: pathToFileURL(join(repo, 'node_modules/jsdom/lib/api.js')).href,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
  const app = installApp('app', devVersion('react'));

  // Node, ESM and CJS: every entry loads without a DOM and has its public names.
  const check = (kind, load, resolveCss) => `
    const contract = ${JSON.stringify(contract)};
    const missing = [];
    for (const [entry, names] of Object.entries(contract)) {
      const mod = ${load};
      for (const name of names) if (!(name in mod)) missing.push(entry + ': ' + name);
    }
    ${resolveCss}('attune-ui/styles.css');
    if (missing.length) { console.error('${kind} missing:\\n' + missing.join('\\n')); process.exit(1); }
    console.log('${kind}: every entry loads and exports its contract');
  `;
  writeFileSync(join(app, 'check-esm.mjs'), check('ESM', 'await import(entry)', 'import.meta.resolve'));
  writeFileSync(
    join(app, 'check-cjs.mjs'),
    `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n` +
      check('CJS', 'require(entry)', 'require.resolve'),
  );
  process.stdout.write(run('node', ['check-esm.mjs'], app));
  process.stdout.write(run('node', ['check-cjs.mjs'], app));

  // A tiny app that renders each widget, typechecked against the shipped .d.ts and built.
  writeFileSync(
    join(app, 'src/main.tsx'),
    `import { createRoot } from 'react-dom/client';
import { AttuneProvider } from 'attune-ui';
import { BreathPacer } from 'attune-ui/breath-pacer';
import { ChoicePoint, ChoicePointDialog } from 'attune-ui/choice-point';
import { ObserverScript, observerScripts } from 'attune-ui/observer-script';
import { PatternLog, createMemoryStorage } from 'attune-ui/pattern-log';
import { Grounding } from 'attune-ui/grounding';
import 'attune-ui/styles.css';

const storage = createMemoryStorage();

createRoot(document.getElementById('root')!).render(
  <AttuneProvider theme="system">
    <ChoicePoint noticed="people-pleasing" />
    <ChoicePointDialog noticed="bracing" trigger={<button type="button">I noticed something</button>} />
    <ObserverScript script={observerScripts.compassionateObserver} />
    <BreathPacer />
    <PatternLog storage={storage} />
    <Grounding variant="orienting" onComplete={(result) => console.log(result.completed)} />
  </AttuneProvider>,
);
`,
  );
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/src/main.tsx"></script>',
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        lib: ['ES2022', 'DOM'],
      },
      include: ['src'],
    }),
  );
  run(join(repo, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app);
  console.log('types: the app typechecks against the shipped declarations');
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await build({ root: app, logLevel: 'warn', plugins: [react()], build: { outDir: join(app, 'dist') } });
  console.log('vite: the app builds with every widget');
  smoke(app);

  // The peer range promises React 18 too: the same smoke test against React 18.
  smoke(installApp('app-react18', '18'));

  // The example app, as a person would run it: its own package.json, with attune-ui from the
  // tarball instead of the registry, then its own tsc and vite (its vite.config.ts included).
  const example = join(work, 'moment-app');
  const skip = new Set(['node_modules', 'dist', 'package-lock.json', '.next']);
  /** Copies examples/<name> beside the tarball and installs it, attune-ui from the tarball. */
  const installExample = (dir, npmArgs = []) => {
    cpSync(join(repo, 'examples', basename(dir)), dir, {
      recursive: true,
      filter: (path) => !skip.has(basename(path)) && !path.endsWith('.tgz'),
    });
    console.log(`installing ${tarball} and the example's dependencies into ${dir}`);
    npmInstall(dir, [...npmArgs, join(work, tarball)]);
  };
  installExample(example);
  run(join(example, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], example);
  console.log('example app typechecks against the shipped declarations');
  run(join(example, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], example);
  console.log('example app builds (examples/moment-app, production vite build)');
  // And works for a person: a moment saved by keyboard shows in the log (Chromium, a few seconds).
  process.stdout.write(
    execFileSync('node', ['e2e.mjs'], {
      cwd: example,
      env: {
        ...childEnv,
        PLAYWRIGHT_MODULE: pathToFileURL(join(repo, 'node_modules/playwright/index.mjs')).href,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );

  // React Server Components, as Next.js builds them: the example calls attune-ui's data and pure
  // logic in a server component and renders a widget from it. With "use client" on every file,
  // the build fails ("Attempted to call parseScript() from the server but parseScript is on the
  // client"). Scripts are skipped: sharp's install step would fetch a binary from outside npm.
  const nextApp = join(work, 'next-app');
  installExample(nextApp, ['--ignore-scripts']);
  run(join(nextApp, 'node_modules/.bin/next'), ['build'], nextApp);
  const page = readFileSync(join(nextApp, '.next/server/app/index.html'), 'utf8');
  if (!/id="checked-on-the-server">rain: \d+ steps · box breathing: 4 phases/.test(page))
    throw new Error('next-app: the server-side values are missing from the prerendered page');
  if (!page.includes('attune-ObserverScript')) throw new Error('next-app: the widget did not render');
  console.log('Next.js App Router: data and logic ran in a server component; the widget rendered from it');
} finally {
  if (!process.env.KEEP_CONSUMER) rmSync(work, { recursive: true, force: true });
}
