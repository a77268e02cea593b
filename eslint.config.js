import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { entries } from './entries.config.mjs';

/**
 * The widgets, from the entry list: each imports only itself and the floor (shared/,
 * provider/). MomentFlow is the one entry that composes the others.
 */
const composer = 'moment-flow';
const widgets = entries.filter((entry) => entry.inRoot && entry.path !== composer).map((entry) => entry.path);

/**
 * Imports point one way, down: shared/ → provider/ → each widget → moment-flow/ (which
 * composes the widgets) → locales/ (which composes their messages) → the entries and
 * AttuneProvider. A zone names a folder and what above it it must not import.
 */
const layers = [
  { target: 'shared', may: ['shared'] },
  { target: 'provider', may: ['shared', 'provider'] },
  ...widgets.map((widget) => ({ target: widget, may: ['shared', 'provider', widget] })),
  { target: composer, may: ['shared', 'provider', ...widgets, composer] },
  { target: 'locales', may: ['shared', 'provider', ...widgets, composer, 'locales'] },
];
const layerZones = layers.map(({ target, may }) => ({
  target: `./src/${target}`,
  from: './src',
  except: may.map((folder) => `./${folder}`),
  message: `src/${target}/ imports only from ${may.map((folder) => `${folder}/`).join(', ')} (see CONTRIBUTING: layers).`,
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'storybook-static',
      'node_modules',
      'examples/*/dist',
      'examples/*/.next',
      'examples/*/next-env.d.ts',
      '.tmp',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads each imported file to follow cycles: TypeScript files, parsed as such.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      // Runtime cycles; type-only cycles are caught by tests/architecture (no-cycle skips them).
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    // Logic: pure TypeScript that computes and schedules, run in Node by its tests. It touches
    // no DOM, no browser API and no React; the hook and the component do that.
    files: [
      'src/breath-pacer/breathClock.ts',
      'src/breath-pacer/pacerEngine.ts',
      'src/choice-point/choicePaths.ts',
      'src/grounding/groundingExercise.ts',
      'src/moment-flow/flow.ts',
      'src/observer-script/script.ts',
      'src/pattern-log/{document,csv,insights,logReducer}.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '**/provider/*', '**/cues'], message: 'Logic stays pure.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'navigator',
        'localStorage',
        'speechSynthesis',
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**', 'stories/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
