// Helpers for the command-line benchmarks: build the CLI, run it as a separate process under
// /usr/bin/time (wall time and peak resident memory, as a user would see them), and make inputs.

import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hasLabelledData, loadLabelledData, projectRoot } from './data';

export { projectRoot };
export const builtCli = path.join(projectRoot, 'dist-cli/rapport.mjs');
const TIME = '/usr/bin/time';

export function requireTools(): void {
  if (!existsSync(TIME)) throw new Error('these benchmarks need /usr/bin/time (Debian: apt-get install time)');
  if (!existsSync(builtCli)) throw new Error('dist-cli/rapport.mjs is missing: run `npm run build:cli` first');
}

export interface Measured {
  /** Wall-clock seconds. */
  seconds: number;
  /** User + system CPU seconds: less sensitive than wall time to other work on a shared machine. */
  cpuSeconds: number;
  peakRssMb: number;
  status: number;
}

/** Runs a command with stdin and stdout redirected to files (or /dev/null), timed by /usr/bin/time. */
export function measure(command: string, args: string[], options: { stdinFile?: string; cwd?: string } = {}): Measured {
  const directory = mkdtempSync(path.join(tmpdir(), 'rapport-time-'));
  const report = path.join(directory, 'time.txt');
  const stdin = openSync(options.stdinFile ?? '/dev/null', 'r');
  const stdout = openSync('/dev/null', 'w');
  try {
    const result = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args], { stdio: [stdin, stdout, 'pipe'], cwd: options.cwd ?? projectRoot, encoding: 'utf8' });
    const [seconds, user, system, kilobytes] = readFileSync(report, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
    if (seconds === undefined || user === undefined || system === undefined || kilobytes === undefined) throw new Error(`no timing from ${command}: ${result.stderr}`);
    return { seconds, cpuSeconds: user + system, peakRssMb: kilobytes / 1024, status: result.status ?? -1 };
  } finally {
    closeSync(stdin);
    closeSync(stdout);
    rmSync(directory, { recursive: true, force: true });
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** The labelled development posts when ../shared/data is there, else the example calendars' posts. */
export function benchmarkPosts(): { posts: string[]; source: string } {
  if (hasLabelledData()) {
    const data = loadLabelledData();
    return { posts: [...data.corporate, ...data.people, ...data.care].map((row) => row.text), source: '../shared/data dev posts' };
  }
  const calendars = path.join(projectRoot, 'tests/fixtures/calendars');
  const json = execFileSync(process.execPath, [builtCli, 'score', path.join(calendars, 'hootsuite.csv')], { encoding: 'utf8' });
  const posts = json.trim().split('\n').map((line) => (JSON.parse(line) as { Message?: string }).Message ?? '');
  return { posts: posts.filter((post) => post !== ''), source: 'example calendar posts (../shared/data is absent)' };
}
