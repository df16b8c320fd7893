import type { HistoryEntry } from '../storage';

// Weeks as the reader lives them: local midnights, starting on their locale's first day of the
// week. Dates move by calendar days (setDate), so a week across a clock change is still one week.

/** Weeks the trends page shows. */
export const TREND_WEEKS = 12;

/** 1 = Monday … 7 = Sunday, as Intl.Locale's week information numbers them. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The local midnight that starts the week holding `at`. */
export function weekStart(at: number, firstDay: Weekday = 1): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  const weekday = date.getDay() === 0 ? 7 : date.getDay();
  date.setDate(date.getDate() - ((weekday - firstDay + 7) % 7));
  return date.getTime();
}

/** The start of the week `weeks` weeks after (or, negative, before) the one starting at `start`. */
export function addWeeks(start: number, weeks: number): number {
  const date = new Date(start);
  date.setDate(date.getDate() + 7 * weeks);
  return date.getTime();
}

export interface WeekAverage {
  /** Local midnight starting the week. */
  start: number;
  posts: number;
  /** Mean of the week's posts, or null for a week without posts (a gap, not a zero). */
  reciprocity: number | null;
  voice: number | null;
}

/** The last `weeks` weeks up to the one holding `now`, oldest first, each with its posts' mean scores. */
export function weeklyAverages(entries: readonly HistoryEntry[], now: number, firstDay: Weekday = 1, weeks = TREND_WEEKS): WeekAverage[] {
  const last = weekStart(now, firstDay);
  const starts = Array.from({ length: weeks }, (_, index) => addWeeks(last, index - weeks + 1));
  const sums = starts.map(() => ({ posts: 0, reciprocity: 0, voice: 0 }));
  const end = addWeeks(last, 1);
  for (const entry of entries) {
    if (entry.at < starts[0]! || entry.at >= end) continue;
    const index = starts.findLastIndex((start) => start <= entry.at);
    const sum = sums[index]!;
    sum.posts += 1;
    sum.reciprocity += entry.reciprocity;
    sum.voice += entry.voice;
  }
  return starts.map((start, index) => {
    const { posts, reciprocity, voice } = sums[index]!;
    return { start, posts, reciprocity: posts > 0 ? reciprocity / posts : null, voice: posts > 0 ? voice / posts : null };
  });
}

/** The entries sent from `from` (inclusive) to `to` (exclusive). */
export function entriesBetween(entries: readonly HistoryEntry[], from: number, to: number): HistoryEntry[] {
  return entries.filter((entry) => entry.at >= from && entry.at < to);
}
