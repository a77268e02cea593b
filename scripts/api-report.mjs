// The public API, one report per entry (api/<entry>.api.md), made by API Extractor from the
// built .d.ts files. A change to what users can import shows up in review as a diff of these.
//   node scripts/api-report.mjs           writes the reports (npm run api; run after npm run build)
//   node scripts/api-report.mjs --check   fails when a report differs from the build (npm test)
// The entries come from entries.config.mjs.
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { entries, outName } from '../entries.config.mjs';

const check = process.argv.includes('--check');
const repo = resolve(import.meta.dirname, '..');
const reportFolder = resolve(repo, 'api');
const reportName = (entry) => (entry.path === '.' ? 'attune-ui' : outName(entry));

function configFor(entry) {
  const types = resolve(repo, `dist/${outName(entry)}.d.ts`);
  if (!existsSync(types)) throw new Error(`${types} is missing: run \`npm run build\` first`);
  return ExtractorConfig.prepare({
    packageJsonFullPath: resolve(repo, 'package.json'),
    configObjectFullPath: undefined,
    configObject: {
      projectFolder: repo,
      mainEntryPointFilePath: types,
      compiler: {
        // Only the shipped .d.ts are read; React's types come from node_modules.
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            module: 'ESNext',
            moduleResolution: 'Bundler',
            jsx: 'react-jsx',
            strict: true,
            skipLibCheck: true,
            types: [],
          },
          files: [types],
        },
      },
      apiReport: {
        enabled: true,
        reportFolder,
        reportTempFolder: resolve(repo, '.tmp/api'),
        reportFileName: reportName(entry),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // The shape of the API is what is reviewed; API Extractor's findings (a type used but
        // not exported, say) are written into the report, where the reviewer sees them.
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'none', addToApiReportFile: true },
          // Release tags (@public, @beta) are not used: everything exported is public.
          'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
          // TSDoc coverage is not the API's shape, and these notes name build chunks and line
          // numbers, which would change the report on every unrelated edit.
          'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
        },
        // Doc comments use the project's own tags (@selector); TSDoc's syntax is not enforced.
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
  });
}

mkdirSync(reportFolder, { recursive: true });
const problems = [];
for (const entry of entries) {
  const result = Extractor.invoke(configFor(entry), {
    localBuild: !check,
    showVerboseMessages: false,
    showDiagnostics: false,
    messageCallback(message) {
      // Only the console line is quieted; `handled` would also drop it from the report.
      // The preamble: API Extractor reads the .d.ts (made by the project's TypeScript
      // 5.9) with its own bundled TypeScript; that is expected, not news on every run.
      if (
        message.messageId === 'console-api-report-copied' ||
        message.messageId === 'console-api-report-created' ||
        message.messageId === 'console-preamble'
      )
        message.logLevel = 'none';
    },
  });
  const file = `api/${reportName(entry)}.api.md`;
  if (check && result.apiReportChanged)
    problems.push(
      `${file} differs from the build: the public API changed (diff: .tmp/api/${reportName(entry)}.api.md)`,
    );
  else if (!result.succeeded) problems.push(`${file}: API Extractor failed (${result.errorCount} errors)`);
  // A finding API Extractor cannot place next to a declaration is written with its place in
  // dist/ (a chunk's hash, a line number), which would change the report on unrelated edits.
  const placed = readFileSync(resolve(repo, check ? `.tmp/api/${reportName(entry)}.api.md` : file), 'utf8');
  for (const [line] of placed.matchAll(/^\/\/ dist\/.*$/gm))
    problems.push(`${file}: fix this finding, so the report stays stable: ${line.slice(3)}`);
}

// A report for an entry that no longer exists would promise an API the package lacks.
const expected = new Set(entries.map((entry) => `${reportName(entry)}.api.md`));
for (const name of readdirSync(reportFolder).filter((n) => n.endsWith('.api.md') && !expected.has(n))) {
  if (check) problems.push(`api/${name} is not an entry in entries.config.mjs`);
  else rmSync(resolve(reportFolder, name));
}

if (problems.length > 0) {
  console.error(
    `API reports:\n  ${problems.join('\n  ')}\n` +
      'If the change is meant, run `npm run build && npm run api` and commit api/ with it (see CONTRIBUTING.md).',
  );
  process.exit(1);
}
console.log(`API reports: ${entries.length} entries ${check ? 'match api/' : 'written to api/'}`);
