import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AttuneProvider } from '../../src';
import { BreathPacer } from '../../src/breath-pacer';
import { ChoicePoint, ChoicePointDialog } from '../../src/choice-point';
import { Grounding } from '../../src/grounding';
import { MomentFlow, MomentFlowDialog } from '../../src/moment-flow';
import { ObserverScript, observerScripts } from '../../src/observer-script';
import { createMemoryStorage, PatternLog, serializePatternLog } from '../../src/pattern-log';

// The Theming page's table is the one list of state attributes: these tests hold the widgets to it.
interface Row {
  name: string;
  values: string[];
  /** The values are open (a path id of the host's own), so only the name is checked. */
  open: boolean;
}

function documentedAttributes(): Row[] {
  const lines = readFileSync('stories/Theming.mdx', 'utf8').split('\n');
  const start = lines.findIndex((line) => /^\|\s*Attribute\s*\|/.test(line));
  if (start === -1) throw new Error('Theming.mdx has no table headed "Attribute"');
  const rows: Row[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [name = '', , values = ''] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const ticked = (cell: string) => [...cell.matchAll(/`([^`]*)`/g)].map((match) => match[1] ?? '');
    rows.push({
      name: ticked(name)[0] ?? name,
      values: values === '(empty)' ? [''] : ticked(values),
      open: /\bany\b/.test(values),
    });
  }
  return rows;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : /\.(tsx?|css)$/.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );
}

/** Every `data-*` name written anywhere in src: JSX, object keys, CSS selectors, TSDoc. */
function attributesInSource(): Set<string> {
  const names = sourceFiles('src').flatMap(
    (file) => readFileSync(file, 'utf8').match(/\bdata-[a-z]+(?:-[a-z]+)*/g) ?? [],
  );
  return new Set(names);
}

const seen = new Map<string, Set<string>>();
function collect() {
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (!name.startsWith('data-')) continue;
      if (!seen.has(name)) seen.set(name, new Set());
      seen.get(name)!.add(value);
    }
  }
}

const at = (day: number) => new Date(2026, 2, day, 9).toISOString();

async function renderEveryWidget() {
  const user = userEvent.setup();
  // The broken script's report for developers; its data-state="invalid" is what is checked here.
  const report = vi.spyOn(console, 'error').mockImplementation(() => {});
  const storage = createMemoryStorage(
    serializePatternLog({
      version: 2,
      removed: {},
      entries: [{ id: 'a', at: at(3), pattern: 'people-pleasing' }],
    }),
  );
  const page = render(
    <AttuneProvider reducedMotion="always" theme="light">
      <ChoicePoint noticed="keeping-quiet" askIntensity />
      <ObserverScript script={observerScripts.compassionateObserver} />
      <ObserverScript script={{ id: 'broken' } as never} />
      <BreathPacer />
      <PatternLog storage={storage} />
      <MomentFlow storage={createMemoryStorage()} />
      <Grounding variant="orienting" defaultStep={3} />
    </AttuneProvider>,
  );
  await screen.findByText('Up to date.');
  expect(report).toHaveBeenCalledWith(expect.stringMatching(/cannot be played/));
  collect();

  await user.click(screen.getByRole('radio', { name: /As progress/ }));
  await user.click(screen.getAllByRole('radio', { name: /^5/ })[0]!);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(screen.getByRole('button', { name: /^Edit / }));
  await user.click(screen.getByRole('button', { name: 'Finish' }));
  collect();
  page.unmount();

  // Dialogs, open, without a provider: their own theme, motion and Radix's attributes.
  const dialogs = render(
    <>
      <ChoicePointDialog
        noticed="people-pleasing"
        trigger={<button type="button">Pause and choose</button>}
      />
      <MomentFlowDialog storage={createMemoryStorage()} />
    </>,
  );
  await user.click(screen.getByRole('button', { name: 'Pause and choose' }));
  collect();
  dialogs.unmount();
}

describe('given the table of state attributes on the Theming page', () => {
  const rows = documentedAttributes();
  const documented = new Set(rows.map((row) => row.name));

  it('should list every data-* attribute written in the source', () => {
    const missing = [...attributesInSource()].filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });

  it('should list every data-* attribute and value the widgets render, and nothing they never use', async () => {
    await renderEveryWidget();
    const undocumented: string[] = [];
    for (const [name, values] of seen) {
      const forName = rows.filter((row) => row.name === name);
      if (forName.length === 0) undocumented.push(name);
      else if (forName.some((row) => row.open)) continue;
      else
        for (const value of values)
          if (!forName.some((row) => row.values.includes(value))) undocumented.push(`${name}="${value}"`);
    }
    expect(undocumented).toEqual([]);
    // The walk reached the states it means to (else the comparison above proves little).
    const reached: Array<[string, string]> = [
      ['data-motion', 'reduce'],
      ['data-state', 'chosen'],
      ['data-state', 'checked'],
      ['data-state', 'past'],
      ['data-state', 'invalid'],
      ['data-state', 'running'],
      ['data-state', 'editing'],
      ['data-state', 'open'],
      ['data-phase', 'inhale'],
      ['data-step', 'notice'],
      ['data-step', 'hold'],
      ['data-variant', 'orienting'],
      ['data-state', 'complete'],
      ['data-attune-theme', 'system'],
    ];
    for (const [name, value] of reached) expect(seen.get(name), name).toContain(value);
    // A row must name an attribute that exists: in the source, or rendered by Radix.
    const source = attributesInSource();
    expect([...documented].filter((name) => !source.has(name) && !seen.has(name))).toEqual([]);
    // It walks every widget through its states, about 4 s alone; a busy 2-core CI needs room.
  }, 30_000);

  it('should say data-motion="reduce" for reduced motion, the CSS media feature\'s word', () => {
    expect(rows.filter((row) => row.name === 'data-motion').flatMap((row) => row.values)).toEqual(['reduce']);
  });
});
