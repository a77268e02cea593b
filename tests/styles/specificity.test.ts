import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Every default style must lose to any product CSS: zero specificity (all of a selector
// inside :where(), a pseudo-element at most after it) and all of it inside @layer attune.
const stylesDir = resolve('src/styles');
const files = readdirSync(stylesDir).filter((name) => name.endsWith('.css') && name !== 'index.css');

/** Splits a selector list on its top-level commas: `a, :is(b, c)` → `a`, `:is(b, c)`. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    if (list[i] === ')') depth--;
    if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts;
}

function selectorsOf(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors: string[] = [];
  for (const match of withoutComments.matchAll(/([^{};]+)\{/g)) {
    const prelude = match[1]!.trim().replace(/\s+/g, ' ');
    if (prelude.startsWith('@') || /^(from|to|\d+%)$/.test(prelude)) continue;
    selectors.push(...splitTopLevel(prelude));
  }
  return selectors;
}

/** True for `:where(…)` whose parenthesis closes at the very end (a pseudo-element may follow). */
function hasZeroSpecificity(selector: string): boolean {
  const body = selector.replace(/::[a-z-]+$/, '');
  if (!body.startsWith(':where(')) return false;
  let depth = 0;
  for (let i = ':where'.length; i < body.length; i++) {
    if (body[i] === '(') depth++;
    if (body[i] === ')') depth--;
    if (depth === 0) return i === body.length - 1;
  }
  return false;
}

describe('given the zero-specificity check', () => {
  it('should tell a wrapped selector from one that adds specificity', () => {
    expect(hasZeroSpecificity(':where(.a :is(b, c) .d)')).toBe(true);
    expect(hasZeroSpecificity(':where(.a)::after')).toBe(true);
    expect(hasZeroSpecificity(':where(.a):focus-visible')).toBe(false);
    expect(hasZeroSpecificity(':where(.a) .b :where(.c)')).toBe(false);
    expect(hasZeroSpecificity('.a')).toBe(false);
  });
});

describe.each(files)('given %s', (file) => {
  const css = readFileSync(resolve(stylesDir, file), 'utf8');

  it('should put every rule inside @layer attune', () => {
    const body = css.replace(/\/\*[\s\S]*?\*\//g, '').trim();
    expect(body.startsWith('@layer attune {')).toBe(true);
    expect(body.endsWith('}')).toBe(true);
  });

  it('should give every selector zero specificity', () => {
    expect(selectorsOf(css).filter((selector) => !hasZeroSpecificity(selector))).toEqual([]);
  });
});
