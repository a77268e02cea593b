// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { Grounding, groundingSteps } from '../../src/grounding';

// tests/setup.ts cleans the announcer from `document` after each test; it runs after this
// hook (after-hooks run in reverse), so give it an empty document and take it away again.
beforeEach(() => vi.unstubAllGlobals());
afterEach(() => {
  vi.stubGlobal('document', { querySelector: () => null });
});
afterAll(() => vi.unstubAllGlobals());

describe('given a server with no window', () => {
  it('should render the first step with its heading and fields', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<Grounding />);
    expect(html).toContain('Five things you can see');
    expect(html).toContain('1 of 5');
    expect(html.match(/<input/g)).toHaveLength(5);
  });

  it('should render the orienting variant at a given step', () => {
    const html = renderToString(<Grounding variant="orienting" defaultStep={2} />);
    expect(html).toContain('The time of day');
    expect(html).toContain('3 of 4');
  });

  it('should give the steps as data', () => {
    expect(groundingSteps('orienting')).toHaveLength(4);
  });
});
