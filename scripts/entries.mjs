// package.json's entry points, written from entries.config.mjs (the one list of entries).
//   node scripts/entries.mjs --check   fails, naming each difference, when package.json is out of step
//   node scripts/entries.mjs --write   rewrites `exports`, `typesVersions`, main/module/types and
//                                      the attw exclusions in `test:package`
// It also checks what it cannot write: every entry's source exists, src/index.ts re-exports
// every entry marked `inRoot`, and README's table of entries has a row for each entry.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { assets, entries, outName, specifier } from '../entries.config.mjs';

const mode = process.argv[2];
if (mode !== '--check' && mode !== '--write') {
  console.error('Usage: node scripts/entries.mjs --check | --write');
  process.exit(2);
}

const dist = (entry, ext) => `./dist/${outName(entry)}.${ext}`;
const root = entries.find((entry) => entry.path === '.');
const subpaths = entries.filter((entry) => entry.path !== '.');

/** The fields of package.json that follow from the list, as they must read. */
function expected(pkg) {
  const exports = {};
  for (const entry of entries)
    exports[entry.path === '.' ? '.' : `./${entry.path}`] = {
      import: { types: dist(entry, 'd.ts'), default: dist(entry, 'js') },
      require: { types: dist(entry, 'd.cts'), default: dist(entry, 'cjs') },
    };
  for (const [path, file] of Object.entries(assets)) exports[`./${path}`] = file;
  exports['./package.json'] = './package.json';

  // attw checks every typed entry; assets have no types to check.
  const attw = pkg.scripts['test:package'].replace(
    /--exclude-entrypoints(?: [^\s&|;]+)*/,
    `--exclude-entrypoints ${Object.keys(assets).join(' ')}`,
  );
  return {
    main: dist(root, 'cjs'),
    module: dist(root, 'js'),
    types: dist(root, 'd.cts'),
    // TypeScript's old `moduleResolution: node` ignores `exports`; this points it at the types.
    typesVersions: { '*': Object.fromEntries(subpaths.map((entry) => [entry.path, [dist(entry, 'd.cts')]])) },
    exports,
    scripts: { ...pkg.scripts, 'test:package': attw },
  };
}

/** Which keys differ, in a few words: `missing "./grounding"`, `extra "./old"`, `"." differs`. */
function differences(have, want) {
  if (typeof have !== 'object' || typeof want !== 'object' || !have || !want)
    return `is ${JSON.stringify(have)}, must be ${JSON.stringify(want)}`;
  if (Object.keys(want).length === 1 && '*' in want && have['*']) return differences(have['*'], want['*']);
  const keys = new Set([...Object.keys(have), ...Object.keys(want)]);
  const words = [...keys].flatMap((key) =>
    !(key in have)
      ? [`missing "${key}"`]
      : !(key in want)
        ? [`extra "${key}"`]
        : isDeepStrictEqual(have[key], want[key])
          ? []
          : [`"${key}" differs`],
  );
  const order =
    Object.keys(have)
      .filter((k) => k in want)
      .join() !==
    Object.keys(want)
      .filter((k) => k in have)
      .join();
  return [...words, ...(order && words.length === 0 ? ['order differs'] : [])].join(', ');
}

const problems = [];
for (const entry of entries)
  if (!existsSync(entry.source))
    problems.push(`entries.config.mjs: ${entry.path}'s source ${entry.source} does not exist`);
const index = readFileSync('src/index.ts', 'utf8');
for (const entry of entries.filter((e) => e.inRoot)) {
  const folder = entry.source.replace(/^src\//, './').replace(/\/index\.ts$/, '');
  if (!index.includes(`export * from '${folder}';`))
    problems.push(`src/index.ts: add \`export * from '${folder}';\` (${entry.path} is marked inRoot)`);
}

// Users find the entries in README's table; a row says what each one gives them.
const readme = readFileSync('README.md', 'utf8');
for (const entry of entries)
  if (!new RegExp(`^\\| \`${specifier(entry)}\` +\\|`, 'm').test(readme))
    problems.push(
      `README.md: add a row for \`${specifier(entry)}\` to the table of entries (what it gives you)`,
    );

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const want = expected(pkg);
const stale = Object.keys(want).filter((key) => !isDeepStrictEqual(pkg[key], want[key]));

if (mode === '--write') {
  if (stale.length > 0) {
    writeFileSync('package.json', `${JSON.stringify({ ...pkg, ...want }, null, 2)}\n`);
    console.log(`package.json: wrote ${stale.join(', ')}`);
  } else console.log('package.json: already in step with entries.config.mjs');
} else
  for (const key of stale)
    problems.push(
      `package.json "${key}" is out of step with entries.config.mjs (${differences(pkg[key], want[key])}); ` +
        'run `node scripts/entries.mjs --write`',
    );

if (problems.length > 0) {
  console.error(`Entries:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (mode === '--check')
  console.log(`Entries: package.json is in step with entries.config.mjs (${entries.length} entries)`);
