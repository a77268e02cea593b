import { readFile, readdir, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

const directive = '"use client";';

// tsup's CJS pass puts its helpers above the banner; a directive only counts at the very
// top, so move it there. It stays on line 1, so source maps are unchanged.
async function hoistUseClient() {
  for (const name of await readdir('dist')) {
    if (!/\.c?js$/.test(name)) continue;
    const file = `dist/${name}`;
    const code = await readFile(file, 'utf8');
    if (code.startsWith(directive)) continue;
    await writeFile(file, directive + code.replace(directive, ''));
  }
}

// One entry per public subpath. Kept small so that a move to tsdown is a rename.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'breath-pacer': 'src/breath-pacer/index.ts',
    'choice-point': 'src/choice-point/index.ts',
    'observer-script': 'src/observer-script/index.ts',
    'pattern-log': 'src/pattern-log/index.ts',
    'moment-flow': 'src/moment-flow/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2020',
  // Shared chunks keep one React context for the provider and every entry.
  splitting: true,
  // The Rollup treeshake pass drops module directives; the banner adds "use client" to
  // every chunk and consumers' bundlers tree-shake anyway.
  treeshake: false,
  banner: { js: directive },
  external: ['react', 'react-dom', 'framer-motion', /^framer-motion\//],
  onSuccess: hoistUseClient,
});
