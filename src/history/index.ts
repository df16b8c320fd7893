// Private history (issue 14), as pure functions over stored entries: what an entry holds, weeks and
// their averages, the rules that fire most, the words for all of it, and the CSV export. No browser
// API here: the worker records (src/background/history.ts), the trends page and popup show.
export { historyEntry, type EntryContext } from './entry';
export { addWeeks, entriesBetween, TREND_WEEKS, weeklyAverages, weekStart, type WeekAverage, type Weekday } from './weeks';
export { fraction, topRules, type RuleTrend, type Share } from './rules';
export { change, chartSummary, periodScores, thisWeekAndLast, weekLine, type PeriodScores } from './summary';
