// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { ObserverScript, observerScripts, parseScript } from '../../src/observer-script';

// tests/setup.ts cleans the announcer from `document` after each test; it runs after this
// hook (after-hooks run in reverse), so give it an empty document and take it away again.
beforeEach(() => vi.unstubAllGlobals());
afterEach(() => {
  vi.stubGlobal('document', { querySelector: () => null });
});
afterAll(() => vi.unstubAllGlobals());

describe('given a server with no window', () => {
  it('should render the first line and no speech control', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(<ObserverScript script={observerScripts.compassionateObserver} />);
    expect(html).toContain('Something old just showed up, and you noticed it.');
    expect(html).toContain('1 of 8');
    expect(html).not.toContain('Read aloud');
  });

  it('should escape values in the markup it sends', () => {
    const html = renderToString(
      <ObserverScript
        script={observerScripts.compassionateObserver}
        values={{ pattern: '<img src=x onerror=alert(1)>' }}
        defaultStep={4}
      />,
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('should check scripts', () => {
    expect(parseScript(observerScripts.rain).ok).toBe(true);
  });
});
