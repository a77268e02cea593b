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
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // One TypeScript program for the repo, found from tsconfig.json the way editors find it.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      // Members are declared as function properties (`load: () => …`), never methods: hosts pass
      // them around (`onClick={pacer.toggle}`, `useSyncExternalStore(store.subscribe, …)`), and a
      // method type tells unbound-method they would lose `this`. Properties are also checked
      // strictly (contravariant parameters), methods are not.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      // An error caught as `unknown` (a storage's, a host's) is passed on as it is: wrapping it
      // would hide the original. Throwing or rejecting with a literal is still an error.
      '@typescript-eslint/only-throw-error': ['error', { allowThrowingUnknown: true }],
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // Off: an async function without await is how an adapter returns a promise and turns a
      // throw into a rejection, as the storage contract promises; floating promises stay errors.
      '@typescript-eslint/require-await': 'off',
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
    // PouchDB's own methods, described as the methods they are: they need their `this` and are
    // only ever called on the database, so unbound-method is right to flag a detached one.
    files: ['src/pattern-log/couch/pouch.ts', 'stories/PatternLog/sync/pouchdb-browser.d.ts'],
    rules: { '@typescript-eslint/method-signature-style': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Last, so no rule above turns type-checking back on here. Plain JS has no types to check; the examples import `attune-ui` as an installed package,
    // which only resolves inside the consumer check (scripts/consumer-check.mjs), so their types
    // are checked there, by Next's and Vite's own builds.
    files: ['**/*.{js,mjs,cjs}', 'examples/**'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['tests/**', 'stories/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Vitest types its asymmetric matchers (expect.objectContaining, expect.any…) as `any`, and
      // putting them in an expected value is how a test says "any such value".
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
