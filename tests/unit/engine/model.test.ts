import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine';
import { scored } from '../../scored';
import { AXIS_BASE, pointsOf, squash } from '../../../src/engine/score';
import { rules } from '../../../src/engine/rules';

const samples = [
  'Hello',
  "We're excited to announce our new app! Download now, limited time only. #app #new #launch",
  "@115747 Sorry about that! I'm looking into it now. Can you tell me which device you're on? ^JS",
  'Acme is proud to utilize best-in-class solutions. We apologize for any inconvenience.',
];

describe('the scoring model', () => {
  it.each(['', '   \n ', '🎉🎉🎉', 'https://example.com/a', '@jules_p', '#launch #new'])('declines “%s”: nothing to score yet, no scores, no hints', (text) => {
    const report = score(text);
    expect(report.status).toBe('nothing-to-score');
    expect(report.hints).toEqual([]);
    expect('reciprocity' in report).toBe(false);
  });

  it.each(samples)('gives integer scores in 0–100 for “%s”', (text) => {
    const report = scored(text);
    for (const axis of ['reciprocity', 'voice'] as const) {
      expect(Number.isInteger(report[axis])).toBe(true);
      expect(report[axis]).toBeGreaterThanOrEqual(0);
      expect(report[axis]).toBeLessThanOrEqual(100);
    }
  });

  it.each(samples)('explains the score: base plus contributions, squashed, gives it (“%s”)', (text) => {
    const report = scored(text);
    for (const axis of ['reciprocity', 'voice'] as const) {
      const { base, contributions, summary } = report.breakdown[axis];
      expect(base).toBe(AXIS_BASE[axis]);
      const raw = base + contributions.reduce((sum, entry) => sum + entry.points, 0);
      expect(Math.abs(squash(raw) - report[axis])).toBeLessThan(1);
      expect(summary.length).toBeGreaterThan(0);
    }
  });

  it('gives strengths positive impact and issues negative impact, sorted by position', () => {
    const report = scored(samples[2]!);
    for (const hint of report.hints) expect(Math.sign(hint.impact)).toBe(hint.kind === 'strength' ? 1 : -1);
    const starts = report.hints.map((hint) => hint.range.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('saturates: one phrase repeated cannot pass the rule’s points', () => {
    const once = scored('Leverage it.').breakdown.voice.contributions.find((entry) => entry.rule === 'jargon')!.points;
    const many = scored('Leverage it. '.repeat(50)).breakdown.voice.contributions.find((entry) => entry.rule === 'jargon')!.points;
    expect(many).toBeLessThan(0);
    expect(Math.abs(many)).toBeLessThanOrEqual(pointsOf(rules.find((rule) => rule.id === 'jargon')!, 'issue'));
    expect(Math.abs(many)).toBeGreaterThan(Math.abs(once));
  });

  it('summarises a one-way announcement', () => {
    expect(scored("We're excited to announce our new store.").breakdown.reciprocity.summary).toBe('one-way announcement; no question for the reader');
  });

  it('fills in stats', () => {
    const stats = scored('Hi @ann, see #one and #two at https://example.com/x 😀. Ready?').stats;
    expect(stats).toMatchObject({ hashtags: 2, links: 1, mentions: 1, emoji: 1, sentences: 2, maxLength: 280 });
    expect(stats.weightedLength).toBeGreaterThan(0);
    expect(stats.words).toBeGreaterThan(3);
    expect(stats.readingGrade).toBeGreaterThanOrEqual(0);
  });
});
