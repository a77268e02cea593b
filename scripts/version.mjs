// `npm run version-packages` (the release workflow's version step): applies the pending
// changesets to package.json, then gives the hand-written CHANGELOG's [Unreleased] notes
// that version's heading and keeps the lockfile's own copy of the version in step.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

function run(command, args) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

run('npx', ['changeset', 'version']);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const changelog = readFileSync('CHANGELOG.md', 'utf8');
const unreleased = '## [Unreleased]\n';
if (!changelog.includes(unreleased)) throw new Error('CHANGELOG.md has no "## [Unreleased]" heading');
if (changelog.includes(`## [${version}]`)) throw new Error(`CHANGELOG.md already has ${version}`);
const today = new Date().toISOString().slice(0, 10);
writeFileSync('CHANGELOG.md', changelog.replace(unreleased, `${unreleased}\n## [${version}] - ${today}\n`));
run('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund']);
console.log(`attune-ui ${version}: package.json, package-lock.json and CHANGELOG.md updated`);
