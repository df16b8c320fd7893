// npm run test:stress: the whole suite (npm test), three times in a row, while two busy loops keep
// both cores of a small machine loaded. Every run must pass: a test that fails only when the
// machine is busy is a flaky test. Prints one line per run and a summary; exits 1 if any run failed.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RAPPORT_STRESS_RUNS ?? 3);
const BUSY_LOOPS = Number(process.env.RAPPORT_STRESS_LOAD ?? 2);

/** A process that does nothing but spin, like `stress --cpu 1`. */
function busyLoop(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

function testCounts(): string {
  try {
    const report = JSON.parse(readFileSync(path.join(root, 'test-results/results.json'), 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
    return `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`;
  } catch {
    return 'no test report';
  }
}

const load = Array.from({ length: BUSY_LOOPS }, busyLoop);
const stopLoad = () => {
  for (const child of load) child.kill('SIGKILL');
};
process.on('exit', stopLoad);
process.on('SIGINT', () => process.exit(130));

const results: boolean[] = [];
for (let run = 1; run <= RUNS; run++) {
  const started = Date.now();
  const result = spawnSync('npm', ['test', '--silent'], { cwd: root, stdio: 'inherit' });
  const passed = result.status === 0;
  results.push(passed);
  console.log(`\ntest:stress run ${run}/${RUNS} under ${BUSY_LOOPS} busy loops: ${passed ? 'PASSED' : 'FAILED'} (${testCounts()}) in ${Math.round((Date.now() - started) / 1000)} s\n`);
}
stopLoad();
const passedRuns = results.filter(Boolean).length;
console.log(`test:stress: ${passedRuns} of ${RUNS} runs passed`);
process.exit(passedRuns === RUNS ? 0 : 1);
