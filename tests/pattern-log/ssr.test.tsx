// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';

// The shared jsdom setup tidies `document` after each test; give it one once this test is done.
afterEach(() => {
  Object.assign(globalThis, { document: { querySelector: () => null } });
});

describe('given a server with no window', () => {
  it('should import the entry and render the widget without touching storage', async () => {
    expect(typeof window).toBe('undefined');
    const { PatternLog, createMemoryStorage, createLocalStorage, createIndexedDBStorage } =
      await import('../../src/pattern-log');
    // Creating adapters touches nothing until the log loads in the browser.
    createLocalStorage({ key: 'k' });
    createIndexedDBStorage({ name: 'n' });
    const html = renderToString(<PatternLog storage={createMemoryStorage()} />);
    expect(html).toContain('data-status="loading"');
    expect(html).toContain('Log a moment');
  });
});
