// Bounded memory: peak resident memory of `rapport score` on a 10 MB and a 100 MB calendar, per
// input and output format. Streaming keeps only totals, so the two should be within 10% of each
// other (the process's own start-up size dominates). Not a test: it takes minutes and measures a
// shared machine, so it prints the figures and the verdict.

import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { benchmarkPosts, builtCli, measure, requireTools } from './cli-process';

const MB = 1024 * 1024;
const SIZES = [10 * MB, 100 * MB];
const NETWORKS = ['Twitter', 'Facebook Page', 'LinkedIn', 'X'];

async function writeCalendar(file: string, bytes: number, kind: 'jsonl' | 'csv', posts: string[]): Promise<void> {
  const out = createWriteStream(file);
  let written = 0;
  if (kind === 'csv') written += out.write('Date,Network,Message,Link\n') ? 26 : 26;
  for (let index = 0; written < bytes; index += 1) {
    const post = posts[index % posts.length] ?? '';
    const network = NETWORKS[index % NETWORKS.length] ?? 'X';
    const line =
      kind === 'jsonl'
        ? `${JSON.stringify({ id: index, network, text: post })}\n`
        : `2026-12-${String((index % 28) + 1).padStart(2, '0')} 09:00,${network},"${post.replace(/"/g, '""')}",https://example.com/${index}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

requireTools();
const { posts, source } = benchmarkPosts();
const directory = mkdtempSync(path.join(tmpdir(), 'rapport-memory-'));
const cases: Array<{ kind: 'jsonl' | 'csv'; format: string }> = [
  { kind: 'jsonl', format: 'jsonl' },
  { kind: 'csv', format: 'csv' },
  { kind: 'csv', format: 'table' },
];
console.log(`\npeak resident memory of rapport score (posts from ${source})\n`);
console.log('  input            output   size      peak RSS   time');
let worst = 0;
try {
  for (const { kind, format } of cases) {
    const peaks: number[] = [];
    for (const size of SIZES) {
      const file = path.join(directory, `calendar-${size / MB}mb.${kind}`);
      await writeCalendar(file, size, kind, posts);
      const result = measure(process.execPath, [builtCli, 'score', file, '--format', format]);
      peaks.push(result.peakRssMb);
      console.log(`  ${kind.padEnd(16)} ${format.padEnd(8)} ${`${(statSync(file).size / MB).toFixed(0)} MB`.padEnd(9)} ${`${result.peakRssMb.toFixed(1)} MB`.padEnd(10)} ${result.seconds.toFixed(1)} s${result.status > 1 ? `  (exit ${result.status})` : ''}`);
      rmSync(file);
    }
    const [small, large] = peaks as [number, number];
    const growth = (large - small) / small;
    worst = Math.max(worst, Math.abs(growth));
    console.log(`  ${''.padEnd(16)} ${''.padEnd(8)} 100 MB vs 10 MB: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%\n`);
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
console.log(`largest difference ${(worst * 100).toFixed(1)}% (target within 10%: ${worst <= 0.1 ? 'met' : 'not met'})`);
