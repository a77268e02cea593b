// @vitest-environment node
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const breathClock = fileURLToPath(new URL('../../src/breath-pacer/breathClock.ts', import.meta.url));

/** breathClock as an app's bundler builds it, minified, for `NODE_ENV`. */
async function bundled(nodeEnv: string): Promise<string> {
  const result = await build({
    entryPoints: [breathClock],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

// The sentences of the input errors are for developers; the guards that keep them out of
// production are written out at each call, and a helper in their place would ship them.
describe('given breathClock built by an app’s bundler', () => {
  it('should leave the input errors’ sentences out of a production build, and keep their short form', async () => {
    const code = await bundled('production');
    expect(code).not.toMatch(/must be|is not a preset|at least one phase|longer than zero/);
    expect(code).toContain('is not valid.');
  });

  it('should keep the sentences in a development build', async () => {
    const code = await bundled('development');
    expect(code).toContain('must be a number of breaths per minute from 2 to 30.');
    expect(code).toContain('is not a preset');
  });
});
