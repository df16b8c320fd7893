// npm run bench: the engine, write-good and alex on the same posts, in one process.
// Prints µs per post and the ratios, the engine's p99 on posts up to 280 characters, the time for
// 10,000 characters, and growth from 1,000 to 100,000 characters (target: 100,000 in < 50 ms).

import { text as alexText } from 'alex';
import writeGood from 'write-good';
import { score } from '../../src/engine';
import { hasLabelledData, loadLabelledData } from './data';

/** Used when ../shared/data is absent: written for the benchmark, in the shape of real posts. */
const SAMPLE_POSTS = [
  "We're excited to announce our new app! Download now, limited time only. #app #launch https://example.com/a",
  "Sorry about that, Dana. I'm looking into it now. Can you tell me which device you're on? ^JS",
  'Acme is proud to utilize best-in-class solutions to leverage synergy across the enterprise.',
  'What would you add to this list? Tell us below.',
  'Thank you to everyone who came out to plant trees on Saturday. You made the park greener!',
  'Our quarterly report is out. Read the full story here: https://example.com/report #finance #markets',
  'Mistakes were made with the billing run this week. We apologize for any inconvenience.',
  'Hi Sam, the parcel left the depot this morning and should reach you tomorrow. – Priya',
  '8 tips for a calmer commute: https://example.com/tips via @citylife',
  'RT @ann: the new library opens on Monday, come and see the reading garden',
];

function posts(): string[] {
  if (!hasLabelledData()) return SAMPLE_POSTS;
  const data = loadLabelledData();
  return [...data.corporate, ...data.people, ...data.care].map((row) => row.text);
}

function timeEach(texts: string[], run: (text: string) => unknown, rounds: number): number[] {
  for (const text of texts.slice(0, 50)) run(text);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const start = performance.now();
      run(text);
      times.push(performance.now() - start);
    }
  }
  return times;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const micro = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;

/** Median and fastest of several runs: the median is the honest figure, the fastest shows how much is noise from a busy machine. */
function repeatedly(run: () => unknown, times: number): { median: number; fastest: number } {
  run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return { median: percentile(samples, 50), fastest: Math.min(...samples) };
}

const texts = posts();
console.log(`${texts.length} posts (${hasLabelledData() ? '../shared/data' : 'built-in samples'}), mean ${Math.round(mean(texts.map((text) => text.length)))} characters\n`);

const engine = mean(timeEach(texts, (text) => score(text), 5));
const writeGoodPerPost = mean(timeEach(texts, (text) => writeGood(text), 3));
const alexPerPost = mean(timeEach(texts, (text) => alexText(text), 1));
console.log('per post (mean)');
console.log(`  rapport     ${micro(engine)}`);
console.log(`  write-good  ${micro(writeGoodPerPost)}   rapport is ${(writeGoodPerPost / engine).toFixed(1)}× faster (target ≥ 5×)`);
console.log(`  alex        ${micro(alexPerPost)}   rapport is ${(alexPerPost / engine).toFixed(1)}× faster (target ≥ 40×)`);

const short = texts.filter((text) => text.length <= 280);
const shortTimes = timeEach(short, (text) => score(text), 5);
console.log(`\nposts ≤ 280 characters: p50 ${micro(percentile(shortTimes, 50))}, p99 ${micro(percentile(shortTimes, 99))}`);

const joined = texts.join(' ');
const ofLength = (length: number) => joined.repeat(Math.ceil(length / joined.length)).slice(0, length);
console.log('\nlong texts');
let previous: { length: number; ms: number } | undefined;
for (const length of [1_000, 10_000, 100_000]) {
  const text = ofLength(length);
  const { median: ms, fastest } = repeatedly(() => score(text), length >= 100_000 ? 9 : 15);
  const growth = previous ? `  ×${(ms / previous.ms).toFixed(1)} for ×${length / previous.length} length` : '';
  const target = length === 100_000 ? `  (target < 50 ms: ${ms < 50 ? 'met' : 'not met'})` : '';
  console.log(`  ${String(length).padStart(7)} chars  median ${ms.toFixed(2)} ms, fastest ${fastest.toFixed(2)} ms${growth}${target}`);
  previous = { length, ms };
}
