// Running totals for the report's summary: counts, means, share below the preset's thresholds and
// a ten-bin histogram per axis, overall and per network. Only numbers are kept, never posts, so
// memory stays the same for ten posts or ten million.

import type { Axis, Preset } from '../../engine';
import type { NetworkId } from '../../networks';
import { isUnreadablePost, type Outcome } from './outcome';

export const AXES: readonly Axis[] = ['reciprocity', 'voice'];
export const HISTOGRAM_BINS = 10;
/** Distinct unknown network names remembered for the summary; the rest are only counted. */
const MAX_UNKNOWN_NAMES = 20;

export interface AxisTally {
  count: number;
  sum: number;
  /** Below the preset's "ok" threshold: could be better or needs work. */
  belowOk: number;
  /** Below "warn": needs work. */
  belowWarn: number;
  /** Scores 0–9, 10–19, … 90–100. */
  bins: number[];
}

export interface Tally {
  /** Every readable post, scored or not. */
  posts: number;
  scored: number;
  /** Posts the engine declined, by status ('nothing-to-score', 'not-english'). */
  declined: Map<string, number>;
  axes: Record<Axis, AxisTally>;
}

export interface RunSummary {
  all: Tally;
  byNetwork: Map<NetworkId, Tally>;
  unreadable: number;
  /** Network names rows gave that Rapport does not know, with how many rows gave each. */
  unknownNetworkNames: Map<string, number>;
  thresholds: Preset['thresholds'];
}

const emptyAxis = (): AxisTally => ({ count: 0, sum: 0, belowOk: 0, belowWarn: 0, bins: new Array<number>(HISTOGRAM_BINS).fill(0) });
const emptyTally = (): Tally => ({ posts: 0, scored: 0, declined: new Map(), axes: { reciprocity: emptyAxis(), voice: emptyAxis() } });

export const mean = (axis: AxisTally): number | undefined => (axis.count === 0 ? undefined : axis.sum / axis.count);
export const share = (part: number, whole: number): number | undefined => (whole === 0 ? undefined : part / whole);
export const binOf = (score: number): number => Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(score / 10)));

export function createSummary(thresholds: Preset['thresholds']) {
  const summary: RunSummary = { all: emptyTally(), byNetwork: new Map(), unreadable: 0, unknownNetworkNames: new Map(), thresholds };

  function count(tally: Tally, outcome: Exclude<Outcome, { error: string }>): void {
    tally.posts += 1;
    const { report } = outcome;
    if (report.status !== 'scored') {
      tally.declined.set(report.status, (tally.declined.get(report.status) ?? 0) + 1);
      return;
    }
    tally.scored += 1;
    for (const axis of AXES) {
      const value = report[axis];
      const axisTally = tally.axes[axis];
      axisTally.count += 1;
      axisTally.sum += value;
      if (value < thresholds[axis].ok) axisTally.belowOk += 1;
      if (value < thresholds[axis].warn) axisTally.belowWarn += 1;
      axisTally.bins[binOf(value)] = (axisTally.bins[binOf(value)] ?? 0) + 1;
    }
  }

  return {
    add(outcome: Outcome, unknownNetworkName?: string): void {
      if (isUnreadablePost(outcome)) {
        summary.unreadable += 1;
        return;
      }
      count(summary.all, outcome);
      let tally = summary.byNetwork.get(outcome.network);
      if (!tally) summary.byNetwork.set(outcome.network, (tally = emptyTally()));
      count(tally, outcome);
      if (unknownNetworkName !== undefined) {
        const known = summary.unknownNetworkNames.get(unknownNetworkName);
        if (known !== undefined || summary.unknownNetworkNames.size < MAX_UNKNOWN_NAMES) {
          summary.unknownNetworkNames.set(unknownNetworkName, (known ?? 0) + 1);
        }
      }
    },
    result: (): RunSummary => summary,
  };
}
