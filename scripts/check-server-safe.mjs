// React Server Components: data and pure logic must be callable on the server, components
// must be client references. Next.js decides by the "use client" directive at the top of the
// file that defines each export, so this reads the built ESM (dist/) the same way: for each
// public entry, it follows every export to the file that defines it and checks the directive.
// Run after the build (npm test does); see tsup.config.ts for how the files are split.
import { readFileSync } from 'node:fs';

const directive = '"use client";';

/** Exports that must stay server modules, and exports that must be client references. */
const contract = {
  'observer-script': {
    server: ['parseScript', 'observerScripts', 'observerScriptMessages'],
    client: ['ObserverScript', 'useObserverScript'],
  },
  'breath-pacer': {
    server: [
      'breathPresets',
      'resolvePattern',
      'patternFromRate',
      'createBreathClock',
      'breathPacerMessages',
    ],
    client: ['BreathPacer', 'useBreathPacer'],
  },
  grounding: {
    server: ['groundingSteps', 'groundingVariants', 'groundingResult', 'groundingMessages'],
    client: ['Grounding', 'useGrounding'],
  },
  'choice-point': {
    server: ['defaultPathIds', 'defaultWayBack', 'validatePaths', 'choicePointMessages'],
    client: ['ChoicePoint', 'ChoicePointDialog', 'useChoicePoint'],
  },
  'pattern-log': {
    server: [
      'parsePatternLog',
      'serializePatternLog',
      'mergePatternLog',
      'patternLogToCSV',
      'computePatternLogInsights',
      'patternLogMessages',
    ],
    client: ['PatternLog', 'usePatternLog'],
  },
  // Sync storage: plain logic, no React, callable anywhere (it runs where PouchDB runs).
  'pattern-log-couch': {
    server: ['createCouchStorage', 'PatternLogLockedError', 'PatternLogUnreadableError', 'couchHistoryLimit'],
    client: [],
  },
  'moment-flow': {
    server: ['momentFlowReducer', 'momentSteps', 'momentFlowMessages'],
    client: ['MomentFlow', 'MomentFlowDialog', 'useMomentFlow'],
  },
};
// The root re-exports every widget entry, not the sync storage: apps that don't sync pay nothing for it.
const widgets = Object.fromEntries(
  Object.entries(contract).filter(([entry]) => entry !== 'pattern-log-couch'),
);
contract.index = {
  server: [
    ...Object.values(widgets).flatMap((c) => c.server),
    'en',
    'es',
    'observerScriptsEs',
    'checkSupportResources',
  ],
  client: [
    ...Object.values(widgets).flatMap((c) => c.client),
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
for (const [entry, { server, client }] of Object.entries(contract)) {
  if (isClient(`${entry}.js`)) problems.push(`${entry}.js is marked "use client" as a whole`);
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
  `Server components: ${count} exports across ${Object.keys(contract).length} entries on the right side of "use client"`,
);
