// What the trends page and popup compute from entries: weeks (local, on the reader's first day,
// across clock changes), weekly averages with gaps, the findings that come up most, the words, the CSV.
import { describe, expect, it } from 'vitest';
import { scored } from '../../scored';
import { chartSummary, historyEntry, thisWeekAndLast, topRules, weekLine, weeklyAverages, weekStart } from '../../../src/history';
import { HISTORY_CSV_COLUMNS, historyCsv } from '../../../src/history/csv';
import { HistoryEntrySchema } from '../../../src/storage';
import * as v from 'valibot';
import { day, entry } from './entries';

const weekOf = (start: number) => new Date(start).toISOString().slice(0, 10);

describe('weeks', () => {
  it('start at local midnight on the locale’s first day', () => {
    const wednesday = day(2);
    expect(new Date(weekStart(wednesday, 1)).getDay()).toBe(1);
    expect(new Date(weekStart(wednesday, 7)).getDay()).toBe(0);
    expect(new Date(weekStart(wednesday, 1)).getHours()).toBe(0);
    expect(weekStart(day(0), 1)).toBe(weekStart(day(6), 1));
    expect(weekStart(day(7), 1)).toBeGreaterThan(weekStart(day(6), 1));
  });

  it('twelve of them, oldest first, each with its posts’ means; a week without posts is a gap, not a zero', () => {
    const now = day(7 * 11 + 3);
    const weeks = weeklyAverages([entry(day(0), { reciprocity: 40, voice: 50 }), entry(day(1), { reciprocity: 60, voice: 70 }), entry(now, { reciprocity: 90, voice: 10 }), entry(day(-1))], now);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toMatchObject({ posts: 2, reciprocity: 50, voice: 60 });
    expect(weeks.slice(1, 11).every((week) => week.posts === 0 && week.reciprocity === null && week.voice === null)).toBe(true);
    expect(weeks[11]).toMatchObject({ posts: 1, reciprocity: 90, voice: 10 });
    // Consecutive weeks are a week apart in calendar days, whatever the clock did in between.
    for (let index = 1; index < 12; index++) expect(new Date(weeks[index]!.start).getDay()).toBe(1);
  });
});

describe('the findings that come up most', () => {
  it('ranks issues by posts they fired in, and compares the recent six weeks with the six before', () => {
    const now = day(7 * 11);
    const early = [entry(day(0), { issues: { 'hard-sell': 2, jargon: 1 } }), entry(day(1), { issues: { 'hard-sell': 1 } })];
    const late = [entry(day(7 * 10), { issues: { jargon: 1 } }), entry(day(7 * 11), { issues: { jargon: 3, emoji: 1 } }), entry(day(7 * 11), {})];
    const rules = topRules([...early, ...late], now);
    expect(rules.map((rule) => rule.rule)).toEqual(['jargon', 'hard-sell', 'emoji']);
    expect(rules[0]).toMatchObject({ posts: 3, recent: { posts: 2, of: 3 }, earlier: { posts: 1, of: 2 } });
    expect(rules[1]).toMatchObject({ recent: { posts: 0, of: 3 }, earlier: { posts: 2, of: 2 } });
    expect(topRules([...early, ...late], now, { count: 1 })).toHaveLength(1);
    expect(topRules([entry(now, { strengths: { question: 1 } })], now, { kind: 'strengths' })[0]!.rule).toBe('question');
  });
});

describe('in words', () => {
  it('this week against last week, for the popup', () => {
    const now = day(9);
    expect(weekLine(thisWeekAndLast([entry(day(2), { reciprocity: 50, voice: 70 }), entry(day(8), { reciprocity: 58.4, voice: 70 })], now))).toBe(
      'This week: reciprocity 58 (up\u00a08), voice 70 (no\u00a0change) against last week.',
    );
    expect(weekLine(thisWeekAndLast([entry(day(8))], now))).toBe('This week: reciprocity 60, voice 60 from 1 post; none last week.');
    expect(weekLine(thisWeekAndLast([entry(day(2)), entry(day(3))], now))).toBe('No posts this week yet; last week: reciprocity 60, voice 60 from 2 posts.');
    expect(weekLine(thisWeekAndLast([], now))).toBe('No posts recorded this week or last.');
  });

  it('the chart’s summary: none, one week, several', () => {
    const now = day(7 * 11);
    expect(chartSummary(weeklyAverages([], now), 'on X', weekOf)).toBe('No posts recorded on X in the last 12 weeks.');
    expect(chartSummary(weeklyAverages([entry(now, { reciprocity: 71, voice: 64 })], now), '', weekOf)).toMatch(/^1 post in the last 12 weeks, all in the week of \d{4}-\d{2}-\d{2}: reciprocity 71 and voice 64 on average\.$/);
    const several = chartSummary(weeklyAverages([entry(day(0), { reciprocity: 40, voice: 70 }), entry(now, { reciprocity: 75, voice: 60 })], now), '', weekOf);
    expect(several).toContain('2 posts in 2 of the last 12 weeks.');
    expect(several).toContain('reciprocity went from 40');
    expect(several).toContain('to 75');
    expect(several).toContain('(up\u00a035); voice from 70 to 60 (down\u00a010).');
  });
});

describe('an entry', () => {
  it('holds the scores, the length and counts of findings per rule: no text at all', () => {
    const text = 'We are thrilled to announce our AMAZING new product!!! Buy now, limited offer. #sale #deal #new';
    const report = scored(text);
    const made = historyEntry(report, { at: 1, network: 'x', composer: 'post', preset: 'neutral' });
    expect(v.safeParse(HistoryEntrySchema, made).success).toBe(true);
    expect(made).toMatchObject({ reciprocity: report.reciprocity, voice: report.voice, length: report.stats.weightedLength });
    expect(Object.values(made.issues).reduce((sum, count) => sum + count, 0)).toBe(report.hints.filter((hint) => hint.kind === 'issue').length);
    const stored = JSON.stringify(made).toLowerCase();
    for (const word of text.toLowerCase().match(/\p{L}{3,}/gu)!) expect(stored).not.toContain(word);
  });
});

describe('the CSV export', () => {
  it('has a header and one row per entry; rule counts in one cell; nothing starts as a formula', () => {
    const csv = historyCsv([entry(Date.UTC(2026, 10, 2, 9), { issues: { jargon: 2, 'hard-sell': 1 }, strengths: { question: 1 } }), entry(Date.UTC(2026, 10, 3), { preset: '=cmd' })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(HISTORY_CSV_COLUMNS.join(','));
    expect(lines[1]).toMatch(/^2026-11-02T09:00:00\.000Z,2026-11-0[12],x,post,neutral,60,60,120,hard-sell:1 jargon:2,question:1$/);
    expect(lines[2]).toContain(",'=cmd,");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });
});
