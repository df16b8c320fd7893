// Part of npm run bench: 1 MB drafts made of what breaks text tools (hashtag, mention and emoji
// piles, blank lines, one endless word) against 1 MB of ordinary prose. Each hostile draft opens
// with one sentence of prose, so the engine scores it instead of declining it as empty, and every
// rule runs. Target: each hostile case < 200 ms. The engine is warmed up on ordinary posts first,
// as the extension's worker is when someone pastes a huge draft. A second table holds one
// sentence a megabyte long with a finding repeated in it (calls to action, "been…", headlines,
// capitals), where rules that read the whole sentence per finding were once quadratic.
//
// Wall time is what a user waits; CPU time (this process's user + system time) is the engine's
// own work, and is the steadier figure on a machine other work shares.

import { score } from '../../src/engine';
import { hasLabelledData, loadLabelledData } from './data';

const SIZE = 1 << 20;
const OPENING = 'Thanks for coming to the market on Saturday, what did you think of it? ';
const SAMPLE = 'Thank you to everyone who came out to plant trees on Saturday. You made the park greener! What should we plant next?';

function ordinaryPosts(): string[] {
  if (!hasLabelledData()) return [SAMPLE];
  const data = loadLabelledData();
  return [...data.corporate, ...data.people, ...data.care].map((row) => row.text);
}

/**
 * SIZE UTF-16 units: the opening, then `unit` again and again, ending on a whole code point. A
 * draft reaches the worker in a message, as a string of its own; cloned here the same way, since a
 * slice of a longer string (what `slice` makes) is read about twice as slowly a character at a time.
 */
function fill(unit: string): string {
  const text = OPENING + unit.repeat(Math.ceil((SIZE - OPENING.length) / unit.length));
  const last = text.charCodeAt(SIZE - 1);
  return structuredClone(text.slice(0, last >= 0xd800 && last <= 0xdbff ? SIZE - 1 : SIZE));
}

const posts = ordinaryPosts();
const CASES: Array<{ name: string; text: () => string }> = [
  { name: 'ordinary prose', text: () => structuredClone(posts.join('\n\n').repeat(Math.ceil(SIZE / posts.join('\n\n').length)).slice(0, SIZE)) },
  { name: 'hashtags', text: () => fill('#launch #SummerSale2026 ') },
  { name: 'newlines', text: () => fill('\n') },
  { name: 'emoji', text: () => fill('😀👍🏽👩‍👩‍👧🇬🇧❤️') },
  { name: 'mentions', text: () => fill('@ana_lucia @bob ') },
  { name: 'one long word', text: () => fill('a') },
];
/**
 * One sentence a megabyte long, a finding repeated in it: each of these took seconds for 256 KB
 * when a rule read the whole sentence (or all its headlines) for every finding in it. Target: no
 * slower than prose.
 */
const LONG_SENTENCES: Array<{ name: string; text: () => string }> = [
  { name: 'calls to action', text: () => fill('click here ') },
  { name: 'been been…', text: () => fill('been ') },
  { name: 'headlines + CTA', text: () => fill('Ferry Returns To The Port After Storm; Watch the video; ') },
  { name: 'capitals', text: () => fill('WOW ') },
];

interface Timing {
  wall: number;
  cpu: number;
}

/**
 * Medians of nine runs, so that a burst of other work on a shared machine moves the figure less
 * (one run when a run takes seconds: the figure is then plainly a failure).
 */
function measure(run: () => unknown): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 9; i++) {
    const usage = process.cpuUsage();
    const start = performance.now();
    run();
    walls.push(performance.now() - start);
    const spent = process.cpuUsage(usage);
    cpus.push((spent.user + spent.system) / 1000);
    if (walls[0]! > 2000) break;
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { wall: median(walls), cpu: median(cpus) };
}

for (const post of posts.slice(0, 2000)) score(post);

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(11);
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`.padStart(9);
const header = () => console.log(`  ${'draft'.padEnd(18)}${'wall'.padStart(11)}${'× prose'.padStart(9)}${'CPU'.padStart(11)}${'× prose'.padStart(9)}  hints`);

function measureAll(cases: typeof CASES): Array<{ name: string; timing: Timing; hints: number }> {
  return cases.map(({ name, text: make }) => {
    const text = make();
    let hints = 0;
    const timing = measure(() => {
      hints = score(text).hints.length;
    });
    return { name, timing, hints };
  });
}

function print(rows: ReturnType<typeof measureAll>, prose: Timing, over: (timing: Timing) => boolean): void {
  for (const { name, timing, hints } of rows) {
    const verdict = timing !== prose && over(timing) ? '  over target' : '';
    console.log(`  ${name.padEnd(18)}${ms(timing.wall)}${ratio(timing.wall, prose.wall)}${ms(timing.cpu)}${ratio(timing.cpu, prose.cpu)}  ${hints.toLocaleString('en')}${verdict}`);
  }
}

// The hostile drafts are measured before the prose reference: scoring a megabyte of prose again and again leaves a heap
// the worker never has when someone pastes a pile, and slowed every case after it by about half.
const [reference, ...hostile] = CASES;
const hostileRows = measureAll(hostile);
const proseRows = measureAll([reference!]);
const prose = proseRows[0]!.timing;
console.log(`\n1 MB drafts (${SIZE.toLocaleString('en')} UTF-16 units each; target < 200 ms for each hostile case)`);
header();
print([...proseRows, ...hostileRows], prose, (timing) => timing.wall >= 200);
console.log('\n1 MB of one sentence, one finding repeated in it (target: no slower than prose)');
header();
print(measureAll(LONG_SENTENCES), prose, (timing) => timing.cpu > prose.cpu);
