// Tests that compare scores need a graded report; this says so loudly when the engine declined.
import { NEUTRAL_PRESET, score, type Preset, type ScoreContext, type ScoredReport } from '../src/engine';
import type { NetworkId } from '../src/networks';
import { scoreContextFor } from '../src/presets/limits';

export function scored(text: string, preset?: Preset, context?: ScoreContext): ScoredReport {
  const report = score(text, preset, context);
  if (report.status !== 'scored') throw new Error(`expected ${JSON.stringify(text.slice(0, 80))} to be scored; the engine said ${report.status}`);
  return report;
}

/**
 * The report the extension gives a draft written in `network`'s composer of kind `composer` (the
 * network's default kind when absent), under `preset` (Neutral when absent).
 */
export function scoredIn(text: string, network: NetworkId, options: { composer?: string | undefined; preset?: Preset } = {}): ScoredReport {
  const preset = options.preset ?? NEUTRAL_PRESET;
  return scored(text, preset, scoreContextFor(preset, network, options.composer));
}
