// --format csv, markdown and html: what each report holds, and that each can be read back.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { RAPPORT_COLUMNS } from '../../../src/cli/output/csv';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicy, htmlWriter, MAX_HTML_INPUT_BYTES } from '../../../src/cli/output/html/report';
import { stdoutSink } from '../../../src/cli/output/sink';
import { OutputRefused } from '../../../src/cli/output/writer';
import { NEUTRAL_PRESET } from '../../../src/engine/presets/neutral';
import { underlinedText } from '../../../src/cli/output/html/post';
import { scored } from '../../scored';
import { calendars, jsonLines, run } from './run-cli';

describe('--format csv', () => {
  it('writes the input rows unchanged plus Rapport\'s columns, with the input\'s BOM, re-readable', async () => {
    const { code, stdout } = await run(['score', 'hootsuite.csv', '--format', 'csv'], { cwd: calendars });
    expect(code).toBe(0);
    expect(stdout.startsWith('\ufeff')).toBe(true);
    const rows = parse(stdout.slice(1)) as string[][];
    expect(rows[0]).toEqual(['Date', 'Network', 'Message', 'Link', ...RAPPORT_COLUMNS]);
    expect(rows).toHaveLength(8);
    const jsonl = jsonLines((await run(['score', 'hootsuite.csv'], { cwd: calendars })).stdout);
    rows.slice(1).forEach((row, index) => {
      const record = jsonl[index] as Record<string, unknown>;
      expect(row.slice(0, 2)).toEqual([record.Date, record.Network]);
      expect(row[RAPPORT_COLUMNS.indexOf('rapport_status') + 4]).toBe(record.status === 'scored' ? 'scored' : 'nothing to score');
      expect(row[RAPPORT_COLUMNS.indexOf('rapport_reciprocity') + 4]).toBe(record.status === 'scored' ? String(record.reciprocity) : '');
    });
    expect(rows[1]?.[2]).toBe("What is the one repair you wish you had learned sooner? We'll make a how-to for the top answer.\nReply below 👇");
    expect(rows[5]?.[RAPPORT_COLUMNS.indexOf('rapport_network') + 4]).toBe('LinkedIn');
    expect(rows[5]?.[RAPPORT_COLUMNS.indexOf('rapport_notes') + 4]).toBe('');
  });

  it('keeps a semicolon file semicolon-delimited and lists unreadable rows with their line', async () => {
    const { stdout } = await run(['score', '-', '--format', 'csv'], { stdin: 'Datum;Message\n1;Hallo, what is new?\n2;"never closed\n3;Danke!\n' });
    const rows = parse(stdout, { delimiter: ';' }) as string[][];
    expect(rows.map((row) => [row[0], row[2], row[4]])).toEqual([
      ['Datum', 'rapport_line', 'rapport_status'],
      ['1', '2', 'scored'],
      ['', '3', 'unreadable'],
      ['3', '4', 'scored'],
    ]);
  });

  it('takes JSONL input\'s columns from its first record', async () => {
    const { stdout, stderr } = await run(['score', '-', '--format', 'csv'], { stdin: '{"id":1,"text":"Hi?"}\n{"id":2,"text":"Yo","extra":true}\n' });
    const rows = parse(stdout) as string[][];
    expect(rows[0]).toEqual(['id', 'text', ...RAPPORT_COLUMNS]);
    expect(rows[2]?.slice(0, 2)).toEqual(['2', 'Yo']);
    expect(stderr).toMatch(/fields such as "extra" on line 2 are left out/);
  });
});

describe('--format markdown', () => {
  it('is a heading, a table with a row per record and a summary', async () => {
    const { stdout } = await run(['score', 'later.csv', '--format', 'markdown'], { cwd: calendars });
    expect(stdout).toMatch(/^# Rapport report: later\.csv\n\nPreset: Neutral\./);
    expect(stdout).toContain('| Line | Network | Reciprocity | Voice | Post | Issues and notes |');
    expect(stdout.split('\n').filter((line) => /^\| \d+ \|/.test(line))).toHaveLength(4);
    expect(stdout).toMatch(/## Summary\n\n- 4 posts: 3 scored, 1 not scored \(nothing to score: 1\)/);
  });
});

describe('--format html', () => {
  it('is one self-contained page: no external reference, a CSP that forbids every request, inline code pinned by hash', async () => {
    const { code, stdout } = await run(['score', 'hootsuite.csv', '--format', 'html'], { cwd: calendars });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    const policy = await contentSecurityPolicy();
    expect(stdout).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}">`);
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[\w+/=]+'; script-src 'sha256-[\w+/=]+'/);
    expect(stdout).not.toMatch(/\b(?:src|href|action|srcset)=/i);
    expect(stdout).not.toMatch(/url\(|@import/);
  });

  it('has the summary, per-network figures, the chart and every post with scores and hints', async () => {
    const { stdout } = await run(['score', 'hootsuite.csv', '--format', 'html'], { cwd: calendars });
    expect(stdout).toMatch(/<div class="label">Posts<\/div><div class="value">7<\/div><div class="detail">6 scored · 1 not scored · 0 unreadable/);
    expect(stdout).toMatch(/<table class="networks">.*<td>X<\/td><td>4<\/td><td>4<\/td>.*<td>Facebook<\/td><td>2<\/td><td>1<\/td>.*<td>LinkedIn<\/td><td>1<\/td><td>1<\/td>/s);
    expect(stdout.match(/<rect class="series-(reciprocity|voice)"/g)).toHaveLength(20);
    expect(stdout.match(/<tr class="(scored|declined|unreadable)"/g)).toHaveLength(7);
    expect(stdout).toMatch(/<tr class="scored" data-line="6" data-reciprocity="\d+" data-voice="\d+">/);
    expect(stdout).toContain('1 post was not scored (nothing to score) and is left out of the means.');
    expect(stdout).toContain('<button type="button" data-sort="reciprocity">Reciprocity</button>');
  });

  it('underlines each hint\'s range (UTF-16 offsets, astral characters included) and numbers it', () => {
    const text = '👋🏽 Buy now, what do you think?';
    const report = scored(text);
    const html = underlinedText(text, report.hints);
    const marked = [...html.matchAll(/<span class="mark (issue|strength)" data-hints="([\d ]+)">([^<]*)<\/span>/g)];
    for (const [index, hint] of report.hints.entries()) {
      const covering = marked.filter((match) => match[2]?.split(' ').includes(String(index + 1))).map((match) => match[3]).join('');
      expect(covering).toBe(text.slice(hint.range.start, hint.range.end));
    }
    expect(html.replace(/<sup[^>]*>\d+<\/sup>/g, '').replace(/<[^>]+>/g, '')).toBe(text);
  });

  it('refuses a file too big for a report before reading it, and says what to use instead', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rapport-html-'));
    const big = join(directory, 'big.csv');
    writeFileSync(big, 'text\n');
    truncateSync(big, MAX_HTML_INPUT_BYTES + 1);
    const { code, stdout, stderr } = await run(['score', big, '--format', 'html']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/big\.csv is 25 MB; an HTML report holds at most 10,000 posts\. Use --format csv, jsonl or markdown for a calendar this size, or split it/);
  });

  it('stops taking posts past its limit (standard input has no size to check first)', () => {
    const writer = htmlWriter(stdoutSink({ write: () => true }), () => new Date(0), 2);
    writer.begin({ inputName: '-', kind: 'jsonl', preset: NEUTRAL_PRESET, writeBom: false });
    const post = { line: 1, error: 'x' };
    writer.write(post);
    writer.write(post);
    expect(() => writer.write(post)).toThrow(OutputRefused);
    expect(() => writer.write(post)).toThrow(/the input has more than 2 records; an HTML report holds at most 10,000 posts/);
  });
});
