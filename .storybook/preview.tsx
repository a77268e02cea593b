import type { Decorator, Preview } from '@storybook/react-vite';
import axe from 'axe-core';
import { AttuneProvider, type AttuneTheme, type ReducedMotionSetting } from '../src';
import '../src/styles/index.css';

const withAttune: Decorator = (Story, { globals }) => (
  <AttuneProvider
    theme={(globals.theme as AttuneTheme | undefined) ?? 'light'}
    reducedMotion={(globals.motion as ReducedMotionSetting | undefined) ?? 'user'}
  >
    <div className="attune-story-canvas">
      <Story />
    </div>
  </AttuneProvider>
);

const isTestRun = import.meta.env.MODE === 'test' || Boolean(import.meta.env.VITEST);

/**
 * In test runs, every story is checked by axe a second time in the dark theme, in the state
 * its play function left it in (addon-a11y checks the light theme).
 */
async function expectNoViolationsInDarkTheme() {
  const themed = Array.from(document.querySelectorAll<HTMLElement>('[data-attune-theme]'));
  const previous = themed.map((element) => element.dataset.attuneTheme);
  themed.forEach((element) => (element.dataset.attuneTheme = 'dark'));
  try {
    // 'region' is off as in addon-a11y: a story is a fragment of a page, not a page.
    const results = await axe.run(document.body, {
      resultTypes: ['violations'],
      rules: { region: { enabled: false } },
    });
    if (results.violations.length > 0) {
      const summary = results.violations
        .map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
        .join('\n');
      throw new Error(`axe found ${results.violations.length} violation(s) in the dark theme:\n${summary}`);
    }
  } finally {
    themed.forEach((element, index) => (element.dataset.attuneTheme = previous[index]));
  }
}

/**
 * Steps and dialogs move in and out in well under a second (framer-motion; see
 * src/shared/useStepMotion.ts), and a step that was just replaced leaves an inert copy that
 * fades out. The checks below look at the page a person is left with, so they first let
 * those short animations end (the breathing's phases, seconds long, carry on).
 */
async function shortAnimationsDone() {
  const short = document.getAnimations().filter((animation) => {
    const { endTime } = animation.effect?.getComputedTiming() ?? {};
    return animation.playState === 'running' && typeof endTime === 'number' && endTime <= 1000;
  });
  const settled = Promise.all(short.map((animation) => animation.finished.catch(() => {})));
  await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 1500))]);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  if (document.querySelector('[data-leaving]')) throw new Error('A leaving copy stayed on the page.');
}

/**
 * True when `element` sits inside something between it and `root` that scrolls or clips
 * sideways, or that is fixed to the viewport.
 */
function scrollsOnItsOwn(element: Element, root: Element) {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (node !== element && ['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) return true;
    // A dialog rendered inside the story is fixed to the viewport, not the column.
    if (style.position === 'fixed') return true;
  }
  return false;
}

/**
 * In test runs, every story must also reflow in a 320 CSS px column (WCAG 1.4.10): nothing may
 * stick out sideways, except inside a region that scrolls on its own (a data table). The
 * widgets size by their container, never by media queries on width, so narrowing the story's
 * canvas is a faithful stand-in for a 320 px phone. Dialogs (portalled, sized by the viewport)
 * are left to their own stories.
 */
async function expectReflowAt320() {
  const canvases = Array.from(document.querySelectorAll<HTMLElement>('.attune-story-canvas'));
  const previous = canvases.map((canvas) => canvas.style.cssText);
  canvases.forEach((canvas) => {
    canvas.style.boxSizing = 'border-box';
    canvas.style.inlineSize = '320px';
    canvas.style.padding = '0';
  });
  try {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const offenders: string[] = [];
    for (const canvas of canvases) {
      const edge = canvas.getBoundingClientRect();
      for (const element of canvas.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || (box.right <= edge.right + 1 && box.left >= edge.left - 1)) continue;
        if (scrollsOnItsOwn(element, canvas)) continue;
        const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''}`;
        offenders.push(
          `${name} spans ${Math.round(box.left - edge.left)}–${Math.round(box.right - edge.left)} px`,
        );
      }
    }
    if (offenders.length > 0)
      throw new Error(`Wider than 320 px (WCAG 1.4.10 reflow):\n  ${offenders.slice(0, 10).join('\n  ')}`);
  } finally {
    canvases.forEach((canvas, index) => (canvas.style.cssText = previous[index]!));
  }
}

const preview: Preview = {
  decorators: [withAttune],
  initialGlobals: { theme: 'light', motion: 'user' },
  globalTypes: {
    theme: {
      description: 'attune-ui theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'system', title: 'System' },
        ],
        dynamicTitle: true,
      },
    },
    motion: {
      description: 'Reduced motion',
      toolbar: {
        title: 'Motion',
        icon: 'play',
        items: [
          { value: 'user', title: 'Follow the OS' },
          { value: 'always', title: 'Reduced motion' },
          { value: 'never', title: 'Full motion' },
        ],
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Getting started',
          'Theming',
          'ChoicePoint',
          'ObserverScript',
          'BreathPacer',
          'PatternLog',
          'Grounding',
          'MomentFlow',
          'Recipes',
          '*',
        ],
      },
    },
  },
  afterEach: async () => {
    if (!isTestRun) return;
    await shortAnimationsDone();
    await expectNoViolationsInDarkTheme();
    await expectReflowAt320();
  },
  tags: ['autodocs'],
};

export default preview;
