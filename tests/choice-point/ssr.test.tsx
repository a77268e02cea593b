import { renderToString } from 'react-dom/server';

describe('given a server with no window or document', () => {
  it('should import the entry and render ChoicePoint to a string', async () => {
    vi.resetModules();
    vi.stubGlobal('window', undefined);
    vi.stubGlobal('document', undefined);
    try {
      const { ChoicePoint } = await import('../../src/choice-point');
      const html = renderToString(<ChoicePoint noticed="people-pleasing" />);
      expect(html).toContain('People-pleasing');
      expect(html).toContain('role="radiogroup"');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
