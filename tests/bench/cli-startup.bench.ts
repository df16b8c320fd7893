// Start-up: `npx rapport` against `node dist-cli/rapport.mjs`, each timed by /usr/bin/time, runs
// interleaved so a busy machine slows both alike. Target: npx within 0.3 s of node.

import { builtCli, measure, median, projectRoot, requireTools } from './cli-process';

const RUNS = 15;
requireTools();
const timings = { node: [] as number[], npx: [] as number[] };
for (let run = 0; run < RUNS; run += 1) {
  timings.node.push(measure(process.execPath, [builtCli, 'preset', 'list']).seconds);
  timings.npx.push(measure('npx', ['rapport', 'preset', 'list'], { cwd: projectRoot }).seconds);
}
const node = median(timings.node);
const npx = median(timings.npx);
console.log(`\nstart-up, rapport preset list, median of ${RUNS} interleaved runs (/usr/bin/time, wall seconds)\n`);
console.log(`  node dist-cli/rapport.mjs  ${node.toFixed(2)} s  (fastest ${Math.min(...timings.node).toFixed(2)} s)`);
console.log(`  npx rapport                ${npx.toFixed(2)} s  (fastest ${Math.min(...timings.npx).toFixed(2)} s)`);
console.log(`  difference                 ${(npx - node).toFixed(2)} s median, ${(Math.min(...timings.npx) - Math.min(...timings.node)).toFixed(2)} s fastest (target ≤ 0.30 s: ${npx - node <= 0.3 ? 'met' : 'not met'})`);
