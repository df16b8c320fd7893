// Regression floors on the labelled posts in ../shared/data (outside the project). The targets
// come from the issue; where the engine does not reach a target yet, the floor is what it reaches
// now, so a change that makes it worse fails, and the gap stays visible here and in `npm run eval`.

import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine';
import { evaluate, STRIPPED_TARGET, type ComparisonResult } from '../../bench/auc';
import { dataDir, hasLabelledData, loadLabelledData } from '../../bench/data';
import { heldOutResults } from '../../bench/held-out';

const present = hasLabelledData();
if (!present) console.warn(`calibration: no labelled data at ${dataDir}; skipping the AUC floors.`);

/** Floors per comparison: [raw, stripped]. Equal to the target where the target is met. */
const FLOORS: Record<string, [number, number]> = {
  'reciprocity Dialogue > Information + Action': [0.93, 0.88],
  'reciprocity Information > Action': [0.87, STRIPPED_TARGET],
  'voice person > brand': [0.76, 0.76], // target met (0.761 / 0.761 measured; many "person" rows are automated headline shares)
  'reciprocity care replies > corporate Information': [0.92, STRIPPED_TARGET],
  'voice care replies > corporate Information': [0.92, STRIPPED_TARGET],
};

describe.skipIf(!present)('calibration on labelled posts (../shared/data)', () => {
  const results: ComparisonResult[] = present ? evaluate(loadLabelledData()) : [];

  it.each(results.map((result) => [`${result.comparison.axis} ${result.comparison.name}`, result] as const))('%s', (name, result) => {
    const floor = FLOORS[name];
    expect(floor, `no floor for ${name}`).toBeDefined();
    expect(result.raw, `raw AUC (target ${result.comparison.target})`).toBeGreaterThanOrEqual(floor![0]);
    expect(result.stripped, `stripped AUC (target ${result.comparison.strippedTarget ?? STRIPPED_TARGET})`).toBeGreaterThanOrEqual(floor![1]);
  });

  // Fitted without the accounts, brands or people measured: the estimate for brands we have not seen.
  // Floors are the targets where met, else what is reached now (target in the comment).
  const HELD_OUT_FLOORS: Record<string, number> = {
    'Citi held out reciprocity Dialogue > Information + Action': 0.93,
    'Citi held out reciprocity Information > Action': 0.87,
    'barclayswealth held out reciprocity Information > Action': 0.87,
    'care brands odd + CitigroupBRK/barclayswealth held out reciprocity care replies > corporate Information': 0.92,
    'care brands odd + CitigroupBRK/barclayswealth held out voice care replies > corporate Information': 0.92,
    'care brands even + Citi/Barclays/C_PR held out reciprocity care replies > corporate Information': 0.92,
    'care brands even + Citi/Barclays/C_PR held out voice care replies > corporate Information': 0.92,
    'people half 2 held out voice person > brand': 0.745, // a random half (the file has no accounts): 0.748 raw / 0.746 stripped measured, below 0.76
    'people half 1 held out voice person > brand': 0.76,
  };
  it('separates the labels with accounts, brands and people held out of the fit', { timeout: 240_000 }, () => {
    const failures: string[] = [];
    for (const result of heldOutResults(loadLabelledData())) {
      const name = `${result.fold} ${result.axis} ${result.comparison}`;
      const floor = HELD_OUT_FLOORS[name];
      if (floor === undefined) failures.push(`no floor for ${name}`);
      else if (result.raw < floor) failures.push(`${name}: ${result.raw.toFixed(3)} < ${floor}`);
    }
    expect(failures).toEqual([]);
  });

  it('never lowers a score when the text of an issue is deleted from a real post', () => {
    const data = loadLabelledData();
    const texts = [...data.corporate, ...data.people, ...data.care].map((row) => row.text);
    const failures: string[] = [];
    for (const text of texts) {
      const before = score(text);
      if (before.status !== 'scored') continue;
      for (const hint of before.hints) {
        if (hint.kind !== 'issue' || hint.range.end === hint.range.start) continue;
        const after = score(text.slice(0, hint.range.start) + text.slice(hint.range.end));
        // Deleting the last words can leave nothing to score: that is no lower score.
        if (after.status === 'scored' && (after.reciprocity < before.reciprocity || after.voice < before.voice)) {
          failures.push(`${hint.rule} “${text.slice(hint.range.start, hint.range.end)}” in “${text}”`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
