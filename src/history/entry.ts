import type { ScoredReport } from '../engine/types';
import type { HistoryEntry } from '../storage';

/** Where and how a draft was scored: everything an entry holds besides the report's numbers. */
export interface EntryContext {
  at: number;
  network: string;
  composer: string;
  preset: string;
}

/**
 * A scored report as a history entry: the two scores, the length as the network counts it, and how
 * many findings each rule made. No text: not the draft, not a hint's words or message.
 */
export function historyEntry(report: ScoredReport, context: EntryContext): HistoryEntry {
  const issues: Record<string, number> = {};
  const strengths: Record<string, number> = {};
  for (const hint of report.hints) {
    const counts = hint.kind === 'issue' ? issues : strengths;
    counts[hint.rule] = (counts[hint.rule] ?? 0) + 1;
  }
  return {
    at: context.at,
    network: context.network,
    composer: context.composer,
    preset: context.preset,
    reciprocity: report.reciprocity,
    voice: report.voice,
    length: report.stats.weightedLength,
    issues,
    strengths,
  };
}
