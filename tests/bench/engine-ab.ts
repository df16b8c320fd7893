// npm run bench:ab -- <revision> [rounds]: the engine at a git revision against the working
// tree, per post, in one process. Both are bundled with esbuild and called in turn on each post
// (which goes first alternates), so a busy machine slows both alike; separate processes or runs
// minutes apart differ by more than the changes being measured. Prints each engine's mean time per
// post, the ratio (< 1 means the working tree is faster) and the ratio of every round, and checks
// that both give the same reports (a speed change must not change a score).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { hasLabelledData, loadLabelledData, projectRoot } from './data';

type Score = (text: string) => unknown;

const revision = process.argv[2];
const rounds = Number(process.argv[3] ?? 6);
if (!revision) {
  console.error('usage: npm run bench:ab -- <git revision> [rounds]   (e.g. HEAD~3, a commit, a branch)');
  process.exit(2);
}
if (!hasLabelledData()) {
  console.error('npm run bench:ab needs ../shared/data (the dev posts); it is not there.');
  process.exit(2);
}

const work = path.join(projectRoot, 'node_modules/.cache/rapport-engine-ab');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
// The old engine's own tree, next to a node_modules link: its imports resolve as they did in the repository.
const oldTree = path.join(work, 'old');
mkdirSync(oldTree);
// No shell: the revision is passed to git as one argument, whatever it holds.
const archive = execFileSync('git', ['archive', revision, 'src/engine'], { cwd: projectRoot, maxBuffer: 1 << 28 });
execFileSync('tar', ['-x', '-C', oldTree], { input: archive });
symlinkSync(path.join(projectRoot, 'node_modules'), path.join(oldTree, 'node_modules'));

async function bundle(root: string, name: string): Promise<Score> {
  const entry = path.join(root, 'src/engine/index.ts');
  if (!existsSync(entry)) throw new Error(`${entry} is missing`);
  const outfile = path.join(work, `${name}.mjs`);
  await build({
    stdin: { contents: `export { score } from ${JSON.stringify(entry)};`, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return ((await import(pathToFileURL(outfile).href)) as { score: Score }).score;
}

const before = await bundle(oldTree, 'old');
const now = await bundle(projectRoot, 'now');
const data = loadLabelledData();
const texts = [...data.corporate, ...data.people, ...data.care].map((row) => row.text);

let differ = 0;
for (const text of texts) if (JSON.stringify(before(text)) !== JSON.stringify(now(text))) differ++;
// Warm both up before timing.
for (const text of texts) {
  before(text);
  now(text);
}

let totalBefore = 0;
let totalNow = 0;
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  let roundBefore = 0;
  let roundNow = 0;
  texts.forEach((text, index) => {
    const nowFirst = (index + round) % 2 === 0;
    for (const which of nowFirst ? [now, before] : [before, now]) {
      const start = performance.now();
      which(text);
      const elapsed = performance.now() - start;
      if (which === now) roundNow += elapsed;
      else roundBefore += elapsed;
    }
  });
  ratios.push(roundNow / roundBefore);
  totalBefore += roundBefore;
  totalNow += roundNow;
}

const perPost = (ms: number) => `${((ms * 1000) / (rounds * texts.length)).toFixed(1)} µs`;
console.log(`${texts.length} dev posts, ${rounds} rounds, each post scored by both engines in turn`);
console.log(`  ${revision.padEnd(14)} ${perPost(totalBefore)} per post`);
console.log(`  ${'working tree'.padEnd(14)} ${perPost(totalNow)} per post`);
console.log(`  ratio ${(totalNow / totalBefore).toFixed(3)} (< 1: the working tree is faster); per round ${ratios.map((ratio) => ratio.toFixed(3)).join(' ')}`);
console.log(`  reports that differ: ${differ} of ${texts.length}${differ > 0 ? ' (the revisions score differently, as expected across rule changes)' : ''}`);
rmSync(work, { recursive: true, force: true });
