import { entryFields, type PatternLogEntry } from './document';

/** The CSV columns, in order. Values are the stored ids and numbers, never display labels. */
export const csvColumns = [...entryFields, 'extra'] as const;

const known = new Set<string>(entryFields);

/**
 * A cell that starts with one of these is a formula (or a DDE call) in Excel, Google Sheets and
 * LibreOffice: `=`, `+`, `-`, `@`, tab, carriage return, line feed, and their full-width forms,
 * which some spreadsheets fold to the same characters. OWASP's "CSV injection" advice.
 */
const formulaStart = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV field. A value a spreadsheet would run as a formula gets a leading `'`, which every
 * spreadsheet shows as text and hides in the cell; the words stay as written. Then RFC 4180: a
 * field with a comma, a quote or a line break is quoted, quotes doubled.
 */
export function csvField(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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
