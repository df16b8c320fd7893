// npm run eval: AUCs of the engine on the labelled data, raw and with shortcuts stripped.

import { evaluate, STRIPPED_TARGET } from './auc';
import { dataDir, hasLabelledData, loadLabelledData } from './data';

if (!hasLabelledData()) {
  console.error(`No labelled data at ${dataDir}; nothing to evaluate.`);
  process.exit(1);
}

const results = evaluate(loadLabelledData());
const rows = results.map(({ comparison, raw, stripped }) => {
  const pass = raw >= comparison.target && stripped >= STRIPPED_TARGET;
  return {
    comparison: `${comparison.axis.padEnd(11)} ${comparison.name}`,
    n: `${comparison.positives.length}/${comparison.negatives.length}`,
    raw: raw.toFixed(3),
    stripped: stripped.toFixed(3),
    target: `${comparison.target.toFixed(2)} / ${STRIPPED_TARGET.toFixed(2)}`,
    result: pass ? 'PASS' : 'FAIL',
  };
});
const widths = Object.keys(rows[0]!).map((key) => Math.max(key.length, ...rows.map((row) => row[key as keyof typeof row].length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
console.log(line(Object.keys(rows[0]!)));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(Object.values(row)));
const failed = rows.filter((row) => row.result === 'FAIL').length;
console.log(`\n${rows.length - failed}/${rows.length} comparisons meet their targets (AUC raw / stripped of leading @handles, links and "!").`);
// The floors that must hold are asserted in tests/unit/engine/calibration.test.ts; this script reports.
