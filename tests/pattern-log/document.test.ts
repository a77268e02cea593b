import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entriesToCSV, csvField } from '../../src/pattern-log/csv';
import {
  currentVersion,
  emptyDocument,
  parseDocument,
  serializeDocument,
} from '../../src/pattern-log/document';
import { computeInsights } from '../../src/pattern-log/insights';

describe('given a version 1 document', () => {
  const v1 = JSON.stringify({
    version: 1,
    entries: [
      {
        id: 'a',
        date: '2026-01-02T10:00:00.000Z',
        pattern: 'fawning',
        noticed: 'during',
        body: 'jaw, chest',
        intensity: 4,
      },
      { id: 'b', date: '2026-01-03T10:00:00.000Z', pattern: 'my own words', note: 'kept' },
    ],
  });

  it('should migrate it to the current version without losing a field', () => {
    const result = parseDocument(v1);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    expect(result.document.version).toBe(currentVersion);
    expect(result.document.entries).toEqual([
      { id: 'b', at: '2026-01-03T10:00:00.000Z', pattern: 'my own words', note: 'kept' },
      {
        id: 'a',
        at: '2026-01-02T10:00:00.000Z',
        pattern: 'fawning',
        when: 'during',
        body: ['jaw', 'chest'],
        intensity: 4,
      },
    ]);
  });

  it('should set aside a version 1 entry whose date cannot be read, and refuse it when strict', () => {
    const text = JSON.stringify({
      version: 1,
      entries: [
        { id: 'a', date: 'soon', pattern: 'x' },
        { id: 'b', date: '2026-01-03T10:00:00.000Z', pattern: 'y' },
      ],
    });
    const result = parseDocument(text);
    expect(result).toMatchObject({
      ok: true,
      problems: [{ path: 'entries[0].at', code: 'not-a-date' }],
      document: { entries: [{ id: 'b' }], quarantine: [{ id: 'a', at: 'soon', pattern: 'x' }] },
    });
    expect(parseDocument(text, { strict: true })).toEqual({
      ok: false,
      problems: [{ path: 'entries[0].at', code: 'not-a-date' }],
    });
  });
});

describe('given a document from a newer version', () => {
  it('should refuse it rather than guess', () => {
    expect(parseDocument(JSON.stringify({ version: currentVersion + 1, entries: [] }))).toEqual({
      ok: false,
      problems: [{ path: 'version', code: 'newer-version' }],
    });
  });
});

describe('given text that is not a log', () => {
  it.each([
    ['{oops', 'not-json'],
    ['[1,2]', 'not-a-log'],
    ['{"entries":[]}', 'not-a-log'],
  ])('should refuse %s as %s', (text, code) => {
    expect(parseDocument(text)).toEqual({ ok: false, problems: [{ path: '', code }] });
  });

  it('should list every problem of every entry', () => {
    const text = JSON.stringify({
      version: currentVersion,
      entries: [
        { id: 'a', at: 'x', pattern: '', intensity: 11 },
        { id: 'b', at: '2026-01-01T00:00:00Z', pattern: 'p', when: 'later', body: 'jaw' },
        { id: 'b', at: '2026-01-01T00:00:00Z', pattern: 'p' },
      ],
    });
    const result = parseDocument(text, { strict: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'entries[0].at:not-a-date',
      'entries[0].pattern:not-text',
      'entries[0].intensity:not-intensity',
      'entries[1].when:not-when',
      'entries[1].body:not-a-list',
      'entries[2].id:duplicate-id',
    ]);
  });
});

describe('given a current document with extra fields', () => {
  it('should keep fields it does not know through a round trip', () => {
    const doc = emptyDocument();
    doc.entries.push({
      id: 'a',
      at: '2026-01-01T00:00:00.000Z',
      pattern: 'p',
      script: { id: 's', completed: true },
      mine: 1,
    });
    const back = parseDocument(serializeDocument(doc));
    expect(back).toEqual({ ok: true, document: doc });
  });
});

describe('given entries to export as CSV', () => {
  it('should quote fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1 (555) 0100', "'+1 (555) 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['\n=1', `"'\n=1"`],
    ['\uFF1D1+1', "'\uFF1D1+1"],
  ])('should keep %j from running as a formula, words intact (OWASP CSV injection)', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('should leave text that only contains formula characters later as it is', () => {
    expect(csvField('felt = tired')).toBe('felt = tired');
    expect(csvField('1+1')).toBe('1+1');
    expect(csvField('')).toBe('');
  });

  it('should neutralise a formula in any column, not only the note', () => {
    const csv = entriesToCSV([
      { id: '=cmd', at: '2026-01-01T00:00:00.000Z', pattern: '@x', note: '-y', body: ['=z'], host: '=w' },
    ]);
    const row = csv.split('\r\n')[1]!;
    expect(row).toBe(`'=cmd,2026-01-01T00:00:00.000Z,'@x,,,,'=z,,'-y,,"{""host"":""=w""}"`);
  });

  it('should write ids and numbers, not display labels, one row per entry', () => {
    const csv = entriesToCSV([
      {
        id: 'a',
        at: '2026-01-01T00:00:00.000Z',
        pattern: 'keeping-quiet',
        when: 'before',
        intensity: 0,
        body: ['jaw', 'chest'],
        note: 'He said, "fine"\nand I nodded',
      },
      {
        id: 'b',
        at: '2026-01-02T00:00:00.000Z',
        pattern: 'x',
        breath: { pattern: 'gentle', cycles: 3, durationMs: 1, completed: true },
      },
    ]);
    expect(csv).toBe(
      'id,at,pattern,when,intensity,intensityAfter,body,path,note,updatedAt,extra\r\n' +
        'a,2026-01-01T00:00:00.000Z,keeping-quiet,before,0,,jaw;chest,,"He said, ""fine""\nand I nodded",,\r\n' +
        'b,2026-01-02T00:00:00.000Z,x,,,,,,,,"{""breath"":{""pattern"":""gentle"",""cycles"":3,""durationMs"":1,""completed"":true}}"\r\n',
    );
  });
});

describe('given a log to look back on', () => {
  const entries = [
    {
      id: '3',
      at: '2026-03-20T12:00:00.000Z',
      pattern: 'fawning',
      when: 'before' as const,
      path: 'compassion',
      body: ['jaw'],
    },
    {
      id: '2',
      at: '2026-03-18T12:00:00.000Z',
      pattern: 'fawning',
      when: 'during' as const,
      path: 'shame',
      body: ['jaw', 'chest'],
    },
    { id: '1', at: '2026-03-02T12:00:00.000Z', pattern: 'withdrawing', when: 'after' as const },
  ];

  it('should count every time noticed, and the most frequent patterns and body areas', () => {
    const insights = computeInsights(entries);
    expect(insights.timesNoticed).toBe(3);
    expect(insights.topPatterns).toEqual([
      { id: 'fawning', count: 2 },
      { id: 'withdrawing', count: 1 },
    ]);
    expect(insights.topBody[0]).toEqual({ id: 'jaw', count: 2 });
    expect(insights.paths.sort()).toEqual(['compassion', 'shame']);
  });

  it('should show when noticing happened, week by week, oldest first', () => {
    const insights = computeInsights(entries);
    expect(insights.periodKind).toBe('week');
    expect(insights.periods.map((p) => p.total)).toEqual([1, 2]);
    expect(insights.periods[1]!.when).toMatchObject({ before: 1, during: 1, after: 0 });
    expect(insights.earlierShare).toBe(1);
  });

  it('should have nothing to count in an empty log', () => {
    expect(computeInsights([])).toMatchObject({ timesNoticed: 0, periods: [], topPatterns: [] });
  });
});

/** A strict RFC 4180 reader, only for checking what the writer produced. */
function readCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted) field += char;
    else if (char === ',') endField();
    else if (char === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += char;
  }
  return rows;
}

describe('given any text in an entry', () => {
  it('should read back from the CSV exactly as written, one row per entry', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'binary' }),
            fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ') }),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (notes) => {
          const entries = notes.map((note, i) => ({
            id: `e${i}`,
            at: '2026-01-01T00:00:00.000Z',
            pattern: note || 'p',
            note,
          }));
          const rows = readCSV(entriesToCSV(entries));
          expect(rows).toHaveLength(entries.length + 1);
          rows.slice(1).forEach((row, i) => {
            expect(row).toHaveLength(11);
            // What a spreadsheet shows: the text, with a `'` before anything it would run.
            const shown = (text: string) =>
              /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
            expect(row[2]).toBe(shown(entries[i]!.pattern));
            expect(row[8]).toBe(shown(entries[i]!.note));
          });
        },
      ),
    );
  });

  it('should survive a JSON round trip of the document unchanged', () => {
    const entry = fc.record(
      {
        id: fc.uuid(),
        at: fc.integer({ min: 0, max: 4e12 }).map((t) => new Date(t).toISOString()),
        pattern: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        when: fc.constantFrom('before' as const, 'during' as const, 'after' as const),
        intensity: fc.integer({ min: 0, max: 10 }),
        body: fc.array(fc.string()),
        note: fc.string(),
      },
      { requiredKeys: ['id', 'at', 'pattern'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 8 }), (entries) => {
        const doc = {
          ...emptyDocument(),
          entries: [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? -1 : 1)),
        };
        expect(parseDocument(serializeDocument(doc))).toEqual({ ok: true, document: doc });
      }),
    );
  });
});
