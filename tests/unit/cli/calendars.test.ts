// The exports social teams have, read as they come: each tool's columns, per-row networks, a
// semicolon file from a comma-decimal Excel, UTF-16 and Windows-1252 files, CSV on standard input.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scored, scoredIn } from '../../scored';
import { calendars, jsonLines, run } from './run-cli';

const calendar = (name: string) => readFileSync(resolve(calendars, name), 'utf8').replace(/^\ufeff/, '');

describe('example exports', () => {
  it('Hootsuite: "Message" and "Network" columns, quoted fields, CRLF between rows and LF inside a post, a BOM', async () => {
    const { code, stdout, stderr } = await run(['score', 'hootsuite.csv'], { cwd: calendars });
    expect(code).toBe(0);
    expect(stderr).toBe('rapport: hootsuite.csv: posts from column "Message", networks from "Network"\n');
    const records = jsonLines(stdout);
    expect(records.map((record) => [record.Network, record.scoredFor])).toEqual([
      ['Twitter', 'x'],
      ['Facebook Page', 'facebook'],
      ['X', 'x'],
      ['Twitter', 'x'],
      ['LinkedIn', 'linkedin'],
      ['Facebook Page', 'facebook'],
      ['Twitter', 'x'],
    ]);
    const twoLines = "What is the one repair you wish you had learned sooner? We'll make a how-to for the top answer.\nReply below 👇";
    expect(records[0]).toMatchObject({ Date: '2026-12-01 09:00', Link: 'https://example.com/workshop', reciprocity: scored(twoLines).reciprocity, hints: scored(twoLines).hints });
  });

  it('Hootsuite: a long Facebook post is held to Facebook\'s limit, not X\'s 280', async () => {
    const { stdout } = await run(['score', 'hootsuite.csv'], { cwd: calendars });
    const facebookPost = jsonLines(stdout)[1] as { hints: Array<{ rule: string }>; scoredFor: string };
    expect(facebookPost.scoredFor).toBe('facebook');
    expect(facebookPost.hints.map((hint) => hint.rule)).not.toContain('length');
    const asIfX = await run(['score', 'hootsuite.csv', '--network', 'x'], { cwd: calendars });
    expect((jsonLines(asIfX.stdout)[1] as { hints: Array<{ rule: string }> }).hints.map((hint) => hint.rule)).toContain('length');
  });

  it('Hootsuite: the LinkedIn row is scored with LinkedIn\'s limits, with no note', async () => {
    const { stdout } = await run(['score', 'hootsuite.csv'], { cwd: calendars });
    const linkedIn = jsonLines(stdout)[4]!;
    const post = 'We are proud to announce that Mill Street Cycles has leveraged best-in-class solutions to optimize our end-to-end customer journey.';
    expect(linkedIn).toMatchObject({ Network: 'LinkedIn', scoredFor: 'linkedin', hints: scoredIn(post, 'linkedin').hints });
    expect(linkedIn).not.toHaveProperty('notes');
  });

  it('a network Rapport does not know gets a note and the default network', async () => {
    const { stdout } = await run(['score', '-', '--input', 'csv'], { stdin: 'Network,Message\nTikTok,What should we film next?\n' });
    expect(jsonLines(stdout)[0]).toMatchObject({
      Network: 'TikTok',
      scoredFor: 'x',
      notes: ['network "TikTok" is not one Rapport knows (X, Facebook, LinkedIn, Bluesky, Mastodon, Threads, Instagram); scored with X\'s limits; choose another with --network'],
    });
  });

  it('Hootsuite: the empty post is "nothing to score" and left out of the means', async () => {
    const { stdout } = await run(['score', 'hootsuite.csv', '--format', 'table'], { cwd: calendars });
    expect(stdout).toMatch(/^\s+8\s+Facebook\s+–\s+–\s*\n\s+- Nothing to score yet/m);
    const { stdout: jsonl } = await run(['score', 'hootsuite.csv'], { cwd: calendars });
    const scores = jsonLines(jsonl).filter((record) => record.status === 'scored');
    expect(scores).toHaveLength(6);
    const mean = (axis: string) => Math.round(scores.reduce((sum, record) => sum + (record[axis] as number), 0) / scores.length);
    expect(stdout).toMatch(new RegExp(`7 posts: 6 scored, 1 not scored \\(nothing to score: 1\\); mean reciprocity ${mean('reciprocity')}, mean voice ${mean('voice')}`));
  });

  it('Buffer: the "Text" column, LF line ends, one channel per file (--network)', async () => {
    const { code, stdout, stderr } = await run(['score', 'buffer.csv', '--network', 'facebook'], { cwd: calendars });
    expect(code).toBe(0);
    expect(stderr).toBe('rapport: buffer.csv: posts from column "Text"\n');
    const records = jsonLines(stdout);
    expect(records).toHaveLength(4);
    expect(records.every((record) => record.scoredFor === 'facebook')).toBe(true);
    expect(records[1]).toMatchObject({ 'Image URL': '', Tags: 'tips, brakes', 'Posting Time': '12/2/26 9:00' });
  });

  it('Sprout Social: the bulk-scheduling "message_text" column', async () => {
    const { code, stdout } = await run(['score', 'sprout-social.csv'], { cwd: calendars });
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    expect(records.map((record) => record.time_24hr)).toEqual(['09:00', '13:00', '09:00', '16:00']);
    expect(records[1]?.hints).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'boilerplate' })]));
  });

  it('Later: "Caption" and "Profile Type"; Instagram rows are scored for Instagram, an emoji-only caption is not scored', async () => {
    const { code, stdout, stderr } = await run(['score', 'later.csv', '--format', 'table'], { cwd: calendars });
    expect(code).toBe(0);
    expect(stderr).toBe('rapport: later.csv: posts from column "Caption", networks from "Profile Type"\n');
    expect(stdout).not.toMatch(/not one Rapport knows/);
    expect(stdout).toMatch(/4 posts: 3 scored, 1 not scored \(nothing to score: 1\)/);
    const { stdout: jsonl } = await run(['score', 'later.csv'], { cwd: calendars });
    expect(jsonLines(jsonl).map((record) => record.scoredFor)).toEqual(['instagram', 'facebook', 'x', 'instagram']);
  });

  it('--column still picks the column by hand, ignoring case and underscores', async () => {
    const { stdout, stderr } = await run(['score', 'sprout-social.csv', '--column', 'Message Text'], { cwd: calendars });
    expect(stderr).toBe('');
    expect(jsonLines(stdout)).toHaveLength(4);
  });

  it('names the columns it has when none holds posts', async () => {
    const { code, stderr, stdout } = await run(['score', '-', '--input', 'csv'], { stdin: 'Date,Time,Link\n2026-01-01,09:00,https://example.com\n' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no column of posts in the header \(columns: "Date", "Time", "Link"\); Rapport looks for "text", "message".*Name the column with --column NAME/);
  });
});

describe('CSV the way it arrives', () => {
  it('reads CSV piped on standard input, sniffed from its first line', async () => {
    const { code, stdout } = await run(['score', '-'], { stdin: calendar('buffer.csv') });
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toHaveLength(4);
  });

  it('reads CSV on standard input with --input csv even when the first cell starts with "{"', async () => {
    const { stdout } = await run(['score', '-', '--input', 'csv'], { stdin: '{id},text\n1,Hello there?\n' });
    expect(jsonLines(stdout)[0]).toMatchObject({ '{id}': '1', status: 'scored' });
  });

  it('reads a semicolon-delimited file (Excel where the decimal mark is a comma)', async () => {
    const semicolons = 'Datum;Network;Message\r\n01.12.2026;Twitter;"Guten Morgen, what should we fix first?"\r\n02.12.2026;Facebook;Price: 4,50 € for a tube. Questions?\r\n';
    const { code, stdout } = await run(['score', '-'], { stdin: semicolons });
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    expect(records.map((record) => [record.Datum, record.scoredFor])).toEqual([
      ['01.12.2026', 'x'],
      ['02.12.2026', 'facebook'],
    ]);
    expect(records[1]?.reciprocity).toBe(scoredIn('Price: 4,50 € for a tube. Questions?', 'facebook').reciprocity);
  });

  it('reads a tab-delimited UTF-16LE file with a BOM (Excel "Unicode text")', async () => {
    const text = 'Network\tPost\r\nFacebook\tThank you, Zoë! Which café should we visit next?\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { code, stdout } = await run(['score', '-'], { stdin: bytes });
    expect(code).toBe(0);
    expect(jsonLines(stdout)[0]).toMatchObject({ Network: 'Facebook', scoredFor: 'facebook', reciprocity: scoredIn('Thank you, Zoë! Which café should we visit next?', 'facebook').reciprocity });
  });

  it('reads UTF-16BE with a BOM and UTF-16LE without one', async () => {
    const text = 'text\nWhat would you add?\n';
    const swapped = Buffer.from(text, 'utf16le').swap16();
    for (const bytes of [Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]), Buffer.from(text, 'utf16le')]) {
      const { stdout } = await run(['score', '-'], { stdin: bytes });
      expect(jsonLines(stdout)[0]).toMatchObject({ status: 'scored', reciprocity: scored('What would you add?').reciprocity });
    }
  });

  it('reads Windows-1252 (Excel "CSV" on Western Windows), curly quotes and euro sign included, and says so', async () => {
    // “Thanks” – café €5 in Windows-1252.
    const bytes = Buffer.concat([Buffer.from('text\n'), Buffer.from([0x93, 0x54, 0x68, 0x61, 0x6e, 0x6b, 0x73, 0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35, 0x3f]), Buffer.from('\n')]);
    const { stdout, stderr } = await run(['score', '-'], { stdin: bytes });
    expect(stderr).toMatch(/standard input: not UTF-8 text; read as Windows-1252/);
    expect(jsonLines(stdout)[0]?.reciprocity).toBe(scored('“Thanks” – café €5?').reciprocity);
  });

  it('keeps going after a malformed row, naming its line, and reads the rows after an unclosed quote', async () => {
    const csv = 'Network,Message\nX,"Good morning, who is riding Sunday?"\nX,"this quote is never closed\nFacebook,Thanks to everyone who came!\nX,too,many,fields\nX,Last one: what should we fix?\n';
    const { code, stdout, stderr } = await run(['score', '-'], { stdin: csv });
    expect(code).toBe(1);
    expect(jsonLines(stdout)).toEqual([
      expect.objectContaining({ status: 'scored', Network: 'X' }),
      { line: 3, error: 'line 3: a quoted field opened on line 3 is never closed (the row is skipped; reading goes on at line 4)' },
      expect.objectContaining({ Network: 'Facebook', status: 'scored' }),
      { line: 5, error: 'line 5: expected 2 fields as in the header, found 4' },
      expect.objectContaining({ Network: 'X', status: 'scored' }),
    ]);
    expect(stderr).toMatch(/2 records could not be read/);
  });
});
