// @vitest-environment node
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import type * as BreathClock from '../../src/breath-pacer/breathClock';

const breathClock = fileURLToPath(new URL('../../src/breath-pacer/breathClock.ts', import.meta.url));

/** breathClock as an app's bundler builds it, minified, for `NODE_ENV`. */
async function bundled(nodeEnv: string, format: 'esm' | 'iife' = 'esm'): Promise<string> {
  const result = await build({
    entryPoints: [breathClock],
    bundle: true,
    minify: true,
    write: false,
    format,
    globalName: 'breathClock',
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

  // A dev server (Vite, webpack 5) replaces `process.env.NODE_ENV` but gives the page no
  // `process`: a guard that asked for `process` first kept every sentence silent there.
  it('should say the sentences in a development build on a page that has no process', async () => {
    const page = createContext({});
    runInContext(await bundled('development', 'iife'), page);
    const { resolvePattern } = (page as { breathClock: typeof BreathClock }).breathClock;
    expect(resolvePattern('slow')).toEqual({
      ok: false,
      errors: [expect.objectContaining({ message: expect.stringContaining('is not a preset') })],
    });
  });
});
