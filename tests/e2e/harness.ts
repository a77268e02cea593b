// Builds tests/e2e/pattern-log.page.tsx with esbuild (production React, as an app ships it),
// serves it on 127.0.0.1 and opens Chromium: Debian's where it exists, Playwright's otherwise.
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright';

export interface Harness {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const result = await build({
    entryPoints: ['tests/e2e/pattern-log.page.tsx'],
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const file = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  const files: Record<string, [string, string]> = {
    '/page.js': ['text/javascript', file('.js')],
    '/page.css': ['text/css', file('.css')],
  };
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PatternLog durability</title>' +
    '<link rel="stylesheet" href="/page.css"></head><body><main id="root"></main>' +
    '<script type="module" src="/page.js"></script></body></html>';
  const server: Server = createServer((request, response) => {
    const [type, body] = files[new URL(request.url ?? '/', 'http://x').pathname] ?? ['text/html', html];
    response.writeHead(200, { 'content-type': type });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
