import type { PatternLogEntry } from './document';

/** The CSV columns, in order. Values are the stored ids and numbers, never display labels. */
export const csvColumns = [
  'id',
  'at',
  'pattern',
  'when',
  'intensity',
  'intensityAfter',
  'body',
  'path',
  'note',
  'updatedAt',
  'extra',
] as const;

const known = new Set<string>(csvColumns);

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cell(entry: PatternLogEntry, column: (typeof csvColumns)[number]): string {
  switch (column) {
    case 'body':
      // One field for the list; `;` joins areas so a spreadsheet keeps one row per entry.
      return entry.body?.join(';') ?? '';
    case 'extra': {
      // Whatever else a host logged (script, breath…) stays in the export, as JSON.
      const rest = Object.entries(entry).filter(([key, value]) => !known.has(key) && value !== undefined);
      return rest.length ? JSON.stringify(Object.fromEntries(rest)) : '';
    }
    default: {
      const value = entry[column];
      return value === undefined || value === null ? '' : String(value);
    }
  }
}

/** One header row, then one row per entry, CRLF line ends (RFC 4180). */
export function entriesToCSV(entries: readonly PatternLogEntry[]): string {
  const rows = [csvColumns.join(',')];
  for (const entry of entries) rows.push(csvColumns.map((column) => csvField(cell(entry, column))).join(','));
  return rows.join('\r\n') + '\r\n';
}
