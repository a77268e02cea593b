/**
 * Build-only entry (not in package.json `exports`): every module that is data or pure logic,
 * needing neither React nor a browser. Because this entry reaches them and no component does,
 * the bundler keeps them in chunks of their own, and those chunks ship without "use client"
 * (see tsup.config.ts). So `parseScript`, `observerScripts`, the presets and the log's document
 * functions, imported from any entry, stay callable in React Server Components.
 *
 * Plain `export *`, never `export * as`: a namespace object would hold every export alive in
 * the shared chunk and defeat tree-shaking in apps. A module listed here must never import a
 * component, a hook or a context.
 */
export * from './observer-script/script';
export * from './observer-script/scripts';
export * from './observer-script/messages';
export * from './breath-pacer/breathClock';
export * from './breath-pacer/messages';
export * from './choice-point/choicePaths';
export * from './choice-point/messages';
export * from './moment-flow/flow';
export * from './moment-flow/messages';
export * from './grounding/groundingExercise';
export * from './grounding/messages';
export * from './pattern-log/document';
export * from './pattern-log/csv';
export * from './pattern-log/insights';
export * from './pattern-log/logReducer';
export * from './pattern-log/messages';
export * from './provider/common-messages';
export * from './provider/support';
export * from './locales/en';
export * from './locales/es';
// Two modules name a type `ParseResult`; this entry only needs one (types vanish in the build).
export type { ParseResult } from './observer-script/script';
