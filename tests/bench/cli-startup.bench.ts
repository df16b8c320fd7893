// Start-up: `npx rapport` against `node dist-cli/rapport.mjs`, each timed by /usr/bin/time, runs
// interleaved so a busy machine slows both alike. Target: npx within 0.3 s of node. What npx adds
// is npm's own start (loading npm and its exec command), not Rapport's: the bin is found in
// node_modules/.bin without reading the dependency tree.

import { builtCli, measure, median, projectRoot, requireTools, type Measured } from './cli-process';

const RUNS = 15;
requireTools();
const runs = { node: [] as Measured[], npx: [] as Measured[] };
for (let run = 0; run < RUNS; run += 1) {
  runs.node.push(measure(process.execPath, [builtCli, 'preset', 'list']));
  runs.npx.push(measure('npx', ['rapport', 'preset', 'list'], { cwd: projectRoot }));
}
const wall = (list: Measured[]) => median(list.map((run) => run.seconds));
const cpu = (list: Measured[]) => median(list.map((run) => run.cpuSeconds));
const fastest = (list: Measured[]) => Math.min(...list.map((run) => run.seconds));
console.log(`\nstart-up, rapport preset list, median of ${RUNS} interleaved runs (/usr/bin/time)\n`);
console.log('                             wall     fastest  CPU (user+sys)');
for (const [name, list] of [['node dist-cli/rapport.mjs', runs.node], ['npx rapport', runs.npx]] as const) {
  console.log(`  ${name.padEnd(26)} ${wall(list).toFixed(2)} s   ${fastest(list).toFixed(2)} s   ${cpu(list).toFixed(2)} s`);
}
const difference = wall(runs.npx) - wall(runs.node);
console.log(`  difference                 ${difference.toFixed(2)} s   ${(fastest(runs.npx) - fastest(runs.node)).toFixed(2)} s   ${(cpu(runs.npx) - cpu(runs.node)).toFixed(2)} s`);
console.log(`\ntarget: npx within 0.30 s of node (median wall): ${difference <= 0.3 ? 'met' : 'not met'}`);
