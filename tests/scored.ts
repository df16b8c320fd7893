// Tests that compare scores need a graded report; this says so loudly when the engine declined.
import { score, type Preset, type ScoreContext, type ScoredReport } from '../src/engine';

export function scored(text: string, preset?: Preset, context?: ScoreContext): ScoredReport {
  const report = score(text, preset, context);
  if (report.status !== 'scored') throw new Error(`expected ${JSON.stringify(text.slice(0, 80))} to be scored; the engine said ${report.status}`);
  return report;
}
