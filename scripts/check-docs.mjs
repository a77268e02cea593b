// `npm run test:docs`: opens every docs page of the static Storybook in Chromium and fails if
// one shows an error, shows a Markdown table as raw `|` text, or lost a table of its MDX source.
// Reuses storybook-static when it is newer than every file it is built from; else builds it.
/* global document */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, serveStorybook, storybookStatic } from './storybook-static.mjs';

const sources = ['.storybook', 'stories', 'src', 'package.json'];
const concurrency = 2;
const timeout = 30_000;

/** Newest modification time of a file or of any file under a folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

/** The first header cell of every GFM table in a Markdown/MDX source, outside code fences. */
function markdownTables(source) {
  const cells = (line) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
  const delimiter = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
  const lines = source.split('\n');
  const headers = [];
  let fence;
  for (let i = 0; i < lines.length - 1; i++) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(lines[i])?.[1];
    if (fenceMark && (!fence || fenceMark.startsWith(fence))) {
      fence = fence ? undefined : fenceMark;
      continue;
    }
    if (fence || !lines[i].includes('|') || !delimiter.test(lines[i + 1])) continue;
    if (cells(lines[i]).length !== cells(lines[i + 1]).length) continue;
    headers.push(plain(cells(lines[i])[0]));
  }
  return headers;
}

/** Markdown inline text as it reads once rendered: no backticks, emphasis or escapes. */
function plain(text) {
  return text
    .replace(/\\(.)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Opens one docs entry and returns the problems found on it (empty when it reads well). */
async function check(context, base, entry) {
  const problems = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  page.on('console', (message) => {
    // A failed request is reported below with its address (the browser's own favicon.ico
    // probe is not a page's request, and its 404 only shows up here).
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  try {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs`, { timeout });
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-errordisplay') ||
        document.querySelector('#storybook-docs .sbdocs-content'),
      undefined,
      { timeout },
    );
    // Stories inside the page render after the page itself; let their chunks arrive.
    await page.waitForLoadState('networkidle', { timeout });
    const found = await page.evaluate(() => {
      const errorShown = document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('.sb-errordisplay')?.textContent ?? 'error display shown')
        : undefined;
      const docs = document.querySelector('#storybook-docs');
      // innerText follows display: hide code blocks, where a leading `|` is legitimate.
      const hide = document.createElement('style');
      hide.textContent = '#storybook-docs pre { display: none !important; }';
      document.head.append(hide);
      const lines = (docs?.innerText ?? '').split('\n').map((line) => line.trim());
      hide.remove();
      const outside = '.docs-story, .docblock-argstable';
      const tables = [...(docs?.querySelectorAll('table') ?? [])]
        .filter((table) => !table.matches(outside) && !table.closest(outside))
        .map((table) => table.querySelector('th')?.textContent ?? '');
      return {
        errorShown,
        pipes: lines.filter((line) => line.startsWith('|')),
        tables: tables.map((text) => text.replace(/\s+/g, ' ').trim()),
        title: docs?.querySelector('h1')?.textContent?.trim() ?? '',
      };
    });
    if (found.errorShown) problems.push(`error shown: ${found.errorShown.slice(0, 300)}`);
    for (const line of found.pipes.slice(0, 3)) problems.push(`raw table text: ${line.slice(0, 80)}`);
    if (!found.title) problems.push('the page has no title (h1): it did not render');
    if (entry.importPath.endsWith('.mdx')) {
      const unmatched = [...found.tables];
      for (const header of markdownTables(readFileSync(entry.importPath, 'utf8'))) {
        const at = unmatched.indexOf(header);
        if (at === -1) problems.push(`the Markdown table headed "${header}" is not a <table>`);
        else unmatched.splice(at, 1);
      }
    }
    return { problems, tables: found.tables.length };
  } catch (error) {
    problems.push(String(error.message ?? error).split('\n')[0]);
    return { problems, tables: 0 };
  } finally {
    await page.close();
  }
}

async function main() {
  const index = join(storybookStatic, 'index.json');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built < Math.max(...sources.map(newest))) {
    console.log('storybook-static is missing or older than its sources: building it');
    const { status } = spawnSync('npm', ['run', '--silent', 'build-storybook'], { stdio: 'inherit' });
    if (status !== 0) process.exit(status ?? 1);
  }
  const entries = Object.values(JSON.parse(readFileSync(index, 'utf8')).entries).filter(
    (entry) => entry.type === 'docs',
  );
  if (entries.length === 0) throw new Error('index.json lists no docs pages');

  const server = await serveStorybook();
  const browser = await launchChromium();
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const results = [];
  const queue = [...entries];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        results.push({ entry, ...(await check(context, server.base, entry)) });
      }
    }),
  );
  await browser.close();
  server.close();

  results.sort((a, b) => entries.indexOf(a.entry) - entries.indexOf(b.entry));
  const failed = results.filter((result) => result.problems.length > 0);
  for (const { entry, problems, tables } of results) {
    const mark = problems.length ? '✗' : '✓';
    console.log(`${mark} ${entry.title} (${entry.name}): ${tables} table(s)`);
    for (const problem of problems) console.log(`    ${problem}`);
  }
  console.log(`\n${results.length - failed.length} of ${results.length} docs pages read well`);
  process.exit(failed.length ? 1 : 0);
}

await main();
