// What a hostile or broken calendar can do: one bad record is one error record, and nothing in a
// file reaches a terminal, a spreadsheet or a browser as anything but text.
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from '../../../src/cli/input/jsonl';
import { jsonSafe, showText, terminalSafe } from '../../../src/cli/terminal-text';
import { jsonLines, RAW_UNSAFE, run } from './run-cli';

const bomb = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const ESCAPES = 'Title \u001b]0;pwned\u0007 \u001b[2J\u001b[31mred\u0007 bell \u009b31m C1 \u202eevil\u202c \u2066iso\u2069 \u200f';

describe('one bad record is one error record', () => {
  it('an 8,000-level nesting bomb in another field is one error; the records around it are scored', async () => {
    const stdin = [JSON.stringify({ id: 1, text: 'Before: what do you think?' }), `{"id":2,"text":"bomb","extra":${bomb(8000)}}`, JSON.stringify({ id: 3, text: 'After: thanks, all!' })].join('\n');
    const { code, stdout } = await run(['score', '-'], { stdin });
    expect(code).toBe(1);
    expect(jsonLines(stdout)).toEqual([
      expect.objectContaining({ id: 1, status: 'scored' }),
      { line: 2, error: 'line 2: nested more than 64 levels deep' },
      expect.objectContaining({ id: 3, status: 'scored' }),
    ]);
  });

  it('the same bomb is one error in every output format', async () => {
    const stdin = `{"text":"ok?"}\n{"text":"x","deep":${bomb(8000)}}\n{"text":"still ok?"}\n`;
    for (const format of ['table', 'csv', 'markdown', 'html']) {
      const { code, stdout } = await run(['score', '-', '--format', format], { stdin });
      expect(code).toBe(1);
      expect(stdout).toMatch(/nested more than 64 levels deep/);
      expect(stdout).toMatch(/still/);
    }
  });

  it('nesting is measured outside strings only', () => {
    expect(nestsDeeperThan(`{"a":"${'['.repeat(100)}"}`, 64)).toBe(false);
    expect(nestsDeeperThan(`{"a":"\\"${'['.repeat(3)}"}`, 2)).toBe(false);
    expect(nestsDeeperThan(bomb(65), 64)).toBe(true);
    expect(nestsDeeperThan(bomb(64), 64)).toBe(false);
  });
});

describe('control and bidi characters', () => {
  const stdin = `${JSON.stringify({ id: ESCAPES, text: `Hi ${ESCAPES}, what do you think?`, network: `Face\u001b[0mbook` })}\n{"text": "\u001b[2J`;

  it('never reach the terminal raw in the table, markdown or on standard error', async () => {
    for (const format of ['table', 'markdown']) {
      const { stdout, stderr } = await run(['score', '-', '--format', format], { stdin });
      expect(stdout).not.toMatch(RAW_UNSAFE);
      expect(stderr).not.toMatch(RAW_UNSAFE);
      // Markdown also backslash-escapes the escapes' own backslashes and brackets; both render as the visible escape.
      expect(stdout).toContain(format === 'table' ? '\\u001b]0;pwned\\u0007' : '\\\\u001b\\]0;pwned\\\\u0007');
      expect(stdout).toContain(format === 'table' ? '\\u202eevil\\u202c' : '\\\\u202eevil\\\\u202c');
    }
  });

  it('are \\u escapes in JSONL, which still parses back to the same text', async () => {
    const { stdout } = await run(['score', '-'], { stdin });
    expect(stdout).not.toMatch(RAW_UNSAFE);
    expect(jsonLines(stdout)[0]?.id).toBe(ESCAPES);
  });

  it('stay as written in CSV for a spreadsheet, and are escaped when CSV goes to a terminal', async () => {
    const toFile = await run(['score', '-', '--format', 'csv'], { stdin });
    const rows = parse(toFile.stdout.replace(/^\ufeff/, ''), { relax_column_count: true }) as string[][];
    expect(rows[1]?.[0]).toBe(ESCAPES);
    const toTerminal = await run(['score', '-', '--format', 'csv'], { stdin, stdoutIsTTY: true });
    expect(toTerminal.stdout).not.toMatch(RAW_UNSAFE);
  });

  it('are escaped in file and column names shown in messages', async () => {
    const { stderr } = await run(['score', `nope\u001b[2J.csv`]);
    expect(stderr).toBe('rapport: no such file: nope\\u001b[2J.csv\n');
    const columns = await run(['score', '-', '--input', 'csv'], { stdin: `Da\u001b[1mte,Ti\u202eme\n1,2\n` });
    expect(columns.stderr).not.toMatch(RAW_UNSAFE);
    expect(columns.stderr).toContain('"Da\\u001b[1mte"');
  });

  it('no string escapes raw through the helpers (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(showText(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(terminalSafe(text)).not.toMatch(RAW_UNSAFE);
        const json = jsonSafe(JSON.stringify(text));
        expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
        expect(JSON.parse(json)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('markup in posts stays text', () => {
  const hostile = '<script>window.pwned=1</script> <img src=x onerror=alert(1)> | pipe | **bold** [link](https://evil.example) =HYPERLINK("https://evil.example")';

  it('markdown escapes HTML and Markdown marks so the table stays one row per post', async () => {
    const { stdout } = await run(['score', '-', '--format', 'markdown'], { stdin: JSON.stringify({ text: hostile }) });
    const row = stdout.split('\n').find((line) => line.startsWith('| 1 |')) ?? '';
    expect(row).toContain('&lt;script&gt;');
    expect(row).not.toMatch(/<script|<img/);
    expect(row).toContain('\\| pipe \\|');
    expect(row).toContain('\\*\\*bold\\*\\*');
    expect(row).toContain('\\[link\\]');
    // One cell per column: the unescaped pipes are exactly the seven borders of six columns.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8);
  });

  it('CSV output keeps input cells as they were but Rapport\'s own cells never start a formula', async () => {
    const { stdout } = await run(['score', '-', '--format', 'csv'], { stdin: `text\n"${hostile.replace(/"/g, '""')}"\n"=1+1"\n` });
    const rows = parse(stdout.replace(/^\ufeff/, '')) as string[][];
    expect(rows[1]?.[0]).toBe(hostile);
    for (const row of rows.slice(1)) for (const cell of row.slice(1)) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});
