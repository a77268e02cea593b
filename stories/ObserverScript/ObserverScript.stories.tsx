import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AttuneProvider, es } from '../../src';
import { ObserverScript, observerScripts, parseScript, type Script } from '../../src/observer-script';
import { observerScriptsEs } from '../../src/observer-script/scripts';

const meta = {
  title: 'ObserverScript/ObserverScript',
  component: ObserverScript,
  args: {
    script: observerScripts.compassionateObserver,
    onStepChange: fn(),
    onComplete: fn(),
    onExit: fn(),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Plays a script one line at a time: the kind observer speaking to the part that got scared. It waits for the person by default (Next, Back); auto-advance, pace and reading aloud are opt-in. Each new line and its position are announced politely; focus stays where the person is.',
      },
    },
  },
} satisfies Meta<typeof ObserverScript>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tab to Next and press Enter: the new line joins the transcript and focus stays on Next. */
export const CompassionateObserver: Story = {
  args: { values: { pattern: 'people-pleasing' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    const next = canvas.getByRole('button', { name: 'Next' });
    await expect(next).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('2 of 8')).toBeVisible();
    await expect(next).toHaveFocus();
    await expect(args.onStepChange).toHaveBeenCalledWith(1);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
  },
};

/** The same script in the first person: "I noticed it". */
export const FirstPerson: Story = {
  args: { perspective: 'first' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/and I noticed it\./)).toBeVisible();
  },
};

/** A short script for the moment right after noticing, played to the end by keyboard. */
export const JustNoticed: Story = {
  args: { script: observerScripts.justNoticed },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}{Enter}{Enter}');
    await expect(canvas.getByRole('button', { name: 'Finish' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('You stayed with it. That counts.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Start again' })).toHaveFocus();
    await expect(args.onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ scriptId: 'just-noticed', steps: 4, answers: {} }),
    );
  },
};

/** RAIN, with a prompt, a breath step (text invitation here) and a body step. */
export const Rain: Story = {
  args: { script: observerScripts.rain },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const field = canvas.getByRole('textbox', { name: /what would you call it/ });
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    await expect(field).toHaveFocus();
    await userEvent.keyboard('heavy{Enter}');
    await expect(canvas.getByText(/Let heavy be here for a moment/)).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText(/Take 3 breaths in your own way/)).toBeVisible();
  },
};

/** The three parts of a self-compassion break, with the way without touch switched on. */
export const SelfCompassionBreak: Story = {
  args: { script: observerScripts.selfCompassionBreak, defaultStep: 2 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Without body focus' });
    toggle.focus();
    await userEvent.keyboard(' ');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByText(/picture someone kind sitting beside you/)).toBeVisible();
  },
};

/** Opt-in auto-advance: Pause holds the line (WCAG 2.2.2) and the pace can change while it runs (2.2.1). */
export const AutoAdvance: Story = {
  args: { script: observerScripts.justNoticed, autoAdvance: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const root = canvas.getByRole('region', { name: 'Right after noticing' });
    await expect(root).toHaveAttribute('data-state', 'running');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Pause' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(root).toHaveAttribute('data-state', 'paused');
    await expect(canvas.getByRole('button', { name: 'Resume' })).toHaveFocus();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Pace' }), '0.5× (slower)');
    await expect(canvas.getByRole('combobox', { name: 'Pace' })).toHaveValue('0.5');
  },
};

/**
 * Reading aloud, one sentence at a time, the spoken one highlighted. Where the browser has
 * no speech synthesis the control is hidden; with no voices installed it still never throws.
 */
export const Speech: Story = {
  args: { script: observerScripts.selfCompassionBreak },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const readAloud = canvas.queryByRole('button', { name: 'Read aloud' });
    if (!('speechSynthesis' in window)) {
      await expect(readAloud).toBeNull();
      return;
    }
    readAloud!.focus();
    await userEvent.keyboard(' ');
    await expect(readAloud).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByRole('combobox', { name: 'Speaking rate' })).toBeVisible();
    await userEvent.keyboard(' ');
    await expect(readAloud).toHaveAttribute('aria-pressed', 'false');
  },
};

const naming: Script = {
  id: 'naming',
  title: 'Naming what is here',
  placeholders: { feeling: 'this feeling', need: 'some care' },
  steps: [
    { kind: 'prompt', name: 'feeling', text: 'What is here right now? One word is plenty.' },
    { kind: 'prompt', name: 'need', text: 'What might help, even a little?' },
    {
      text: {
        second: 'You feel {feeling}, and you would like {need}. Both make sense.',
        first: 'I feel {feeling}, and I would like {need}. Both make sense.',
      },
    },
  ],
};

/** Prompt steps ask for a word; later lines use it. An empty answer falls back to gentle words. */
export const PromptSteps: Story = {
  args: { script: naming },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: /What is here right now/ })).toHaveFocus();
    await userEvent.keyboard('<img src=x onerror=alert(1)>{Enter}');
    await userEvent.keyboard('{Enter}');
    // The current line is split into sentences (for speech), so read the whole list item.
    await expect(canvas.getAllByRole('listitem').at(-1)).toHaveTextContent(
      'You feel <img src=x onerror=alert(1)>, and you would like some care. Both make sense.',
    );
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

const custom: Script = {
  id: 'before-a-hard-call',
  title: 'Before a hard conversation',
  lang: 'en',
  'x-author': 'Your team',
  placeholders: { person: 'them' },
  steps: [
    { text: 'Part of you is already getting ready to keep {person} happy.', pause: 6 },
    {
      text: 'That part is trying to protect you. Thank it.',
      alternates: ['That part has worked hard for a long time. You can thank it.'],
    },
    {
      body: true,
      text: 'Let your shoulders drop a little, if they want to.',
      nonBody: 'Look at one thing in the room that feels steady.',
    },
    { text: 'You can say what is true for you, kindly, and see what happens.' },
  ],
};

/** A script of your own, with values, other phrasings and a body step, showing only the current line. */
export const CustomScript: Story = {
  args: { script: custom, values: { person: 'my manager' }, transcript: 'current', defaultStep: 1 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const otherWords = canvas.getByRole('button', { name: 'Other words' });
    otherWords.focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText(/has worked hard for a long time/)).toBeVisible();
    await expect(otherWords).toHaveFocus();
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

const broken = {
  id: 'draft',
  title: 'A draft',
  steps: [
    { text: 'Hello.' },
    { text: 'You feel {feling}.' },
    { kind: 'promt', text: 'Which word?' },
    { body: true, text: 'Hand on heart.' },
    { text: 42, pasue: 5 },
  ],
};

function ScriptOrErrors({ input }: { input: unknown }) {
  const result = parseScript(input);
  if (result.ok) return <ObserverScript script={result.script} />;
  return (
    <div className="attune-story-errors">
      <p>This script needs a few changes before it can play:</p>
      <ul>
        {result.errors.map((error) => (
          <li key={`${error.path}: ${error.message}`}>
            <code>{error.path || '(the script)'}</code>: {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `parseScript` lists every problem with its path, so an author can fix them all at once. */
export const BrokenScript: Story = {
  render: () => <ScriptOrErrors input={broken} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'steps[1].text: unknown placeholder {feling}: declare it in "placeholders" with default words',
      'steps[2].kind: expected one of line, prompt, breath',
      'steps[3].nonBody: a body step needs a non-body alternative',
      'steps[4].pasue: unknown field (expected one of kind, text, alternates, pause, body, nonBody, name, cycles)',
      'steps[4].text: expected text, or { "second": text, "first": text }',
    ]);
  },
};

/**
 * Given a script it cannot play, the widget lists the same problems itself, never a crash,
 * and keeps its gentle exit: whoever lands there still has a way out.
 */
export const BrokenScriptInTheWidget: Story = {
  args: { script: broken as unknown as Script },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText('This script can’t be played yet. Here is what needs fixing:'),
    ).toBeVisible();
    await expect(canvas.getAllByRole('listitem')).toHaveLength(5);
    canvas.getByRole('button', { name: 'This isn’t helping' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onExit).toHaveBeenCalledOnce();
  },
};

/** The gentle exit pauses everything and tells the host, which decides what to offer instead. */
export const GentleExit: Story = {
  args: { script: observerScripts.justNoticed, autoAdvance: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const exit = canvas.getByRole('button', { name: 'This isn’t helping' });
    exit.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onExit).toHaveBeenCalledOnce();
    await expect(canvas.getByRole('button', { name: 'Resume' })).toBeVisible();
  },
};

/** The compassionate observer in Spanish, with the Spanish strings. */
export const Spanish: Story = {
  args: { script: observerScriptsEs.compassionateObserver },
  render: (args) => (
    <AttuneProvider messages={es} locale="es">
      <ObserverScript {...args} />
    </AttuneProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('2 de 8')).toBeVisible();
  },
};

/** Dark theme, part-way through with an answer in the transcript. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { script: observerScripts.rain, defaultStep: 1 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox'), 'tired{Enter}');
    await waitFor(() => expect(canvas.getByText('tired')).toBeVisible());
  },
};
