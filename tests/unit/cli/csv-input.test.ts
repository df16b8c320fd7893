// The CSV reader on its own: csv-parse's grammar, our line numbers, delimiter sniffing, and
// getting back on track after a row it cannot read.
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { createCsvReader, MAX_ROW_CHARACTERS, type CsvColumns } from '../../../src/cli/input/csv';
import { sniffDelimiter } from '../../../src/cli/input/csv-rows';
import { splitLines, type TextLine } from '../../../src/cli/input/lines';
import { isUnreadable, type InputRecord } from '../../../src/cli/input/records';

/** Feeds `text` in chunks of `chunkSize` characters, as a stream would. */
async function readCsv(text: string, options: { column?: string; delimiter?: string; chunkSize?: number; maxLineLength?: number } = {}) {
  let columns: CsvColumns | undefined;
  const reader = createCsvReader({
    maxLineLength: options.maxLineLength ?? 1_000_000,
    ...(options.column !== undefined ? { column: options.column } : {}),
    ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}),
    onColumns: (found) => (columns = found),
  });
  const size = options.chunkSize ?? text.length + 1;
  async function* chunks() {
    for (let index = 0; index < text.length; index += size) yield text.slice(index, index + size);
  }
  const records: InputRecord[] = [];
  for await (const lines of splitLines(chunks(), options.maxLineLength ?? 1_000_000)) records.push(...reader.read(lines));
  records.push(...reader.end());
  return { records, columns };
}

const summary = (records: InputRecord[]) => records.map((record) => (isUnreadable(record) ? { line: record.line, error: record.error } : { line: record.line, text: record.text }));

describe('CSV reader', () => {
  it.each([
    ['CRLF line ends', 'text\r\none\r\ntwo\r\n', [[2, 'one'], [3, 'two']]],
    ['LF, no final line break', 'text\none\ntwo', [[2, 'one'], [3, 'two']]],
    ['CR only (classic Mac exports)', 'text\rone\rtwo\r', [[2, 'one'], [3, 'two']]],
    ['blank lines are not rows', 'text\n\none\n\n\ntwo\n', [[3, 'one'], [6, 'two']]],
    ['quoted line breaks kept as written, line numbers counted', 'id,text\r\n1,"a\r\nb\r\nc"\r\n2,d\r\n', [[2, 'a\r\nb\r\nc'], [5, 'd']]],
    ['doubled quotes', 'text\n"she said ""hi"""\n', [[2, 'she said "hi"']]],
    ['a bare quote inside an unquoted field is text', 'text,n\n5" screen,1\nnext,2\n', [[2, '5" screen'], [3, 'next']]],
    ['emoji and astral characters', 'text\n"👋🏽 hi 𝒳"\n', [[2, '👋🏽 hi 𝒳']]],
  ])('%s', async (_name, text, expected) => {
    const { records } = await readCsv(text);
    expect(summary(records)).toEqual(expected.map(([line, post]) => ({ line, text: post })));
  });

  it.each([
    [',', 'Date,Message\n1,"a, b"\n'],
    [';', 'Date;Message\n1;Price 4,50 €\n'],
    ['\t', 'Date\tMessage\n1\tHello, world\n'],
    ['|', 'Date|Message\n1|Hello, world\n'],
  ])('sniffs the delimiter %j from the header and rows', async (delimiter, text) => {
    const { columns } = await readCsv(text);
    expect(columns?.delimiter).toBe(delimiter);
  });

  it('prefers the delimiter that splits every row like the header over one that appears more often', () => {
    const lines: TextLine[] = ['Date;Message', '2026-01-01;Hello, world, again', '2026-01-02;One, two, three, four'].map((text, index) => ({ number: index + 1, text }));
    expect(sniffDelimiter(lines)).toBe(';');
  });

  it('reads a one-column file whose posts contain commas as one column', async () => {
    const { records } = await readCsv('post\nHello, world\nWhat do you think, friends?\n');
    expect(summary(records)).toEqual([{ line: 2, text: 'Hello, world' }, { line: 3, text: 'What do you think, friends?' }]);
  });

  it('accepts a trailing delimiter on data rows only', async () => {
    const { records } = await readCsv('id,text\n1,hello,\n2,there,\n');
    expect(summary(records)).toEqual([{ line: 2, text: 'hello' }, { line: 3, text: 'there' }]);
  });

  it('reports an unclosed quote at the line it opened and reads every row after it', async () => {
    const rows = Array.from({ length: 50 }, (_, index) => `${index + 3},row ${index + 3}`);
    const { records } = await readCsv(['id,text', '2,"never closed', ...rows].join('\n'));
    expect(records[0]).toEqual({ line: 2, error: 'line 2: a quoted field opened on line 2 is never closed (the row is skipped; reading goes on at line 3)' });
    expect(summary(records.slice(1))).toEqual(rows.map((row, index) => ({ line: index + 3, text: `row ${index + 3}` })));
  });

  it('reads the rows a stray quote swallowed until a later quote closed it', async () => {
    const { records } = await readCsv('id,text\n1,"stray quote\n2,"quoted, fine"\n3,after\n');
    expect(summary(records)).toEqual([
      { line: 2, error: 'line 2: text follows a closing quote, so a quote in this row is missing or extra (the row is skipped; reading goes on at line 3)' },
      { line: 3, text: 'quoted, fine' },
      { line: 4, text: 'after' },
    ]);
  });

  it('catches a swallowed row even when the merged row has the header\'s number of fields', async () => {
    const { records } = await readCsv('a,b,text,d\n1,2,"stray,4\n5,6,"seven",8\n9,10,eleven,12\n');
    expect(summary(records)).toEqual([
      { line: 2, error: expect.stringMatching(/^line 2: text follows a closing quote/) },
      { line: 3, text: 'seven' },
      { line: 4, text: 'eleven' },
    ]);
  });

  it('reads many inch marks in unquoted fields as text, row by row', async () => {
    const rows = Array.from({ length: 40 }, (_, index) => `${index},A ${index}" screen: what do you think?`);
    const { records } = await readCsv(`id,text\n${rows.join('\n')}\n`, { delimiter: ',' });
    expect(summary(records)).toEqual(rows.map((_, index) => ({ line: index + 2, text: `A ${index}" screen: what do you think?` })));
  });

  it('gives up on a quote still open after MAX_ROW_CHARACTERS and reads on', async () => {
    const filler = Array.from({ length: Math.ceil(MAX_ROW_CHARACTERS / 40) + 10 }, (_, index) => `${index},${'x'.repeat(36)}`);
    const { records } = await readCsv(['id,text', '1,"runaway', ...filler].join('\n'), { chunkSize: 64 * 1024 });
    expect(records[0]).toMatchObject({ line: 2, error: expect.stringMatching(/quoted field opened on line 2 is never closed/) });
    expect(records).toHaveLength(filler.length + 1);
    expect(records.slice(1).every((record) => !isUnreadable(record))).toBe(true);
  });

  it('reports a line longer than the limit by number without keeping it, and goes on', async () => {
    const { records } = await readCsv(`text\nshort\n${'y'.repeat(500)}\nafter\n`, { maxLineLength: 100, chunkSize: 64 });
    expect(summary(records)).toEqual([
      { line: 2, text: 'short' },
      { line: 3, error: 'line 3: 500 characters long; lines are limited to 100' },
      { line: 4, text: 'after' },
    ]);
  });

  it('keeps the order of rows around a bad one whatever the chunking', async () => {
    const text = 'id,text\n1,one\n2,"two\n3,three\n4,too,many\n5,five\n';
    const expected = summary((await readCsv(text)).records);
    for (const chunkSize of [1, 2, 3, 7, 13]) expect(summary((await readCsv(text, { chunkSize })).records)).toEqual(expected);
  });

  it('reads back what csv-stringify writes, for any text, delimiter and line end (property)', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', '👋', ',', ';', '\t', '"', '\n', '\r\n', ' ', 'x', '𝒳', '\u202e'), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('unix', 'windows'),
        fc.integer({ min: 1, max: 40 }),
        async (rows, delimiter, lineEnd, chunkSize) => {
          const text = stringify([['id', 'text'], ...rows], { delimiter, record_delimiter: lineEnd as 'unix' | 'windows', quoted_match: /[\r\n]/ });
          const { records } = await readCsv(text, { delimiter, chunkSize });
          expect(records.map((record) => (isUnreadable(record) ? record : [record.echo.id, record.text]))).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
