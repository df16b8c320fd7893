// npm run review:sample [-- --seed N --count N]: draws issue hints at random from the dev posts in
// ../shared/data, for a reviewer who did not write the rules to judge each one helpful, harmless
// or wrong against RUBRIC.md. Writes test-results/review/hint-sample.md (to read and fill in) and
// test-results/review/hint-sample.jsonl (the same rows, with an empty "verdict" field). The seed is
// printed and written into both files, so the draw can be repeated exactly.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { score, type Hint } from '../../src/engine';
import { dataDir, hasLabelledData, loadLabelledData, projectRoot } from './data';

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const seed = argument('seed', 20261130);
const count = argument('count', 200);

if (!hasLabelledData()) {
  console.error(`No labelled data at ${dataDir}; nothing to sample.`);
  process.exit(1);
}

/** mulberry32: a small, well-known seeded generator, so the same seed draws the same hints anywhere. */
function random(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const data = loadLabelledData();
const posts = [
  ...data.corporate.map((row) => ({ source: `corporate_messaging ${row.id} (${row.account}, ${row.label})`, text: row.text })),
  ...data.people.map((row) => ({ source: `people_vs_brands ${row.id} (${row.label})`, text: row.text })),
  ...data.care.map((row) => ({ source: `care_replies ${row.id} (${row.brand})`, text: row.text })),
];
const hints: Array<{ source: string; text: string; hint: Hint }> = [];
for (const post of posts) {
  const report = score(post.text);
  for (const hint of report.hints) if (hint.kind === 'issue') hints.push({ ...post, hint });
}

// Partial Fisher–Yates: the first `count` places are a uniform draw without replacement.
const next = random(seed);
const picked = hints.slice();
for (let i = 0; i < Math.min(count, picked.length); i++) {
  const j = i + Math.floor(next() * (picked.length - i));
  [picked[i], picked[j]] = [picked[j]!, picked[i]!];
}
const sample = picked.slice(0, Math.min(count, picked.length));

const rows = sample.map(({ source, text, hint }, index) => {
  const ranges = [hint.range, ...(hint.moreRanges ?? [])];
  return {
    n: index + 1,
    source,
    post: text,
    underlined: ranges.map((range) => text.slice(range.start, range.end)),
    rule: hint.rule,
    axis: hint.axis,
    message: hint.message,
    why: hint.why,
    replacement: hint.replacement ?? null,
    impact: hint.impact,
    verdict: '',
  };
});

const out = path.join(projectRoot, 'test-results/review');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'hint-sample.jsonl'), rows.map((row) => JSON.stringify({ seed, ...row })).join('\n') + '\n');
const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const markdown = [
  `# Hint review sample`,
  '',
  `${rows.length} issue hints drawn uniformly at random (seed ${seed}) from the ${hints.length} issue hints the engine gives on the ${posts.length} dev posts in ../shared/data.`,
  `Regenerate with \`npm run review:sample -- --seed ${seed} --count ${count}\`.`,
  '',
  'For each row, judge the hint against ../shared/RUBRIC.md: **helpful** (right, and useful to the writer), **harmless** (not wrong, but adds little) or **wrong** (the words are not what the message says, or the advice would make the post worse).',
  '',
  '| # | post | underlined | rule | message | why | replacement | verdict |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map((row) =>
    `| ${row.n} | ${cell(row.post)} | ${cell(row.underlined.map((words) => `“${words}”`).join(', '))} | ${row.rule} | ${cell(row.message)} | ${cell(row.why)} | ${row.replacement === null ? '' : cell(`“${row.replacement}”`)} | |`,
  ),
  '',
].join('\n');
writeFileSync(path.join(out, 'hint-sample.md'), markdown);
console.log(`seed ${seed}: ${rows.length} of ${hints.length} issue hints written to test-results/review/hint-sample.md and hint-sample.jsonl`);
