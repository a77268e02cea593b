/* global window, document */
// Copied into a consumer app and run there, so `react` is whichever version that app
// installed (18 or 19). Renders every widget on the server, then in a DOM (jsdom), and
// uses two of them the way a person would. Exits non-zero on any failure.
import assert from 'node:assert/strict';

// React reports misuse (a ref on a function component in React 18, a bad prop) through
// console.error in development: any such report fails the check.
const reported = [];
const consoleError = console.error;
console.error = (...args) => {
  reported.push(args.map(String).join(' '));
  consoleError(...args);
};
import { createElement as h, version } from 'react';
import { renderToString } from 'react-dom/server';
import * as ui from 'attune-ui';

const tree = () =>
  h(
    ui.AttuneProvider,
    { theme: 'light' },
    h(ui.ChoicePoint, { noticed: 'people-pleasing' }),
    h(ui.ObserverScript, { script: ui.observerScripts.compassionateObserver }),
    h(ui.BreathPacer, { pattern: 'box' }),
    h(ui.PatternLog, { storage: ui.createMemoryStorage() }),
    h(ui.Grounding),
  );

const html = renderToString(tree());
for (const name of ['ChoicePoint', 'ObserverScript', 'BreathPacer', 'PatternLog', 'Grounding']) {
  assert.ok(html.includes(`attune-${name}`), `server render is missing ${name}`);
}

const { JSDOM } = await import(process.env.JSDOM_MODULE);
const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
  pretendToBeVisual: true,
  url: 'http://localhost/',
});
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (key in globalThis) continue;
  try {
    globalThis[key] = dom.window[key];
  } catch {
    // a few window properties cannot be copied; none of them is needed here
  }
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;
const React = await import('react');
const act = React.act ?? (await import('react-dom/test-utils')).act;
const { createRoot } = await import('react-dom/client');

const root = createRoot(document.getElementById('root'));
await act(async () => root.render(tree()));

const button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
const click = (element) =>
  act(async () => element.dispatchEvent(new window.MouseEvent('click', { bubbles: true })));

assert.ok(button('Start'), 'BreathPacer has a Start button');
await click(button('Start'));
assert.ok(button('Pause'), 'after Start, the pacer offers Pause');

assert.ok(button('Next'), 'ObserverScript has a Next button');
await click(button('Next'));
assert.match(document.body.textContent, /2 of \d+/, 'after Next, the script shows its second step');

assert.ok(button('Skip this one'), 'Grounding has a Skip button');
await click(button('Skip this one'));
assert.ok(
  document.body.textContent.includes('Four things you can hear'),
  'after Skip, Grounding shows its second step',
);

await act(async () => root.unmount());
assert.deepEqual(reported, [], 'React reported errors while rendering and using the widgets');
console.log(`React ${version}: every widget renders on the server and in the DOM, and responds to a person`);
