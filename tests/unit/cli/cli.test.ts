// The CLI end to end in-process: JSONL and CSV in, each format out, exit codes and messages.
import { join, resolve } from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../../src/cli/main';
import { networkIds } from '../../../src/networks';
import { findBuiltinPreset } from '../../../src/presets/builtins';
import { parsePresetFile } from '../../../src/presets/schema';
import { scored, scoredIn } from '../../scored';
import { jsonLines, presetFixtures, run } from './run-cli';

describe('rapport score, JSONL', () => {
  it('scores JSONL in order, echoing other fields, with errors named by line, and exits 1', async () => {
    const { code, stdout, stderr } = await run(['score', 'posts.jsonl']);
    const records = jsonLines(stdout);
    expect(records).toHaveLength(5);
    const first = scored('We are thrilled to announce our new app. Buy now!');
    expect(records[0]).toEqual({ id: 1, channel: 'x', status: 'scored', language: 'en', scoredFor: 'x', reciprocity: first.reciprocity, voice: first.voice, hints: first.hints });
    expect(records[1]).toMatchObject({ id: 2, channel: 'facebook', scoredFor: 'facebook' });
    expect(records[2]).toEqual({ line: 4, error: expect.stringMatching(/^line 4: not valid JSON/) });
    expect(records[3]).toEqual({ line: 5, error: expect.stringMatching(/^line 5: no post text: expected a post field \("text", "message"/) });
    expect(records[4]).toMatchObject({ id: 5, reciprocity: expect.any(Number), voice: expect.any(Number), hints: expect.any(Array) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/2 records could not be read/);
  });

  it('reads JSONL from stdin with -, including CRLF line ends and a BOM', async () => {
    const { code, stdout } = await run(['score', '-'], { stdin: '\ufeff{"text":"Hello there?"}\r\n{"text":"Second"}\r\n' });
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((record) => record.reciprocity)).toEqual([scored('Hello there?').reciprocity, scored('Second').reciprocity]);
  });

  it('finds the post in another post field ("message") and the network in "platform"', async () => {
    const text = 'Tell us: what should we fix first?';
    const { stdout } = await run(['score', '-'], { stdin: JSON.stringify({ id: 'a', message: text, platform: 'Facebook Page' }) });
    const expected = scoredIn(text, 'facebook');
    expect(jsonLines(stdout)[0]).toEqual({ id: 'a', platform: 'Facebook Page', status: 'scored', language: 'en', scoredFor: 'facebook', reciprocity: expected.reciprocity, voice: expected.voice, hints: expected.hints });
  });

  it('says which type was wrong for a non-string text or a non-object line', async () => {
    const { stdout } = await run(['score', '-'], { stdin: '{"text": 5}\n[1]\n' });
    expect(jsonLines(stdout)).toEqual([
      { line: 1, error: 'line 1: "text" must be text, got number' },
      { line: 2, error: expect.stringMatching(/^line 2: expected a JSON object with a post field/) },
    ]);
  });

  it('echoes a "__proto__" field as data without changing the record', async () => {
    const { stdout } = await run(['score', '-'], { stdin: '{"text":"Hi all?","__proto__":{"status":"forged"}}\n' });
    const [record] = jsonLines(stdout);
    expect(record?.status).toBe('scored');
    expect(Object.hasOwn(record ?? {}, '__proto__')).toBe(true);
  });

  it('reports a declined (nothing to score) record with its message and no scores', async () => {
    const { code, stdout } = await run(['score', '-'], { stdin: '{"text":""}\n{"text":"   "}\n' });
    expect(code).toBe(0);
    for (const record of jsonLines(stdout)) {
      expect(record).toMatchObject({ status: 'nothing-to-score', message: expect.any(String), hints: [] });
      expect(record).not.toHaveProperty('reciprocity');
    }
  });
});

describe('rapport score, presets and networks', () => {
  it('scores with a built-in preset by name and --network, which overrides every row', async () => {
    const text = 'Sorry about that, we will fix it.';
    const { stdout } = await run(['score', '-', '--preset', 'Customer care', '--network', 'facebook'], { stdin: JSON.stringify({ text, network: 'Twitter' }) });
    const expected = scoredIn(text, 'facebook', { preset: findBuiltinPreset('customer-care') });
    expect(jsonLines(stdout)[0]).toMatchObject({ scoredFor: 'facebook', reciprocity: expected.reciprocity, voice: expected.voice, hints: expected.hints });
  });

  it('accepts network names people write with --network (Twitter, Facebook Page)', async () => {
    for (const [name, id] of [
      ['Twitter', 'x'],
      ['Facebook Page', 'facebook'],
      ['X (Twitter)', 'x'],
      ['LinkedIn Page', 'linkedin'],
      ['bsky', 'bluesky'],
      ['mastodon.social', 'mastodon'],
      ['Insta', 'instagram'],
      ['Threads', 'threads'],
    ] as const) {
      const { code, stdout } = await run(['score', '-', '--network', name], { stdin: '{"text":"Hello?"}' });
      expect(code).toBe(0);
      expect(jsonLines(stdout)[0]?.scoredFor).toBe(id);
    }
  });

  it('scores each network in the registry with its own limits and way of counting length', async () => {
    // 442 characters and a 140-character link: over X's 280 (the link weighs 23) and Bluesky's 300
    // graphemes, and over Threads' 500; Mastodon counts the link as 23 (465 of 500).
    const text = `What would you fix first? ${'Our workshop opens on Saturday and you are welcome. '.repeat(8)}https://example.com/${'a'.repeat(120)}`;
    const overLength: string[] = [];
    for (const id of networkIds) {
      const { code, stdout } = await run(['score', '-', '--network', id], { stdin: JSON.stringify({ text }) });
      expect(code).toBe(0);
      const record = jsonLines(stdout)[0] as { scoredFor: string; hints: Array<{ rule: string }> };
      expect(record.scoredFor).toBe(id);
      expect(record.hints).toEqual(scoredIn(text, id).hints);
      if (record.hints.some((hint) => hint.rule === 'length')) overLength.push(id);
    }
    expect(overLength).toEqual(['x', 'bluesky', 'threads']);
  });

  it('scores with a preset file, validated by the same code as preset validate', async () => {
    const text = 'Your ticket is escalated. Buy now!';
    const { stdout } = await run(['score', '-', '--preset', resolve(presetFixtures, 'acme-care.preset.json')], { stdin: JSON.stringify({ text }) });
    const preset = parsePresetFile(readFileSync(resolve(presetFixtures, 'acme-care.preset.json'), 'utf8'));
    if (!preset.ok) throw new Error('fixture must be valid');
    expect(jsonLines(stdout)[0]?.hints).toEqual(scored(text, preset.preset).hints);
  });

  it('stops before scoring when the preset file is invalid, listing each problem', async () => {
    const { code, stdout, stderr } = await run(['score', 'posts.jsonl', '--preset', resolve(presetFixtures, 'invalid/wrong-type.preset.json')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/thresholds\.voice\.ok: expected a number, got the text "high"/);
  });

  it('says when --preset is neither a built-in nor a file, suggesting the closest built-in', async () => {
    const { code, stderr } = await run(['score', 'posts.jsonl', '--preset', 'custmer-care']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/"custmer-care" is neither a built-in preset \(neutral, community-manager, customer-care, b2b-executive\) nor a file; did you mean "customer-care"\?/);
  });
});

describe('rapport score, files', () => {
  it('reports a missing input file in plain words', async () => {
    const { code, stderr, stdout } = await run(['score', 'nope.jsonl']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('rapport: no such file: nope.jsonl\n');
  });

  it('reports a folder given as the input in plain words', async () => {
    const { code, stderr } = await run(['score', '.']);
    expect(code).toBe(1);
    expect(stderr).toBe('rapport: . is a folder, not a file\n');
  });

  it('writes --output atomically and says so plainly when the folder is missing', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rapport-out-'));
    const target = join(directory, 'report.md');
    const written = await run(['score', 'posts.jsonl', '--format', 'markdown', '--output', target]);
    expect(written.code).toBe(1);
    expect(written.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toMatch(/^# Rapport report: posts\.jsonl/);
    const missing = await run(['score', 'posts.jsonl', '--output', join(directory, 'no/such/folder/out.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot write .*out\.jsonl: its folder does not exist/);
  });
});

describe('rapport usage', () => {
  it.each([
    [[], /no command given/],
    [['launch'], /unknown command "launch"/],
    [['scroe', 'x.csv'], /unknown command "scroe"; did you mean score\?/],
    [['score'], /exactly one FILE/],
    [['score', '-', '--format', 'xml'], /--format must be jsonl, table, csv, markdown, html, not "xml"/],
    [['score', '-', '--format', 'tabel'], /not "tabel"; did you mean table\?/],
    [['score', '-', '--fromat', 'table'], /unknown option "--fromat"; did you mean --format\?/],
    [['score', '-', '--colour'], /unknown option "--colour"/],
    [['score', '-', '--format'], /--format needs a value/],
    [['score', '-', '--network', 'myspace'], new RegExp(`--network must name one of ${networkIds.join(', ')} `)],
    [['score', '-', '--network', 'facebok'], /did you mean facebook\?/],
    [['score', '-', '--fail-under', 'recip=sixty'], /--fail-under takes AXIS=SCORE pairs such as recip=60,voice=60/],
    [['score', '-', '--fail-under', 'reciprocty=60'], /"reciprocty" is not an axis \(recip or voice\); did you mean reciprocity\?/],
    [['score', '-', '--fail-under', 'voice=120'], /above 100/],
    [['score', '-', '--delimiter', 'x'], /--delimiter must be/],
    [['score', '-', '--input', 'xlsx'], /--input must be csv or jsonl/],
    [['preset'], /preset needs a command/],
    [['preset', 'validate'], /preset needs a command/],
    [['preset', 'valdate', 'x.json'], /unknown preset command "valdate"; did you mean validate\?/],
  ])('%j → one line on stderr and a pointer to --help, exit 2', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Run "rapport --help" for the commands and options\.\n$/);
  });

  it('refuses to print an HTML report onto a terminal', async () => {
    const { code, stderr } = await run(['score', 'posts.jsonl', '--format', 'html'], { stdoutIsTTY: true });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format html writes a file: add --output report\.html/);
  });

  it.each([[['--help']], [['-h']], [['help']], [['score', '--help']]])('%j prints usage on stdout, exit 0', async (args) => {
    const { code, stdout } = await run(args);
    expect(code).toBe(0);
    expect(stdout).toBe(USAGE);
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string };
    expect((await run(['--version'])).stdout).toBe(`${version}\n`);
  });
});

describe('rapport preset', () => {
  it('validate: exit 0 and a summary for a good file', async () => {
    const { code, stdout, stderr } = await run(['preset', 'validate', 'acme-care.preset.json'], { cwd: presetFixtures });
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
    ['missing.preset.json', /\(file\): no such file: missing.preset.json/],
    ['invalid', /\(file\): invalid is a folder, not a file/],
  ])('validate %s: exit 1 and each problem with its path', async (name, message) => {
    const { code, stdout, stderr } = await run(['preset', 'validate', name], { cwd: presetFixtures });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('validate passes a file with unknown fields but warns about each', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
    writeFileSync(join(directory, 'typo.json'), JSON.stringify({ version: 1, name: 'Typo', tresholds: { voice: { ok: 80 } } }));
    const { code, stdout, stderr } = await run(['preset', 'validate', 'typo.json'], { cwd: directory });
    expect(code).toBe(0);
    expect(stdout).toMatch(/typo.json: valid/);
    expect(stderr).toBe('  warning: tresholds: unknown field, ignored\n');
  });

  it('validate refuses a 10 MB file without reading it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
    writeFileSync(join(directory, 'huge.json'), Buffer.alloc(10 * 1024 * 1024, 0x20));
    const { code, stderr } = await run(['preset', 'validate', 'huge.json'], { cwd: directory });
    expect(code).toBe(1);
    expect(stderr).toMatch(/\(file\): the file is 10.0 MB; preset files are limited to 1 MB/);
  });

  it('list and show print the built-ins; show output validates back to the same preset', async () => {
    const list = await run(['preset', 'list']);
    expect(list.stdout).toMatch(/^customer-care\s+Customer care$/m);
    const shown = await run(['preset', 'show', 'b2b-executive']);
    expect(parsePresetFile(shown.stdout)).toEqual({ ok: true, preset: findBuiltinPreset('b2b-executive'), warnings: [] });
    const missing = await run(['preset', 'show', 'b2b-exec']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no built-in preset "b2b-exec"; did you mean b2b-executive\?/);
  });
});
