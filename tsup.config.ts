import { readFile, readdir, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { buildOnly, entries, outName } from './entries.config.mjs';

const directive = '"use client";';

/** Code that only runs in a client component: React itself, its DOM, Radix. */
const clientImport =
  /(?:from\s*|require\()\s*["'](?:react|react\/jsx-runtime|react-dom|@radix-ui\/[^"']+)["']/;

/**
 * "use client" goes exactly where it is needed: on the files (entries and chunks) that import
 * React, and nowhere else. Files of pure data and logic (kept apart by the `serverSafe` entry)
 * and the entries, which only re-export, stay server modules, so their functions can be called
 * in React Server Components. The directive goes on line 1 (tsup's CJS helpers would otherwise
 * sit above it, where it does not count), so source maps are unchanged.
 */
async function markClientFiles() {
  for (const name of await readdir('dist')) {
    if (!/\.c?js$/.test(name)) continue;
    const file = `dist/${name}`;
    const code = await readFile(file, 'utf8');
    if (clientImport.test(code) && !code.startsWith(directive)) await writeFile(file, directive + code);
  }
}

// One bundle per public entry (entries.config.mjs), plus the build-only entries that steer
// how code splits. Kept small so that a move to tsdown is a rename.
export default defineConfig({
  entry: {
    ...Object.fromEntries(entries.map((entry) => [outName(entry), entry.source])),
    ...buildOnly,
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2020',
  // Shared chunks keep one React context for the provider and every entry.
  splitting: true,
  // The Rollup treeshake pass drops module directives; `markClientFiles` adds them after the
  // build, and consumers' bundlers tree-shake anyway.
  treeshake: false,
  external: ['react', 'react-dom', 'framer-motion', /^framer-motion\//],
  onSuccess: markClientFiles,
});
