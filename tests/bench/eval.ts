// npm run eval: how well the scores separate the labelled posts in ../shared/data, and how they do
// on the writers' set. Prints, in order:
//   1. AUCs on all the dev data (in-sample), raw and with shortcuts stripped, against the targets;
//   2. AUCs with accounts (or care brands, or people) held out: the weights are fitted without them
//      (tests/bench/fit.ts) and measured on them, the honest estimate for brands we have not seen;
//   2b. a per-account breakdown, so a rule that only works for one account shows up;
//   3. lexicon entries that fire on one account's wording only;
//   4. the writers' set percentages against the issue's bars;
//   5. the issue's example posts, rescored.
// The floors that must hold are asserted in tests/unit/engine/calibration.test.ts and
// writers-set.test.ts; this script reports.

import { score, type Axis, type Report } from '../../src/engine';
import { parseDocument } from '../../src/engine/document';
import { builtinIndex } from '../../src/engine/lexicons';
import { matchPhrases } from '../../src/engine/phrases';
import { auc, evaluate, STRIPPED_TARGET } from './auc';
import { dataDir, hasLabelledData, loadLabelledData, type LabelledData } from './data';
import { ISSUE_EXAMPLES } from './examples';
import { heldOutResults } from './held-out';
import { evaluateWritersSet, GOOD, NEEDS_WORK, percent } from './writers';

function table(rows: Array<Record<string, string>>): void {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]!);
  const widths = keys.map((key) => Math.max(key.length, ...rows.map((row) => row[key]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(keys));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(keys.map((key) => row[key]!)));
}

const reports = new Map<string, Report>();
function reportOf(text: string): Report {
  let report = reports.get(text);
  if (!report) {
    report = score(text);
    reports.set(text, report);
  }
  return report;
}
/** Declined posts rank where a post with no signal at all would. */
const axisScore = (text: string, axis: Axis) => {
  const report = reportOf(text);
  return report.status === 'scored' ? report[axis] : 50;
};
/** Only posts the engine grades are ranked; declined ones (not English) are counted separately. */
const graded = (texts: string[]) => texts.filter((text) => reportOf(text).status === 'scored');
const mean = (values: number[]) => (values.length === 0 ? NaN : values.reduce((sum, value) => sum + value, 0) / values.length);
const fixed = (value: number, digits = 3) => (Number.isNaN(value) ? '–' : value.toFixed(digits));

function inSample(data: LabelledData): void {
  console.log('1. All dev data (in-sample)\n');
  const results = evaluate(data, reportOf);
  table(
    results.map(({ comparison, raw, stripped }) => ({
      comparison: `${comparison.axis.padEnd(11)} ${comparison.name}`,
      n: `${comparison.positives.length}/${comparison.negatives.length}`,
      raw: raw.toFixed(3),
      stripped: stripped.toFixed(3),
      target: `${comparison.target.toFixed(2)} / ${comparison.strippedTarget?.toFixed(2) ?? STRIPPED_TARGET.toFixed(2)}`,
      result: raw >= comparison.target && stripped >= (comparison.strippedTarget ?? STRIPPED_TARGET) ? 'PASS' : 'FAIL',
    })),
  );
}

function heldOut(data: LabelledData): void {
  console.log('\n2. Held out: weights fitted without the tested accounts, brands or people\n');
  table(
    heldOutResults(data).map((result) => ({
      fold: result.fold,
      comparison: `${result.axis.padEnd(11)} ${result.comparison}`,
      n: `${result.positives}/${result.negatives}`,
      raw: result.raw.toFixed(3),
      stripped: result.stripped.toFixed(3),
      target: result.target.toFixed(2),
      result: result.raw >= result.target ? 'PASS' : 'FAIL',
    })),
  );
}

function perAccount(data: LabelledData): void {
  console.log('\n2b. Per account (in-sample weights)\n');
  const accounts = [...new Set(data.corporate.map((row) => row.account))].sort();
  const dialogue = graded(data.corporate.filter((row) => row.label === 'Dialogue').map((row) => row.text));
  const rows = accounts.map((account) => {
    const of = (label: string) => data.corporate.filter((row) => row.account === account && row.label === label).map((row) => row.text);
    const [info, action, talk] = [graded(of('Information')), graded(of('Action')), graded(of('Dialogue'))];
    const rest = [...info, ...action];
    const recip = (texts: string[]) => texts.map((text) => axisScore(text, 'reciprocity'));
    return {
      account,
      'info/action/dialogue': `${info.length}/${action.length}/${talk.length}`,
      'mean recip info': fixed(mean(recip(info)), 1),
      'mean recip action': fixed(mean(recip(action)), 1),
      'mean voice info': fixed(mean(info.map((text) => axisScore(text, 'voice'))), 1),
      'AUC info>action': info.length >= 3 && action.length >= 3 ? fixed(auc(recip(info), recip(action))) : '–',
      'AUC dialogue(Citi)>rest': fixed(auc(recip(dialogue), recip(rest))),
    };
  });
  table(rows);

  const information = graded(data.corporate.filter((row) => row.label === 'Information').map((row) => row.text));
  const brands = [...new Set(data.care.map((row) => row.brand))].filter((brand) => data.care.filter((row) => row.brand === brand).length >= 20).sort();
  console.log(`\ncare brands with ≥ 20 replies, each against all ${information.length} corporate Information tweets`);
  table(
    brands.map((brand) => {
      const all = data.care.filter((row) => row.brand === brand).map((row) => row.text);
      const texts = graded(all);
      const side = (list: string[], axis: Axis) => list.map((text) => axisScore(text, axis));
      return {
        brand,
        n: String(texts.length),
        'mean recip': fixed(mean(side(texts, 'reciprocity')), 1),
        'mean voice': fixed(mean(side(texts, 'voice')), 1),
        'AUC recip': fixed(auc(side(texts, 'reciprocity'), side(information, 'reciprocity'))),
        'AUC voice': fixed(auc(side(texts, 'voice'), side(information, 'voice'))),
        declined: String(all.length - texts.length),
      };
    }),
  );
  const people = data.people.map((row) => reportOf(row.text));
  const declined = (list: Report[], status: string) => list.filter((report) => report.status === status).length;
  const corporate = data.corporate.map((row) => reportOf(row.text));
  const care = data.care.map((row) => reportOf(row.text));
  console.log(
    `\ndeclined as not English: corporate ${declined(corporate, 'not-english')}/${corporate.length}, care ${declined(care, 'not-english')}/${care.length}, people-vs-brands ${declined(people, 'not-english')}/${people.length}; nothing to score: ${declined([...corporate, ...care, ...people], 'nothing-to-score')}`,
  );
}

/** Lexicon entries that match at least 3 times in the dev data but in one account's (or brand's) posts only. */
function lexiconSpread(data: LabelledData): void {
  console.log('\n3. Lexicon entries that fire on one account only (≥ 3 matches)\n');
  const sources = [
    ...data.corporate.map((row) => ({ group: `corporate:${row.account}`, text: row.text })),
    ...data.care.map((row) => ({ group: `care:${row.brand}`, text: row.text })),
    ...data.people.map((row) => ({ group: `people:${row.label}`, text: row.text })),
  ];
  const seen = new Map<string, Map<string, number>>();
  for (const { group, text } of sources) {
    for (const match of matchPhrases(parseDocument(text), builtinIndex())) {
      for (const value of match.values) {
        const key = `${value.lexicon}: ${value.entry.phrase}`;
        const groups = seen.get(key) ?? new Map<string, number>();
        groups.set(group, (groups.get(group) ?? 0) + 1);
        seen.set(key, groups);
      }
    }
  }
  const single = [...seen].filter(([, groups]) => groups.size === 1 && [...groups.values()][0]! >= 3);
  if (single.length === 0) console.log('none');
  for (const [entry, groups] of single.sort()) {
    const [group, count] = [...groups][0]!;
    console.log(`  ${entry.padEnd(40)} ${count}× in ${group}`);
  }
}

function writersSet(): void {
  console.log("\n4. Writers' set (tests/fixtures/writers-set.jsonl)\n");
  const result = evaluateWritersSet(undefined, reportOf);
  const line = (name: string, bucket: { passed: number; total: number }, target: number) =>
    ({ measure: name, result: `${bucket.passed}/${bucket.total} = ${percent(bucket).toFixed(1)}%`, target: `≥ ${target}%`, met: percent(bucket) >= target ? 'PASS' : 'FAIL' });
  table([
    line(`exemplary ≥ ${GOOD} on both axes`, result.exemplaryGood, 80),
    line('exemplary with no issue hint', result.exemplaryClean, 90),
    line(`failures < ${NEEDS_WORK} on the failed axis`, result.failuresLow, 100),
    line('non-English / nothing-to-score declined', result.declined, 100),
  ]);
  if (process.argv.includes('--misses')) {
    for (const [name, bucket] of Object.entries(result)) {
      if (bucket.misses.length === 0) continue;
      console.log(`\n  ${name}:`);
      for (const miss of bucket.misses) console.log(`    ${miss}`);
    }
  } else {
    console.log('\n(npm run eval -- --misses lists every post that misses a bar)');
  }
}

function examples(): void {
  console.log('\n5. The issue’s example posts\n');
  console.log('| post | recip | voice | issue hints |\n|---|---|---|---|');
  for (const text of ISSUE_EXAMPLES) {
    const report = reportOf(text);
    const shown = `\`${text.replace(/\|/g, '\\|')}\``;
    if (report.status !== 'scored') {
      console.log(`| ${shown} | ${report.status} (${report.language}) | | |`);
      continue;
    }
    const issues = report.hints.filter((hint) => hint.kind === 'issue').map((hint) => `${hint.rule} “${text.slice(hint.range.start, hint.range.end)}”`);
    console.log(`| ${shown} | ${report.reciprocity} | ${report.voice} | ${issues.join('; ')} |`);
  }
}

if (hasLabelledData()) {
  const data = loadLabelledData();
  inSample(data);
  if (!process.argv.includes('--quick')) heldOut(data);
  perAccount(data);
  lexiconSpread(data);
} else {
  console.log(`No labelled data at ${dataDir}: only the writers' set and the examples are measured.`);
}
writersSet();
examples();
