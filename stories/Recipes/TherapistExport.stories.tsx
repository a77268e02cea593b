import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useMemo, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  commonMessages,
  createMemoryStorage,
  patternLogCSVColumns,
  patternLogMessages,
  patternLogToCSV,
  serializePatternLog,
  usePatternLog,
  type PatternLogEntry,
  type PatternLogStorage,
} from '../../src';
import { saveTextFile } from '../../src/pattern-log/saveTextFile';
import { entriesBetween, seedEntries } from './therapistExportData';

const patternLabel = (id: string) =>
  commonMessages.patterns[id as keyof typeof commonMessages.patterns] ?? id;
const bodyLabel = (id: string) => commonMessages.bodyAreas[id as keyof typeof commonMessages.bodyAreas] ?? id;
const dayFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const timeFormat = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});
// A date input's value is a local day; noon keeps it on that day in every time zone.
const dayLabel = (day: string) => dayFormat.format(new Date(`${day}T12:00:00`));

/* On paper, only the list: no buttons, no app around it, black on white. */
const printCss = `
.export-printable { overflow-x: auto; }
.export-table { border-collapse: collapse; width: 100%; }
.export-table th, .export-table td { text-align: start; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--attune-border); }
.export-table td:last-child { white-space: pre-line; }
@media print {
  body * { visibility: hidden; }
  .export-printable, .export-printable * { visibility: visible; }
  .export-printable { position: absolute; inset: 0 auto auto 0; width: 100%; overflow: visible; color: #000; background: #fff; font-size: 11pt; }
  .export-table th, .export-table td { border: 1px solid #000; }
  .export-table tr { break-inside: avoid; }
}
`;

interface TherapistExportProps {
  storage: PatternLogStorage;
  /** The first day shown at first (`YYYY-MM-DD`). */
  defaultFrom: string;
  /** The last day shown at first (`YYYY-MM-DD`). */
  defaultTo: string;
  /** Where the CSV goes. @default a browser download */
  saveFile?: (text: string, fileName: string) => void;
}

/** Pick the days, see exactly what will be shared, then download a CSV or print a page. */
function TherapistExport({
  storage,
  defaultFrom,
  defaultTo,
  saveFile = (text, fileName) => saveTextFile(text, fileName, 'text/csv;charset=utf-8'),
}: TherapistExportProps) {
  const log = usePatternLog({ storage });
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState(defaultTo);
  const id = useId();
  const chosen = useMemo(() => entriesBetween(log.entries, from, to), [log.entries, from, to]);
  // A cleared or half-typed date input has the value ''.
  const valid = Boolean(from && to && from <= to);
  const range = valid ? `${dayLabel(from)} to ${dayLabel(to)}` : '';
  return (
    <section
      data-styled="true"
      aria-labelledby={`${id}-title`}
      style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '1rem' }}
    >
      <style>{printCss}</style>
      <h2 id={`${id}-title`} style={{ margin: 0 }}>
        Share with your therapist
      </h2>
      <p style={{ margin: 0 }}>
        Pick the days you’d like to share. Nothing leaves this device unless you send the file or the page
        yourself.
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'end' }}>
        <label style={{ display: 'grid', gap: '0.25rem' }}>
          From
          <input type="date" value={from} max={to} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label style={{ display: 'grid', gap: '0.25rem' }}>
          To
          <input type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} />
        </label>
        <button
          type="button"
          className="attune-Button"
          disabled={!valid || chosen.length === 0}
          onClick={() => saveFile(patternLogToCSV(chosen), `moments-${from}-to-${to}.csv`)}
        >
          Download CSV
        </button>
        <button
          type="button"
          className="attune-Button"
          data-variant="quiet"
          disabled={!valid || chosen.length === 0}
          onClick={() => window.print()}
        >
          Print
        </button>
      </div>
      <p role="status" style={{ margin: 0 }}>
        {log.status === 'loading'
          ? ''
          : !valid
            ? 'Pick a start day on or before the end day.'
            : chosen.length === 0
              ? `Nothing logged from ${range}.`
              : `${chosen.length} ${chosen.length === 1 ? 'moment' : 'moments'} from ${range}.`}
      </p>
      {valid && chosen.length > 0 && (
        <article className="export-printable" aria-labelledby={`${id}-print-title`}>
          <h3 id={`${id}-print-title`}>Moments noticed, {range}</h3>
          <table className="export-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What I noticed</th>
                <th scope="col">Noticed</th>
                <th scope="col">How strong (0–10)</th>
                <th scope="col">Where in my body</th>
                <th scope="col">How I met it</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {chosen.map((entry: PatternLogEntry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{timeFormat.format(new Date(entry.at))}</time>
                  </td>
                  <td>{patternLabel(entry.pattern)}</td>
                  <td>{entry.when ? commonMessages.when[entry.when] : ''}</td>
                  <td>{entry.intensity ?? ''}</td>
                  <td>{entry.body?.map(bodyLabel).join(', ')}</td>
                  <td>{entry.path ? (patternLogMessages.paths[entry.path] ?? entry.path) : ''}</td>
                  <td>{entry.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      )}
    </section>
  );
}

const seeded = seedEntries();

/** A fresh storage seeded with about two months of moments, for every render. */
function ExportStory(props: Omit<TherapistExportProps, 'storage'>) {
  const [storage] = useState(() =>
    createMemoryStorage(serializePatternLog({ version: 2, entries: seeded, removed: {} })),
  );
  return <TherapistExport storage={storage} {...props} />;
}

const meta = {
  title: 'Recipes/Export for your therapist',
  component: ExportStory,
  args: { defaultFrom: '2026-11-01', defaultTo: '2026-11-25', saveFile: fn() },
  argTypes: { saveFile: { control: false } },
} satisfies Meta<typeof ExportStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Splits RFC 4180 text into rows of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  return rows;
}

async function typeDay(input: HTMLElement, day: string) {
  await userEvent.clear(input);
  await userEvent.type(input, day);
}

/** A week picked by keyboard: the page and the CSV hold exactly that week's moments, as stored values. */
export const OneWeek: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/moments from/));
    await typeDay(canvas.getByLabelText('From'), '2026-11-03');
    await typeDay(canvas.getByLabelText('To'), '2026-11-09');
    const expected = entriesBetween(seeded, '2026-11-03', '2026-11-09');
    await expect(expected.length).toBeGreaterThan(3);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      `${expected.length} moments from Nov 3, 2026 to Nov 9, 2026.`,
    );
    const table = canvas.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    await expect(rows.map((row) => row.querySelector('time')?.getAttribute('datetime'))).toEqual(
      expected.map((entry) => entry.at),
    );

    canvas.getByRole('button', { name: 'Download CSV' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.saveFile).toHaveBeenCalledTimes(1);
    const [csv, fileName] = (args.saveFile as ReturnType<typeof fn>).mock.calls[0] as [string, string];
    await expect(fileName).toBe('moments-2026-11-03-to-2026-11-09.csv');
    const [header, ...records] = parseCSV(csv);
    await expect(header).toEqual([...patternLogCSVColumns]);
    await expect(records.map((record) => record[0])).toEqual(expected.map((entry) => entry.id));
    // Values, not labels: what a spreadsheet or another app can read back.
    await expect(records.map((record) => record[2])).toEqual(expected.map((entry) => entry.pattern));
    await expect(canvas.getByRole('button', { name: 'Print' })).toBeEnabled();
  },
};

/** Notes with commas, quotes and line breaks stay whole in the CSV. */
export const NotesStayWhole: Story = {
  args: { defaultFrom: '2026-10-01', defaultTo: '2026-11-25' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/moments from/));
    await userEvent.click(canvas.getByRole('button', { name: 'Download CSV' }));
    const [csv] = (args.saveFile as ReturnType<typeof fn>).mock.calls[0] as [string];
    const expected = entriesBetween(seeded, '2026-10-01', '2026-11-25');
    const records = parseCSV(csv).slice(1);
    await expect(records).toHaveLength(expected.length);
    await expect(records.map((record) => record[8])).toEqual(expected.map((entry) => entry.note ?? ''));
    await expect(records.some((record) => record[8]?.includes('\n'))).toBe(true);
  },
};

/** Days with nothing logged: a plain sentence, and nothing to download or print. */
export const NothingInRange: Story = {
  args: { defaultFrom: '2026-12-01', defaultTo: '2026-12-07' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Nothing logged from Dec 1, 2026 to Dec 7, 2026.'),
    );
    await expect(canvas.queryByRole('table')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
  },
};
