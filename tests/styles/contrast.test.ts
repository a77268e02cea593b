import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokenPairs } from '../../src/styles/tokenPairs';

/** Reads `--attune-x: light-dark(#light, #dark)` from tokens.css. */
function readColourTokens(): Map<string, { light: string; dark: string }> {
  const css = readFileSync(resolve('src/styles/tokens.css'), 'utf8');
  const tokens = new Map<string, { light: string; dark: string }>();
  for (const match of css.matchAll(/--attune-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
    tokens.set(match[1]!, { light: match[2]!, dark: match[3]! });
  }
  return tokens;
}

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

const tokens = readColourTokens();

describe('given the colour tokens', () => {
  it('should compute contrast the way WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('should define every colour the promised pairs use, in both themes', () => {
    for (const { fg, bg } of tokenPairs) {
      expect(tokens.has(fg), fg).toBe(true);
      expect(tokens.has(bg), bg).toBe(true);
    }
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
    it.each(tokenPairs.map((pair) => [`${pair.fg} on ${pair.bg}`, pair] as const))(
      'should keep %s readable',
      (_, { fg, bg, minimum }) => {
        const ratio = contrastRatio(tokens.get(fg)![theme], tokens.get(bg)![theme]);
        expect(ratio, `${fg} on ${bg}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(minimum);
      },
    );
  });
});
