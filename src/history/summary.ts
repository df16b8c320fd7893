import type { HistoryEntry } from '../storage';
import { addWeeks, entriesBetween, weekStart, type WeekAverage, type Weekday } from './weeks';

// The trends in words: the popup's one line, and the chart's text for screen readers (shown to
// everyone too, under the chart). Scores are shown as whole numbers, as in the panel.

export interface PeriodScores {
  posts: number;
  reciprocity: number;
  voice: number;
}

/** Mean scores of some posts, or null when there are none. */
export function periodScores(entries: readonly HistoryEntry[]): PeriodScores | null {
  if (entries.length === 0) return null;
  const sum = (axis: 'reciprocity' | 'voice') => entries.reduce((total, entry) => total + entry[axis], 0) / entries.length;
  return { posts: entries.length, reciprocity: sum('reciprocity'), voice: sum('voice') };
}

export function thisWeekAndLast(entries: readonly HistoryEntry[], now: number, firstDay: Weekday = 1): { thisWeek: PeriodScores | null; lastWeek: PeriodScores | null } {
  const start = weekStart(now, firstDay);
  return {
    thisWeek: periodScores(entriesBetween(entries, start, addWeeks(start, 1))),
    lastWeek: periodScores(entriesBetween(entries, addWeeks(start, -1), start)),
  };
}

const whole = (score: number): number => Math.round(score);
const posts = (count: number): string => `${count} ${count === 1 ? 'post' : 'posts'}`;

/** "up 8", "down 3", "no change": whole points, as they are shown (a no-break space keeps each together). */
export function change(from: number, to: number): string {
  const points = whole(to) - whole(from);
  return points === 0 ? 'no\u00a0change' : points > 0 ? `up\u00a0${points}` : `down\u00a0${-points}`;
}

/** The popup's line: this week against last week. */
export function weekLine({ thisWeek, lastWeek }: { thisWeek: PeriodScores | null; lastWeek: PeriodScores | null }): string {
  if (thisWeek && lastWeek) {
    return `This week: reciprocity ${whole(thisWeek.reciprocity)} (${change(lastWeek.reciprocity, thisWeek.reciprocity)}), voice ${whole(thisWeek.voice)} (${change(lastWeek.voice, thisWeek.voice)}) against last week.`;
  }
  if (thisWeek) return `This week: reciprocity ${whole(thisWeek.reciprocity)}, voice ${whole(thisWeek.voice)} from ${posts(thisWeek.posts)}; none last week.`;
  if (lastWeek) return `No posts this week yet; last week: reciprocity ${whole(lastWeek.reciprocity)}, voice ${whole(lastWeek.voice)} from ${posts(lastWeek.posts)}.`;
  return 'No posts recorded this week or last.';
}

/**
 * What the chart shows, in sentences: how many posts in how many weeks, where each score started
 * and ended up, and the latest week. `where` names the networks shown ("on X", or "" for all);
 * `weekOf` writes a week's start as a date ("3 Nov").
 */
export function chartSummary(weeks: readonly WeekAverage[], where: string, weekOf: (start: number) => string): string {
  const withPosts = weeks.filter((week) => week.posts > 0);
  const scope = where ? ` ${where}` : '';
  if (withPosts.length === 0) return `No posts recorded${scope} in the last ${weeks.length} weeks.`;
  const total = withPosts.reduce((sum, week) => sum + week.posts, 0);
  const first = withPosts[0]!;
  const last = withPosts.at(-1)!;
  const describe = (week: WeekAverage) => `reciprocity ${whole(week.reciprocity!)} and voice ${whole(week.voice!)}`;
  if (withPosts.length === 1) {
    return `${posts(total)}${scope} in the last ${weeks.length} weeks, all in the week of ${weekOf(first.start)}: ${describe(first)} on average.`;
  }
  const sentences = [
    `${posts(total)}${scope} in ${withPosts.length} of the last ${weeks.length} weeks.`,
    `Weekly average reciprocity went from ${whole(first.reciprocity!)} in the week of ${weekOf(first.start)} to ${whole(last.reciprocity!)} in the week of ${weekOf(last.start)} (${change(first.reciprocity!, last.reciprocity!)}); voice from ${whole(first.voice!)} to ${whole(last.voice!)} (${change(first.voice!, last.voice!)}).`,
  ];
  const best = (axis: 'reciprocity' | 'voice') => withPosts.reduce((top, week) => (week[axis]! > top[axis]! ? week : top));
  sentences.push(`Best weeks: reciprocity ${whole(best('reciprocity').reciprocity!)} (week of ${weekOf(best('reciprocity').start)}), voice ${whole(best('voice').voice!)} (week of ${weekOf(best('voice').start)}).`);
  return sentences.join(' ');
}
