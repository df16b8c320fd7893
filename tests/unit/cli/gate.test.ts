// --fail-under: the gate a scheduling pipeline runs before posting.
import { describe, expect, it } from 'vitest';
import { parseGate } from '../../../src/cli/score/gate';
import { scored } from '../../scored';
import { calendars, run } from './run-cli';

describe('--fail-under', () => {
  it('parses axis=score pairs, recip or reciprocity, in any order', () => {
    expect(parseGate('recip=60,voice=55')).toEqual({ ok: true, gate: { reciprocity: 60, voice: 55 } });
    expect(parseGate(' Voice = 40 ')).toEqual({ ok: true, gate: { voice: 40 } });
    expect(parseGate('reciprocity=0')).toEqual({ ok: true, gate: { reciprocity: 0 } });
  });

  it('exits 3 and lists every post below a floor, with its line, scores and start', async () => {
    const { code, stderr, stdout } = await run(['score', 'hootsuite.csv', '--fail-under', 'recip=60,voice=60'], { cwd: calendars });
    expect(code).toBe(3);
    expect(stdout.trim().split('\n')).toHaveLength(7);
    const sale = scored('FLASH SALE!!! 30% off ALL helmets. Limited time only. Buy now before they\'re gone! #sale #deal #bikes #cycling #offer');
    expect(stderr).toContain(`  line 6: reciprocity ${sale.reciprocity}, voice ${sale.voice} — FLASH SALE!!! 30% off ALL helmets.`);
    expect(stderr).toMatch(/line 7: reciprocity \d+, voice \d+ — We are proud to announce/);
    expect(stderr).toMatch(/rapport: 2 posts are below --fail-under reciprocity 60, voice 60:\n/);
    // The question, the thank-you, the anniversary post and the care reply pass; the empty post has no scores, so it cannot fail the gate.
    expect(stderr).not.toMatch(/line [23458]:/);
  });

  it('exits 0 when every scored post passes, and says so in the table', async () => {
    const { code, stdout } = await run(['score', 'hootsuite.csv', '--fail-under', 'recip=10', '--format', 'table'], { cwd: calendars });
    expect(code).toBe(0);
    expect(stdout).toMatch(/--fail-under reciprocity 10: every scored post passes/);
  });

  it('reports unreadable records first: exit 1 beats exit 3, since the gate did not see every post', async () => {
    const { code, stderr } = await run(['score', '-', '--fail-under', 'voice=99'], { stdin: '{"text":"Buy now!"}\nnot json\n' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/1 record could not be read/);
    expect(stderr).toMatch(/1 post is below --fail-under voice 99/);
  });
});
