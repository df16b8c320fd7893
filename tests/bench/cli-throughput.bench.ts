// Whole-process throughput: `rapport score` on the development posts against write-good linting
// the same posts, each a fresh process as a user runs it (start-up included). Prints the median
// of several interleaved runs and the ratio; > 1.0× means rapport is faster.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { benchmarkPosts, builtCli, measure, median, projectRoot, requireTools } from './cli-process';

const RUNS = 7;

requireTools();
const { posts, source } = benchmarkPosts();
const directory = mkdtempSync(path.join(tmpdir(), 'rapport-throughput-'));
const jsonl = path.join(directory, 'posts.jsonl');
const text = path.join(directory, 'posts.txt');
writeFileSync(jsonl, `${posts.map((post, id) => JSON.stringify({ id, text: post })).join('\n')}\n`);
writeFileSync(text, `${posts.map((post) => post.replace(/\s+/g, ' ')).join('\n\n')}\n`);

// The engine alone, bundled like the CLI (twitter-text needs the punycode package, not Node's module).
const engineOnly = path.join(directory, 'engine-floor.mjs');
const fromTwitterText = createRequire(createRequire(import.meta.url).resolve('twitter-text'));
await build({
  entryPoints: [path.join(projectRoot, 'tests/bench/engine-floor.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: engineOnly,
  alias: { punycode: fromTwitterText.resolve('punycode/') },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'error',
});

const writeGoodBin = path.join(projectRoot, 'node_modules/write-good/bin/write-good.js');
const contenders = {
  rapport: () => measure(process.execPath, [builtCli, 'score', jsonl]),
  'engine alone': () => measure(process.execPath, [engineOnly, jsonl]),
  'write-good, per post': () => measure(process.execPath, [path.join(projectRoot, 'tests/bench/write-good-posts.cjs'), jsonl]),
  'write-good CLI': () => measure(process.execPath, [writeGoodBin, text, '--parse']),
};
const seconds: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let run = 0; run < RUNS; run += 1) {
  for (const [name, go] of Object.entries(contenders)) seconds[name]?.push(go().seconds);
}

console.log(`\nwhole-process throughput: ${posts.length} posts (${source}), median of ${RUNS} interleaved runs\n`);
const rapport = median(seconds.rapport ?? []);
for (const [name, values] of Object.entries(seconds)) {
  const time = median(values);
  const comparison =
    name === 'rapport'
      ? ''
      : name === 'engine alone'
        ? `   the CLI's reading, detection and formatting add ${(((rapport - time) / time) * 100).toFixed(0)}%`
        : `   rapport is ${(time / rapport).toFixed(2)}× as fast (target ≥ 1.0×)`;
  console.log(`  ${name.padEnd(22)} ${time.toFixed(2)} s  (${(posts.length / time).toFixed(0)} posts/s, fastest ${Math.min(...values).toFixed(2)} s)${comparison}`);
}
console.log('\n  rapport: node dist-cli/rapport.mjs score posts.jsonl > /dev/null (JSONL with scores and hints per post)');
console.log('  engine alone: score() on each post in a fresh process, no CLI (tests/bench/engine-floor.ts): the floor for rapport');
console.log('  write-good, per post: tests/bench/write-good-posts.cjs posts.jsonl (the same JSONL in, a JSON line per post out)');
console.log('  write-good CLI: write-good posts.txt --parse (its own command on the posts as one text file)');
