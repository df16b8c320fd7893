import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/cli/csv';

describe('parseCsv (RFC 4180)', () => {
  it.each([
    ['plain fields', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['CRLF line ends', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['lone CR line ends (old Mac exports)', 'a,b\r1,2', [['a', 'b'], ['1', '2']]],
    ['no final line break', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['a UTF-8 BOM', '\ufeffa,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['quoted delimiter', '"a,b",c\n', [['a,b', 'c']]],
    ['doubled quotes', '"she said ""hi""",x\n', [['she said "hi"', 'x']]],
    ['quoted CRLF kept as written', '"line 1\r\nline 2",x\r\n', [['line 1\r\nline 2', 'x']]],
    ['empty fields', ',,\n"",x,\n', [['', '', ''], ['', 'x', '']]],
    ['spaces kept', ' a , b \n', [[' a ', ' b ']]],
    ['blank lines are not records', 'a\n\n\nb\n', [['a'], ['b']]],
    ['a bare quote inside an unquoted field is literal', '5" screen,x\n', [['5" screen', 'x']]],
    ['emoji and astral characters', '"👋🏽 hi",𝒳\n', [['👋🏽 hi', '𝒳']]],
  ])('%s', (_name, text, expected) => {
    const rows = parseCsv(text);
    expect(rows.map((row) => row.fields)).toEqual(expected);
    expect(rows.every((row) => row.error === undefined)).toBe(true);
  });

  it('numbers each row by the physical line it starts on, counting quoted line breaks', () => {
    const rows = parseCsv('h1,h2\r\n"a\r\nb\r\nc",1\r\nd,2\n\ne,3');
    expect(rows.map((row) => row.line)).toEqual([1, 2, 5, 7]);
  });

  it('reports an unclosed quote at the line where it opened', () => {
    const rows = parseCsv('a,b\n1,"never closed\n2,3\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ line: 2, error: 'quoted field opened on line 2 is never closed' });
  });

  it('reports text after a closing quote and carries on with the next row', () => {
    const rows = parseCsv('"a"b,c\nd,e\n');
    expect(rows[0]?.error).toMatch(/unexpected text "b" after a closing quote on line 1/);
    expect(rows[1]).toEqual({ line: 2, fields: ['d', 'e'] });
  });

  it('reads back whatever an RFC 4180 writer wrote (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', '👋', ',', '"', '\n', '\r\n', ' ', 'x') , maxLength: 12 });
    const quote = (value: string) => (/[",\r\n]/.test(value) || value === '' ? `"${value.replaceAll('"', '""')}"` : value);
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.boolean(), (rows, crlf) => {
        const text = rows.map((row) => row.map(quote).join(',')).join(crlf ? '\r\n' : '\n');
        expect(parseCsv(text).map((row) => row.fields)).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });
});
