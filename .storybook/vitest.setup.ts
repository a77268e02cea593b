// Runs around every story test in Chromium (the `storybook` Vitest project), after the story's
// own play function, axe in light and dark, and the 320 px reflow check (see preview.tsx).
// Here: Windows High Contrast. With forced colours on, a browser throws away backgrounds and
// box shadows, so a state shown only by colour disappears. Every state must stay visible.
import { afterEach } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** What a person can see of an element's state once forced colours have repainted it. */
function look(element: Element) {
  const s = getComputedStyle(element);
  return [
    s.borderTopStyle,
    s.borderTopWidth,
    s.borderTopColor,
    s.borderInlineStartWidth,
    s.borderInlineStartColor,
    s.outlineStyle,
    s.outlineWidth,
    s.outlineColor,
    s.color,
    s.backgroundColor,
    s.textDecorationLine,
    s.fontWeight,
  ].join(' ');
}

const name = (element: Element) =>
  element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? element.tagName;

/** A chosen, pressed or current element must look different from its unchosen peers. */
function statesThatVanish(canvas: Element): string[] {
  const pairs: Array<[string, string]> = [
    ['[aria-checked="true"]', '[aria-checked="false"]'],
    ['[aria-pressed="true"]', '[aria-pressed="false"]'],
    ['[data-state="checked"]', '[data-state="unchecked"]'],
    ['[data-state="current"]', '[data-state="upcoming"], [data-state="done"]'],
    ['[aria-current]:not([aria-current="false"])', ':not([aria-current])'],
  ];
  const problems: string[] = [];
  for (const [on, off] of pairs) {
    for (const element of canvas.querySelectorAll(on)) {
      if (element instanceof HTMLInputElement) continue; // drawn by the system in its own colours
      const peer = Array.from(element.parentElement?.children ?? []).find(
        (other) => other !== element && other.tagName === element.tagName && other.matches(off),
      );
      if (peer && look(peer) === look(element)) problems.push(`${on} “${name(element)}” looks like its peer`);
    }
  }
  for (const shape of canvas.querySelectorAll('.attune-BreathPacer-shape')) {
    const s = getComputedStyle(shape);
    if (s.borderTopStyle === 'none' || s.borderTopWidth === '0px')
      problems.push('the breathing shape has no outline');
  }
  return problems;
}

/** Every stop reached by Tab must show a focus ring that forced colours keep (an outline). */
async function focusThatVanishes(canvas: Element): Promise<string[]> {
  const problems: string[] = [];
  const first = canvas.querySelector<HTMLElement>(
    'button:not([disabled]), a[href], input:not([disabled]), select, textarea, summary, [tabindex="0"]',
  );
  if (!first) return problems;
  // Focus from the keyboard, as a person tabbing in would (a programmatic focus after a click
  // shows no ring by design): in, one step on and back.
  first.focus();
  await userEvent.tab();
  await userEvent.tab({ shift: true });
  for (let stop = 0; stop < 12; stop++) {
    if (stop > 0) await userEvent.tab();
    const focused = document.activeElement;
    if (!focused || !canvas.contains(focused)) break;
    // Between the inner parts of a date field, focus sits in the browser's own shadow tree.
    if (!focused.matches(':focus')) continue;
    const s = getComputedStyle(focused);
    if (s.outlineStyle === 'none' || s.outlineWidth === '0px')
      problems.push(`focus on ${focused.tagName.toLowerCase()} “${name(focused)}” shows no outline`);
  }
  return problems;
}

afterEach(async () => {
  const canvas = document.querySelector('.attune-story-canvas');
  if (!canvas) return;
  const session = cdp();
  await session.send('Emulation.setEmulatedMedia', {
    features: [{ name: 'forced-colors', value: 'active' }],
  });
  try {
    await frames();
    const problems = [...statesThatVanish(canvas), ...(await focusThatVanishes(canvas))];
    if (problems.length > 0)
      throw new Error(`In forced colours (Windows High Contrast):\n  ${[...new Set(problems)].join('\n  ')}`);
  } finally {
    await session.send('Emulation.setEmulatedMedia', { features: [] });
  }
});
