// The writers' set (tests/fixtures/writers-set.jsonl): posts written for Rapport, never taken from
// ../shared/data. Issue 10's bars: ≥ 80% of exemplary posts "good" (≥ 70) on both axes, ≥ 90% of
// them with no issue hint, every failure below 45 on the axis it fails, every non-English and
// nothing-to-score draft declined. FLOORS are the bars, all met (exemplary good 56/70 exactly).

import { describe, expect, it } from 'vitest';
import { evaluateWritersSet, loadWritersSet, percent } from '../../bench/writers';

/** Percent floors: the bars. */
const FLOORS = {
  exemplaryGood: 80,
  exemplaryClean: 90,
  failuresLow: 100,
  declined: 100,
};

describe("the writers' set", () => {
  const rows = loadWritersSet();
  const result = evaluateWritersSet(rows);

  it('holds at least 60 exemplary posts, 60 failures and 20 declined drafts, each well formed', () => {
    const count = (kind: string) => rows.filter((row) => row.kind === kind).length;
    expect(count('exemplary')).toBeGreaterThanOrEqual(60);
    expect(count('failure')).toBeGreaterThanOrEqual(60);
    expect(count('declined')).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    for (const row of rows) if (row.kind === 'failure') expect(row.fails.length, row.id).toBeGreaterThan(0);
    const contexts = new Set(rows.flatMap((row) => (row.kind === 'declined' ? [] : [row.context])));
    expect([...contexts].sort()).toEqual(['b2b', 'care', 'community', 'retail']);
  });

  it.each(Object.entries(FLOORS))('%s stays at or above its floor', (name, floor) => {
    const bucket = result[name as keyof typeof FLOORS];
    expect(percent(bucket), bucket.misses.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});
