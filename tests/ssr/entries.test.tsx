import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { entries as publicEntries, specifier } from '../../entries.config.mjs';

// Runs in plain Node: no window, no document. What a server component tree or an SSR
// framework does when it first imports the package.
// Every entry of entries.config.mjs, so a new one is checked here without a line of its own.
const entries = Object.fromEntries(
  publicEntries.map((entry) => [
    specifier(entry),
    (): Promise<unknown> => import(/* @vite-ignore */ `../../${entry.source}`),
  ]),
);

describe('given a server with no DOM', () => {
  it('should really have no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(Object.entries(entries))('should import %s without throwing', async (_, load) => {
    await expect(load()).resolves.toBeTypeOf('object');
  });

  it('should render every widget to a string', async () => {
    const ui = await import('../../src/index');
    const trigger = createElement('button', { type: 'button' }, 'I noticed something');
    // Each widget, and a piece of markup that only that widget renders.
    const widgets: Array<[ReactElement, string]> = [
      [createElement(ui.BreathPacer), 'class="attune-BreathPacer'],
      [createElement(ui.ChoicePoint, { noticed: 'people-pleasing' }), 'class="attune-ChoicePoint'],
      [createElement(ui.ChoicePointDialog, { noticed: 'bracing', trigger }), 'I noticed something</button>'],
      [
        createElement(ui.ObserverScript, { script: ui.observerScripts.compassionateObserver }),
        'class="attune-ObserverScript',
      ],
      [createElement(ui.PatternLog, { storage: ui.createMemoryStorage() }), 'class="attune-PatternLog'],
      [createElement(ui.MomentFlow), 'class="attune-MomentFlow'],
      [createElement(ui.SupportOffer), 'href="https://example.org/talk"'],
      [createElement(ui.Grounding, { variant: 'orienting' }), 'Find where you are'],
    ];
    const support = { label: 'Talk to someone', href: 'https://example.org/talk' };
    for (const [element, expected] of widgets) {
      const html = renderToString(createElement(ui.AttuneProvider, { theme: 'dark', support }, element));
      expect(html).toContain(expected);
    }
  });
});
