// Made-up history entries for tests: scores and rule counts only, as the worker stores them.
import type { HistoryEntry } from '../../../src/storage';

export function entry(at: number | Date, overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    at: typeof at === 'number' ? at : at.getTime(),
    network: 'x',
    composer: 'post',
    preset: 'neutral',
    reciprocity: 60,
    voice: 60,
    length: 120,
    issues: {},
    strengths: {},
    ...overrides,
  };
}

/** Local noon, `days` days after 2026-09-07 (a Monday): clear of midnight and clock changes. */
export function day(days: number): number {
  const date = new Date(2026, 8, 7, 12);
  date.setDate(date.getDate() + days);
  return date.getTime();
}
