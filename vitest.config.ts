import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { searchForWorkspaceRoot } from 'vite';
import { defineConfig } from 'vitest/config';

// Debian's Chromium where it exists (CI and this machine); otherwise Playwright's own.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  plugins: [react()],
  // Per checkout, so that several worktrees sharing one node_modules never race.
  cacheDir: '.tmp/vite',
  // node_modules may be a symlink to a shared install; the browser must still be served it.
  server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), realpathSync('node_modules')] } },
  test: {
    // PouchDB 9 leaves one promise unhandled (replicate's `src.info()` after a pulled batch) when
    // the sync tests cut their CouchDB test server mid-request to play an outage. Only that
    // failure, to that server's test databases (`/log-…`, tests/pattern-log/couch/server.ts), is let go.
    onUnhandledError(error) {
      const { name, message } = error as { name?: unknown; message?: unknown };
      return !(
        name === 'FetchError' &&
        typeof message === 'string' &&
        /\/\/127\.0\.0\.1:\d+\/log-/.test(message)
      );
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/ssr/**', 'tests/e2e/**'],
          setupFiles: ['tests/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'ssr',
          environment: 'node',
          globals: true,
          include: ['tests/ssr/**/*.test.{ts,tsx}'],
        },
      },
      {
        // Whole pages in Chromium, driven from Node: what survives a closing tab or a reload.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        // Lightning CSS as production Vite builds use it: it polyfills light-dark() for older
        // targets, so the dark theme is tested the way most consumers' bundles will ship it.
        css: {
          transformer: 'lightningcss',
          lightningcss: { targets: { chrome: 100 << 16, safari: 15 << 16 } },
        },
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath,
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
