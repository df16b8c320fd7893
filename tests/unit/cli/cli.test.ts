// The CLI run in-process with fake streams: fast, and the same code path as the built file.
import { Readable } from 'node:stream';
import { join, resolve } from 'node:path';
import { networkIds } from '../../../src/networks';
import { describe, expect, it } from 'vitest';
import { runCli, USAGE } from '../../../src/cli/main';
import { scored, scoredIn } from '../../scored';
import { findBuiltinPreset } from '../../../src/presets/builtins';
import { parsePresetFile } from '../../../src/presets/schema';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const fixtures = resolve(import.meta.dirname, 'fixtures');
const presetFixtures = resolve(import.meta.dirname, '../../fixtures/presets');

async function run(args: string[], stdin = '', cwd = fixtures) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdin: Readable.from([stdin]),
    stdout: { write: (chunk) => out.push(chunk) > 0 },
    stderr: { write: (chunk) => err.push(chunk) > 0 },
    cwd,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const jsonLines = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('rapport score', () => {
  it('scores JSONL in order, echoing other fields, with errors named by line, and exits 1', async () => {
    const { code, stdout, stderr } = await run(['score', 'posts.jsonl']);
    const records = jsonLines(stdout);
    expect(records).toHaveLength(5);
    const first = scored('We are thrilled to announce our new app. Buy now!');
    expect(records[0]).toEqual({ id: 1, channel: 'x', status: 'scored', language: 'en', reciprocity: first.reciprocity, voice: first.voice, hints: first.hints });
    expect(records[1]).toMatchObject({ id: 2, channel: 'facebook' });
    expect(records[2]).toEqual({ line: 4, error: expect.stringMatching(/^line 4: not valid JSON/) });
    expect(records[3]).toEqual({ line: 5, error: 'line 5: no "text" field' });
    expect(records[4]).toMatchObject({ id: 5, reciprocity: expect.any(Number), voice: expect.any(Number), hints: expect.any(Array) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/2 records could not be scored/);
  });

  it('reads JSONL from stdin with -, including CRLF line ends and a BOM', async () => {
    const stdin = '\ufeff{"text":"Hello there?"}\r\n{"text":"Second"}\r\n';
    const { code, stdout } = await run(['score', '-'], stdin);
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    expect(records.map((record) => record.reciprocity)).toEqual([scored('Hello there?').reciprocity, scored('Second').reciprocity]);
  });

  it('says which type was wrong for a non-string text or a non-object line', async () => {
    const { stdout } = await run(['score', '-'], '{"text": 5}\n[1]\n');
    expect(jsonLines(stdout)).toEqual([
      { line: 1, error: 'line 1: "text" must be a string, got number' },
      { line: 2, error: 'line 2: expected a JSON object with a "text" field, got a list' },
    ]);
  });

  it('reads a Hootsuite-style CSV (BOM, CRLF, quoted line breaks and quotes) with --column', async () => {
    const { code, stdout } = await run(['score', 'hootsuite.csv', '--column', 'Message']);
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    expect(records).toHaveLength(3);
    const text = "We're hiring! Tell us: what makes a great team?\r\nReply below.";
    expect(records[0]).toEqual({
      Date: '2026-12-01 09:00',
      Link: 'https://example.com/jobs',
      status: 'scored',
      language: 'en',
      reciprocity: scored(text).reciprocity,
      voice: scored(text).voice,
      hints: scored(text).hints,
    });
    expect(records[1]?.reciprocity).toBe(scored('She said "this fixed it" - thank you, Maya!').reciprocity);
  });

  it('matches the column name ignoring case (Buffer exports "Text")', async () => {
    const { code, stdout } = await run(['score', 'buffer.csv']);
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((record) => record['Scheduled At'])).toEqual(['2026-12-01T09:00:00Z', '2026-12-02T09:00:00Z']);
  });

  it('reports malformed CSV rows by line and still scores the rest', async () => {
    const { code, stdout } = await run(['score', 'sprout.csv', '--column', 'Message']);
    expect(code).toBe(1);
    expect(jsonLines(stdout)).toEqual([
      expect.objectContaining({ Network: 'X', reciprocity: expect.any(Number) }),
      { line: 3, error: 'line 3: expected 4 fields as in the header, found 6' },
      expect.objectContaining({ Network: 'Facebook', reciprocity: expect.any(Number) }),
      { line: 5, error: 'line 5: quoted field opened on line 5 is never closed' },
    ]);
  });

  it('refuses a CSV without the text column, naming the columns it has', async () => {
    const { code, stderr, stdout } = await run(['score', 'sprout.csv']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no column "text" in the header \(columns: "Network", "Profile", "Message", "Scheduled Time"\); choose one with --column NAME/);
  });

  it('scores with a built-in preset by name and a network', async () => {
    const text = 'Sorry about that, we will fix it.';
    const { stdout } = await run(['score', '-', '--preset', 'Customer care', '--network', 'facebook'], JSON.stringify({ text }));
    const expected = scoredIn(text, 'facebook', { preset: findBuiltinPreset('customer-care')! });
    expect(jsonLines(stdout)[0]).toEqual({ status: 'scored', language: 'en', reciprocity: expected.reciprocity, voice: expected.voice, hints: expected.hints });
  });

  it('scores with a preset file, validated by the same code as preset validate', async () => {
    const text = 'Your ticket is escalated. Buy now!';
    const { stdout } = await run(['score', '-', '--preset', resolve(presetFixtures, 'acme-care.preset.json')], JSON.stringify({ text }));
    const preset = parsePresetFile(readFileSync(resolve(presetFixtures, 'acme-care.preset.json'), 'utf8'));
    if (!preset.ok) throw new Error('fixture must be valid');
    expect(jsonLines(stdout)[0]?.hints).toEqual(scoredIn(text, 'x', { preset: preset.preset }).hints);
  });

  it('stops before scoring when the preset file is invalid, listing each problem', async () => {
    const { code, stdout, stderr } = await run(['score', 'posts.jsonl', '--preset', resolve(presetFixtures, 'invalid/wrong-type.preset.json')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/thresholds\.voice\.ok: expected a number, got the text "high"/);
  });

  it('says when --preset is neither a built-in nor a file', async () => {
    const { code, stderr } = await run(['score', 'posts.jsonl', '--preset', 'marketing']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/"marketing" is neither a built-in preset \(neutral, community-manager, customer-care, b2b-executive\) nor a file/);
  });

  it('prints a readable table with issues and averages', async () => {
    const { code, stdout } = await run(['score', 'hootsuite.csv', '--column', 'message', '--format', 'table']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^\s+line\s+recip\s+voice\s+text$/);
    const sale = scored('Limited time: 20% off everything. Shop now');
    expect(stdout).toContain(`    5  ${String(sale.reciprocity).padStart(5)}  ${String(sale.voice).padStart(5)}  Limited time: 20% off everything. Shop now`);
    for (const hint of sale.hints.filter((h) => h.kind === 'issue')) expect(stdout).toContain(hint.message);
    expect(stdout).toMatch(/3 scored; mean reciprocity \d+, mean voice \d+/);
  });

  it('shows errors in the table too', async () => {
    const { stdout } = await run(['score', 'posts.jsonl', '--format', 'table']);
    expect(stdout).toMatch(/\s4\s+error\s+line 4: not valid JSON/);
    expect(stdout).toMatch(/3 scored, 2 with errors/);
  });

  it('reports a missing input file without a stack trace', async () => {
    const { code, stderr } = await run(['score', 'nope.jsonl']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/rapport: reading nope.jsonl failed: ENOENT|cannot read nope.jsonl/);
  });
});

describe('rapport usage', () => {
  it.each([
    [[], /no command given/],
    [['launch'], /unknown command "launch"/],
    [['score'], /exactly one FILE/],
    [['score', 'a.txt'], /cannot tell the format of "a.txt"/],
    [['score', '-', '--format', 'xml'], /--format must be jsonl or table/],
    [['score', '-', '--network', 'myspace'], new RegExp(`--network must be one of ${networkIds.join(', ')}, not "myspace"`)],
    [['score', '-', '--colour'], /Unknown option '--colour'/],
    [['preset'], /Usage/],
    [['preset', 'validate'], /Usage/],
  ])('%j → usage on stderr, exit 2', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage:');
  });

  it.each([[['--help']], [['-h']], [['help']], [['score', '--help']]])('%j prints usage on stdout, exit 0', async (args) => {
    const { code, stdout } = await run(args);
    expect(code).toBe(0);
    expect(stdout).toBe(USAGE);
  });
});

describe('rapport preset', () => {
  it('validate: exit 0 and a summary for a good file', async () => {
    const { code, stdout, stderr } = await run(['preset', 'validate', 'acme-care.preset.json'], '', presetFixtures);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/acme-care.preset.json: valid/);
    expect(stdout).toMatch(/Acme care team \(id "acme-care"\)/);
    expect(stdout).toMatch(/voice ok 75 \/ warn 45/);
    expect(stdout).toMatch(/hard-sell ×3/);
    expect(stdout).toMatch(/sign-off:\s+required \(initials, dash-name, "\^JS", "\^MK", "– Jo", "– Mika"\)/);
  });

  it.each([
    ['invalid/wrong-type.preset.json', /thresholds\.voice\.ok: expected a number/],
    ['invalid/future-version.preset.json', /version: this preset file was made by a newer Rapport/],
    ['invalid/syntax-error.preset.json', /\(file\): not valid JSON at line 4, column 1/],
    ['invalid/unknown-rule.preset.json', /rules\.no-such-rule: unknown rule "no-such-rule"/],
    ['missing.preset.json', /no such file: missing.preset.json/],
  ])('validate %s: exit 1 and each problem with its path', async (name, message) => {
    const { code, stdout, stderr } = await run(['preset', 'validate', name], '', presetFixtures);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('validate passes a file with unknown fields but warns about each', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
    writeFileSync(join(directory, 'typo.json'), JSON.stringify({ version: 1, name: 'Typo', tresholds: { voice: { ok: 80 } } }));
    const { code, stdout, stderr } = await run(['preset', 'validate', 'typo.json'], '', directory);
    expect(code).toBe(0);
    expect(stdout).toMatch(/typo.json: valid/);
    expect(stderr).toBe('  warning: tresholds: unknown field, ignored\n');
  });

  it('validate refuses a 10 MB file without reading it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
    writeFileSync(join(directory, 'huge.json'), Buffer.alloc(10 * 1024 * 1024, 0x20));
    const { code, stderr } = await run(['preset', 'validate', 'huge.json'], '', directory);
    expect(code).toBe(1);
    expect(stderr).toMatch(/\(file\): the file is 10.0 MB; preset files are limited to 1 MB/);
  });

  it('list and show print the built-ins; show output validates back to the same preset', async () => {
    const list = await run(['preset', 'list']);
    expect(list.stdout).toMatch(/^customer-care\s+Customer care$/m);
    const shown = await run(['preset', 'show', 'b2b-executive']);
    expect(parsePresetFile(shown.stdout)).toEqual({ ok: true, preset: findBuiltinPreset('b2b-executive'), warnings: [] });
    expect((await run(['preset', 'show', 'nope'])).code).toBe(2);
  });
});
