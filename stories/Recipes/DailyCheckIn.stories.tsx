import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  createMemoryStorage,
  MomentFlow,
  PatternLog,
  PatternLogQuickAdd,
  serializePatternLog,
  usePatternLog,
  type PatternLogEntry,
  type PatternLogStorage,
} from '../../src';

/** Every word of the check-in, in one place, so it can be translated or rewritten. */
const copy = {
  title: 'Today',
  firstVisit: 'Hello. This is a quiet place to notice things, whenever you like.',
  again: 'Hello again.',
  welcomeBack: 'Welcome back. It’s good to see you.',
  alreadyToday: 'You’ve already noted something today. Add more whenever it helps.',
  question: 'Did you catch an old pattern today?',
  jot: 'Yes, jot it down',
  walk: 'Yes, walk me through it',
  notToday: 'Not today',
  notTodayReply: 'That’s fine. There’s nothing you need to do. This will be here whenever you want it.',
  thanks: 'Thank you for checking in.',
};

/** After this many days away, the greeting says welcome back: never how long it has been. */
const welcomeBackAfterDays = 3;

function daysBetween(earlier: number, later: number): number {
  const day = (time: number) => {
    const date = new Date(time);
    return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  };
  return Math.round((day(later) - day(earlier)) / 864e5);
}

function greeting(entries: readonly PatternLogEntry[], now: number): string {
  // Entries are newest first.
  const last = entries[0];
  if (!last) return copy.firstVisit;
  const days = daysBetween(Date.parse(last.at), now);
  if (days <= 0) return copy.alreadyToday;
  return days >= welcomeBackAfterDays ? copy.welcomeBack : copy.again;
}

type Answer = 'jot' | 'walk' | 'not-today' | 'done';

interface DailyCheckInProps {
  storage: PatternLogStorage;
  /** The clock; stories fix it so the greeting is the same on every run. */
  now?: () => number;
}

/** A gentle once-a-day card: a greeting, one question, and three easy answers. */
function DailyCheckIn({ storage, now = Date.now }: DailyCheckInProps) {
  const log = usePatternLog({ storage, now });
  const [answer, setAnswer] = useState<Answer | null>(null);
  const titleId = useId();
  return (
    <section
      data-styled="true"
      aria-labelledby={titleId}
      style={{ display: 'grid', gap: '1rem', maxWidth: '40rem' }}
    >
      <h2 id={titleId} style={{ margin: 0 }}>
        {copy.title}
      </h2>
      {log.status !== 'loading' && <p style={{ margin: 0 }}>{greeting(log.entries, now())}</p>}
      <p style={{ margin: 0 }}>{copy.question}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        <button type="button" className="attune-Button" onClick={() => setAnswer('jot')}>
          {copy.jot}
        </button>
        <button type="button" className="attune-Button" onClick={() => setAnswer('walk')}>
          {copy.walk}
        </button>
        <button
          type="button"
          className="attune-Button"
          data-variant="quiet"
          onClick={() => setAnswer('not-today')}
        >
          {copy.notToday}
        </button>
      </div>
      <div role="status">
        {answer === 'not-today' && <p>{copy.notTodayReply}</p>}
        {answer === 'done' && <p>{copy.thanks}</p>}
      </div>
      {answer === 'jot' && (
        <PatternLog storage={storage} now={now}>
          <PatternLogQuickAdd />
        </PatternLog>
      )}
      {answer === 'walk' && (
        <MomentFlow
          storage={storage}
          headingLevel={3}
          onComplete={() => setAnswer('done')}
          onExit={() => setAnswer('done')}
        />
      )}
    </section>
  );
}

const today = Date.parse('2026-11-26T12:00:00Z');
const daysAgo = (days: number) => new Date(today - days * 864e5).toISOString();

/** A storage holding one moment from `days` ago. */
function storageWithLastMomentAt(days: number) {
  const entry: PatternLogEntry = { id: 'last', at: daysAgo(days), pattern: 'bracing', path: 'compassion' };
  return createMemoryStorage(serializePatternLog({ version: 2, entries: [entry], removed: {} }));
}

/** A fresh storage for every render, so the light and dark runs start the same. */
function CheckInStory({ makeStorage }: { makeStorage: () => PatternLogStorage }) {
  const [storage] = useState(makeStorage);
  return <DailyCheckIn storage={storage} now={() => today} />;
}

const meta = {
  title: 'Recipes/Daily check-in',
  component: CheckInStory,
  args: { makeStorage: () => createMemoryStorage() },
  argTypes: { makeStorage: { control: false } },
} satisfies Meta<typeof CheckInStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing in no words: "Not today" is a whole answer, and nothing is saved. */
export const FirstVisit: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText(copy.firstVisit)).toBeVisible());
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: copy.notToday })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('status')).toHaveTextContent(copy.notTodayReply);
    await expect(canvas.queryByRole('region', { name: 'Pattern log' })).toBeNull();
  },
};

/** Back after nine days: a welcome, no count of days away, and a moment jotted down by keyboard. */
export const BackAfterAFewDays: Story = {
  args: { makeStorage: () => storageWithLastMomentAt(9) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText(copy.welcomeBack)).toBeVisible());
    await expect(canvasElement).not.toHaveTextContent(/missed|streak|in a row|\d+ days?/i);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: copy.jot })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const pattern = await canvas.findByRole('combobox', { name: 'What did you notice?' });
    pattern.focus();
    await userEvent.selectOptions(pattern, 'withdrawing');
    canvas.getByRole('button', { name: 'Log it' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByText(copy.alreadyToday)).toBeVisible());
  },
};

/** "Walk me through it" opens the whole moment in place; leaving early still says thank you. */
export const WalkMeThroughIt: Story = {
  args: { makeStorage: () => storageWithLastMomentAt(1) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText(copy.again)).toBeVisible());
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: copy.walk })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('heading', { name: 'What did you notice?' })).toBeVisible();
    canvas.getByRole('radio', { name: 'Not being able to rest' }).focus();
    await userEvent.keyboard(' ');
    canvas.getByRole('button', { name: 'Continue' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('heading', { name: 'How would you like to meet it?' })).toHaveFocus();
    canvas.getByRole('button', { name: 'This isn’t helping' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('status')).toHaveTextContent(copy.thanks);
    await expect(canvas.queryByRole('heading', { name: 'How would you like to meet it?' })).toBeNull();
  },
};
