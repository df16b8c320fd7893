import type { Weekday } from '../../history';
import { loadHistory, loadHistorySettings, readCachedManagedPolicy, resolveHistory, type EffectiveHistory, type StoredHistory } from '../../storage';
import type { ExtensionStorage } from './storage-areas';
import { useStoredSnapshot, type StoredState } from './use-stored-snapshot';

/** Private history as the trends page and popup show it: the entries, and whether it is on and why. */
export interface HistorySnapshot extends StoredHistory {
  history: EffectiveHistory;
}

export type HistoryState = StoredState<HistorySnapshot>;

export async function readHistorySnapshot(storage: ExtensionStorage): Promise<HistorySnapshot> {
  const [stored, settings, policy] = await Promise.all([loadHistory(storage.local), loadHistorySettings(storage.local), readCachedManagedPolicy(storage.local)]);
  return { ...stored, history: resolveHistory(settings, policy.policy) };
}

/** Reads history, and again after every storage change (a post recorded in another tab, a policy). */
export function useHistory(storage: ExtensionStorage): HistoryState {
  return useStoredSnapshot(storage, readHistorySnapshot, 'Rapport could not read your history').state;
}

/** The first day of the week where the reader lives (Intl.Locale's week information), Monday if unknown. */
export function firstDayOfWeek(locale: string = globalThis.navigator?.language ?? 'en'): Weekday {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const day = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
    if (day !== undefined && day >= 1 && day <= 7) return day as Weekday;
  } catch {
    // An odd locale tag: Monday, as ISO 8601.
  }
  return 1;
}

const weekDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
/** "3 Nov": a week by the day it starts. */
export const formatWeek = (start: number): string => weekDate.format(start);

/** "hard-sell" → "Hard sell": a rule's id in words. */
export function ruleName(rule: string): string {
  const words = rule.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
