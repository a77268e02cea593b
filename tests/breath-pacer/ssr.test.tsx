// @vitest-environment node
import { renderToString } from 'react-dom/server';

// The shared jsdom setup tidies `document` after each test; on this server there is none to
// tidy, so it gets an empty stand-in once this file's test has run (after hooks run last-first).
afterEach(() => {
  vi.stubGlobal('document', { querySelector: () => null });
});

describe('given a server with no window', () => {
  it('should import the entry and render the idle pacer to a string', async () => {
    expect(typeof window).toBe('undefined');
    const { BreathPacer } = await import('../../src/breath-pacer');
    const html = renderToString(<BreathPacer cycles={3} />);
    expect(html).toContain('role="status"');
    expect(html).toContain('Start');
    expect(html).toContain('data-state="idle"');
  });
});
