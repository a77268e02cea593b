/**
 * The colour pairs the default theme promises to keep readable, with the contrast each
 * needs: 4.5:1 for text, 3:1 for control boundaries and focus rings (WCAG 1.4.3, 1.4.11).
 * tests/styles/contrast.test.ts checks them in both themes.
 */
export const tokenPairs = [
  { fg: 'fg', bg: 'bg', minimum: 4.5 },
  { fg: 'muted-fg', bg: 'bg', minimum: 4.5 },
  { fg: 'surface-fg', bg: 'surface', minimum: 4.5 },
  { fg: 'muted-fg', bg: 'surface', minimum: 4.5 },
  { fg: 'accent', bg: 'bg', minimum: 4.5 },
  { fg: 'accent', bg: 'surface', minimum: 4.5 },
  { fg: 'accent-contrast', bg: 'accent', minimum: 4.5 },
  { fg: 'accent-soft-fg', bg: 'accent-soft', minimum: 4.5 },
  { fg: 'warm', bg: 'surface', minimum: 4.5 },
  { fg: 'warm-soft-fg', bg: 'warm-soft', minimum: 4.5 },
  { fg: 'quiet-soft-fg', bg: 'quiet-soft', minimum: 4.5 },
  { fg: 'surface-fg', bg: 'breath', minimum: 4.5 },
  { fg: 'surface-fg', bg: 'breath-hold', minimum: 4.5 },
  { fg: 'surface-fg', bg: 'breath-rest', minimum: 4.5 },
  { fg: 'control-border', bg: 'surface', minimum: 3 },
  { fg: 'control-border', bg: 'bg', minimum: 3 },
  { fg: 'focus', bg: 'surface', minimum: 3 },
  { fg: 'focus', bg: 'bg', minimum: 3 },
] as const;
