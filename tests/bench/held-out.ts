// AUCs with accounts, care brands or people held out: the weights are fitted without them
// (tests/bench/fit.ts) and measured on them. Shared by npm run eval and calibration.test.ts.

import type { Axis } from '../../src/engine';
import { auc } from './auc';
import { stripShortcuts, type LabelledData } from './data';
import { fitOnAllDevData, scoreWith, signalsOf } from './fit';

export interface HeldOutResult {
  fold: string;
  comparison: string;
  axis: Axis;
  positives: number;
  negatives: number;
  raw: number;
  stripped: number;
  target: number;
}

interface HeldOutTest {
  comparison: string;
  axis: Axis;
  positives: string[];
  negatives: string[];
  target: number;
}

export function heldOutResults(data: LabelledData): HeldOutResult[] {
  const brands = [...new Set(data.care.map((row) => row.brand))].sort();
  const brandHalf = (half: number) => new Set(brands.filter((_, i) => i % 2 === half));
  const accountGroups = [new Set(['Citi', 'Barclays', 'C_PR']), new Set(['CitigroupBRK', 'barclayswealth'])];
  const corporate = (accounts: (account: string) => boolean, label: string) => data.corporate.filter((row) => accounts(row.account) && row.label === label).map((row) => row.text);
  const folds: Array<{ name: string; train: LabelledData; tests: HeldOutTest[] }> = [];
  for (const held of ['Citi', 'barclayswealth']) {
    const isHeld = (account: string) => account === held;
    const tests: HeldOutTest[] = [];
    if (held === 'Citi') {
      tests.push({ comparison: 'Dialogue > Information + Action', axis: 'reciprocity', positives: corporate(isHeld, 'Dialogue'), negatives: [...corporate(isHeld, 'Information'), ...corporate(isHeld, 'Action')], target: 0.93 });
    }
    tests.push({ comparison: 'Information > Action', axis: 'reciprocity', positives: corporate(isHeld, 'Information'), negatives: corporate(isHeld, 'Action'), target: 0.87 });
    folds.push({ name: `${held} held out`, train: { ...data, corporate: data.corporate.filter((row) => row.account !== held) }, tests });
  }
  for (const half of [0, 1]) {
    const testBrands = brandHalf(1 - half);
    const testAccounts = accountGroups[1 - half]!;
    const care = data.care.filter((row) => testBrands.has(row.brand)).map((row) => row.text);
    const information = corporate((account) => testAccounts.has(account), 'Information');
    folds.push({
      name: `care brands ${1 - half ? 'odd' : 'even'} + ${[...testAccounts].join('/')} held out`,
      train: { ...data, care: data.care.filter((row) => !testBrands.has(row.brand)), corporate: data.corporate.filter((row) => !testAccounts.has(row.account)) },
      tests: (['reciprocity', 'voice'] as const).map((axis) => ({ comparison: 'care replies > corporate Information', axis, positives: care, negatives: information, target: 0.92 })),
    });
  }
  for (const half of [0, 1]) {
    // The ids are all even, so halves come from a hash of the id: a fixed split no label informs.
    const inTest = (id: string) => [...id].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 1000003, 7) % 2 === 1 - half;
    const test = data.people.filter((row) => inTest(row.id));
    folds.push({
      name: `people half ${2 - half} held out`,
      train: { ...data, people: data.people.filter((row) => !inTest(row.id)) },
      tests: [{ comparison: 'person > brand', axis: 'voice', positives: test.filter((row) => row.label === 'person').map((row) => row.text), negatives: test.filter((row) => row.label === 'brand').map((row) => row.text), target: 0.76 }],
    });
  }
  const results: HeldOutResult[] = [];
  for (const fold of folds) {
    const weights = fitOnAllDevData(fold.train);
    for (const test of fold.tests) {
      // Posts the engine declines as written (not English) are not ranked; a stripped post with nothing left ranks as a plain one.
      const side = (texts: string[], strip: boolean) =>
        texts.flatMap((text) => {
          if (!signalsOf(text)) return [];
          const signals = signalsOf(strip ? stripShortcuts(text) : text);
          return [signals ? scoreWith(signals, test.axis, weights) : 50];
        });
      results.push({
        fold: fold.name,
        comparison: test.comparison,
        axis: test.axis,
        positives: side(test.positives, false).length,
        negatives: side(test.negatives, false).length,
        raw: auc(side(test.positives, false), side(test.negatives, false)),
        stripped: auc(side(test.positives, true), side(test.negatives, true)),
        target: test.target,
      });
    }
  }
  return results;
}
