// React Server Components: data and pure logic must be callable on the server, components
// must be client references. Next.js decides by the "use client" directive at the top of the
// file that defines each export, so this reads the built ESM (dist/) the same way: for each
// public entry, it follows every export to the file that defines it and checks the directive.
// Every entry in entries.config.mjs is checked: no entry file may be "use client" as a whole,
// and the names below must sit on their side of the line.
// Run after the build (npm test does); see tsup.config.ts for how the files are split.
import { readFileSync } from 'node:fs';
import { entries, outName } from '../entries.config.mjs';

const directive = '"use client";';

/** Exports that must stay server modules, and exports that must be client references, by dist name. */
const contract = {
  'observer-script': {
    server: ['parseScript', 'observerScripts', 'observerScriptMessages'],
    client: ['ObserverScript', 'useObserverScript'],
  },
  'breath-pacer': {
    server: ['breathPresets', 'resolvePattern', 'patternFromRate', 'breathPacerMessages'],
    client: ['BreathPacer', 'useBreathPacer'],
  },
  grounding: {
    server: ['groundingSteps', 'groundingVariants', 'groundingMessages'],
    client: ['Grounding', 'useGrounding'],
  },
  'choice-point': {
    server: ['defaultPathIds', 'defaultWayBack', 'choiceToMoment', 'choicePointMessages'],
    client: ['ChoicePoint', 'ChoicePointDialog', 'useChoicePoint'],
  },
  'pattern-log': {
    server: [
      'parsePatternLog',
      'serializePatternLog',
      'patternLogToCSV',
      'computePatternLogInsights',
      'patternLogMessages',
    ],
    client: ['PatternLog', 'usePatternLog'],
  },
  // Sync storage: plain logic, no React; it runs wherever the app's PouchDB does.
  'pattern-log-couch': {
    server: ['createCouchStorage', 'PatternLogLockedError', 'PatternLogUnreadableError'],
    client: [],
  },
  'moment-flow': {
    server: ['momentFlowMessages'],
    client: ['MomentFlow', 'MomentFlowDialog', 'useMomentFlow'],
  },
};
// `attune-ui` re-exports the entries marked inRoot, so it must keep their sides too.
const inRoot = entries.filter((entry) => entry.inRoot).map(outName);
contract.index = {
  server: [
    ...inRoot.flatMap((name) => contract[name]?.server ?? []),
    'en',
    'es',
    'observerScriptsEs',
    'checkSupportResources',
  ],
  client: [
    ...inRoot.flatMap((name) => contract[name]?.client ?? []),
    'AttuneProvider',
    'SupportOffer',
    'useSupport',
  ],
};

const read = (file) => readFileSync(`dist/${file}`, 'utf8');
const isClient = (file) => read(file).startsWith(directive);

/** Where each name an entry exports is defined: the entry itself or the chunk it imports it from. */
function origins(entry) {
  const code = read(`${entry}.js`);
  const imported = new Map();
  for (const [, list, from] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"\.\/([^"]+)"/g))
    for (const item of list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [name, local = name] = item.split(/\s+as\s+/);
      imported.set(local, from);
    }
  const exported = new Map();
  const block = code.match(/export\s*\{([^}]*)\};?\s*(?:\/\/#.*)?$/);
  for (const item of (block?.[1] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [local, name = local] = item.split(/\s+as\s+/);
    exported.set(name, imported.get(local) ?? `${entry}.js`);
  }
  return exported;
}

const problems = [];
const names = entries.map(outName);
for (const name of Object.keys(contract))
  if (!names.includes(name)) problems.push(`${name}: not an entry in entries.config.mjs`);
for (const name of names)
  if (isClient(`${name}.js`)) problems.push(`${name}.js is marked "use client" as a whole`);
for (const [entry, { server, client }] of Object.entries(contract)) {
  const where = origins(entry);
  for (const name of [...server, ...client]) {
    const file = where.get(name);
    if (!file) problems.push(`${entry}: does not export ${name}`);
    else if (server.includes(name) && isClient(file))
      problems.push(`${entry}: ${name} comes from ${file}, marked "use client", so servers can't call it`);
    else if (client.includes(name) && !isClient(file))
      problems.push(`${entry}: ${name} comes from ${file}, which lacks "use client"`);
  }
}

if (problems.length > 0) {
  console.error(`Server components:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const count = Object.values(contract).reduce((sum, c) => sum + c.server.length + c.client.length, 0);
console.log(
  `Server components: ${names.length} entries are not "use client" as a whole; ${count} exports on the right side of it`,
);
