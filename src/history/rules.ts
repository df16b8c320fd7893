import type { HistoryEntry } from '../storage';
import { addWeeks, entriesBetween, TREND_WEEKS, weekStart, type Weekday } from './weeks';

/** How often one rule fired in the recent half of the window and in the half before it. */
export interface RuleTrend {
  rule: string;
  /** Posts in the whole window in which it fired at least once. */
  posts: number;
  recent: Share;
  earlier: Share;
}

export interface Share {
  /** Posts in that half in which the rule fired. */
  posts: number;
  /** Posts in that half at all. */
  of: number;
}

/** The share as a fraction, or null for a half without posts. */
export function fraction(share: Share): number | null {
  return share.of === 0 ? null : share.posts / share.of;
}

/**
 * The rules that fire in most posts over the last `weeks` weeks (issues, or strengths), and how
 * their share of posts changed: the recent half of the window against the half before. Ties go to
 * the rule with more findings, then by id, so the list is stable.
 */
export function topRules(
  entries: readonly HistoryEntry[],
  now: number,
  { kind = 'issues', count = 5, weeks = TREND_WEEKS, firstDay = 1 }: { kind?: 'issues' | 'strengths'; count?: number; weeks?: number; firstDay?: Weekday } = {},
): RuleTrend[] {
  const end = addWeeks(weekStart(now, firstDay), 1);
  const middle = addWeeks(end, -Math.ceil(weeks / 2));
  const start = addWeeks(end, -weeks);
  const earlier = entriesBetween(entries, start, middle);
  const recent = entriesBetween(entries, middle, end);
  const tally = new Map<string, { posts: number; findings: number; recent: number; earlier: number }>();
  for (const [half, list] of [['earlier', earlier], ['recent', recent]] as const) {
    for (const entry of list) {
      for (const [rule, findings] of Object.entries(entry[kind])) {
        const counts = tally.get(rule) ?? { posts: 0, findings: 0, recent: 0, earlier: 0 };
        counts.posts += 1;
        counts.findings += findings;
        counts[half] += 1;
        tally.set(rule, counts);
      }
    }
  }
  return [...tally.entries()]
    .sort(([ruleA, a], [ruleB, b]) => b.posts - a.posts || b.findings - a.findings || ruleA.localeCompare(ruleB))
    .slice(0, count)
    .map(([rule, counts]) => ({
      rule,
      posts: counts.posts,
      recent: { posts: counts.recent, of: recent.length },
      earlier: { posts: counts.earlier, of: earlier.length },
    }));
}
