// The floor for `rapport score`'s whole-process time: the engine alone in a fresh process, scoring
// each post of a JSONL file and writing its report as JSON, with none of the CLI's reading,
// detection or formatting. Bundled and run by cli-throughput.bench.ts.
import { readFileSync, writeSync } from 'node:fs';
import { score } from '../../src/engine';

const lines: string[] = [];
for (const line of readFileSync(process.argv[2] as string, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  lines.push(JSON.stringify(score((JSON.parse(line) as { text: string }).text)));
}
writeSync(1, `${lines.join('\n')}\n`);
