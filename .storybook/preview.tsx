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
          'MomentFlow',
          'Recipes',
          '*',
        ],
      },
    },
  },
  afterEach: async () => {
    if (isTestRun) await expectNoViolationsInDarkTheme();
  },
  tags: ['autodocs'],
};

export default preview;
