import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe over `container` in jsdom and fails with a readable list of violations.
 * Colour contrast is off here (jsdom cannot compute colours); the Chromium story tests
 * check it in both themes.
 */
export async function expectNoAxeViolations(container: Element = document.body): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}
