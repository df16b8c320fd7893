// The panel (the engine in Chromium's worker) and the CLI (the engine in Node) must give the same
// report for the same text. They run different ICU builds, whose Intl.Segmenter rules differ; this
// test runs the engine in both on real posts and on generated Unicode and compares every report.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import fc from 'fast-check';
import { chromium, type Browser, type Page } from 'playwright-core';
import { NEUTRAL_PRESET, score, type ScoreContext } from '../../src/engine';
import { networkIds } from '../../src/networks';
import { scoreContextFor } from '../../src/presets/limits';
import { projectRoot } from './harness';

const dataDir = path.resolve(projectRoot, '../shared/data');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [path.join(projectRoot, 'src/engine/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'RapportEngine',
    write: false,
    logLevel: 'error',
  });
  browser = await chromium.launch({
    executablePath: '/usr/lib/chromium/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
});

afterAll(async () => {
  await browser?.close();
});

function scoreInChromium(texts: string[], context: ScoreContext): Promise<string[]> {
  return page.evaluate(
    ({ texts, context }) => texts.map((text) => JSON.stringify((window as unknown as { RapportEngine: { score: typeof score } }).RapportEngine.score(text, undefined, context))),
    { texts, context },
  );
}

async function expectSameReports(texts: string[], context: ScoreContext): Promise<void> {
  const inChromium = await scoreInChromium(texts, context);
  const differing = texts.filter((text, i) => JSON.stringify(score(text, undefined, context)) !== inChromium[i]);
  expect(differing.map((text) => JSON.stringify(text)), `texts scored differently in Node and Chromium with ${JSON.stringify(context)}`).toEqual([]);
}

/** Every network's post composer, as the worker and the CLI score it. */
const networkContexts = networkIds.map((network) => scoreContextFor(NEUTRAL_PRESET, network));

describe('the engine gives identical reports in Node and in Chromium', () => {
  it.skipIf(!existsSync(dataDir))('on the labelled posts in ../shared/data', async () => {
    const texts = ['corporate_messaging.dev.jsonl', 'people_vs_brands.dev.jsonl', 'care_replies.dev.jsonl'].flatMap((file) =>
      readFileSync(path.join(dataDir, file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
    await expectSameReports(texts, scoreContextFor(NEUTRAL_PRESET, 'x'));
  });

  it('on generated text with punctuation, emoji, RTL and CJK', async () => {
    const pieces = ['We', 'utilize', 'water.Today', 'a:b', 'U.S.', 'e.g.', '3.5', 'bar.com', '😀', '👨‍👩‍👧', 'مرحبا', '工具很好用', "don't", 'it’s', '!!!', '?', '\n', ' ', '#tag', '@sam', '^JS', '– Sam', 'https://t.co/abc', 'SALE'];
    const texts = fc.sample(
      fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 30 }).map((parts) => parts.join('')),
      { numRuns: 5000, seed: 4242 },
    );
    for (const context of networkContexts) await expectSameReports(texts, context);
    // Grapheme counting rests on each side's ICU too (a network may count length in graphemes).
    await expectSameReports(texts, { limits: { hashtags: 2, links: 2, mentions: 5, length: 40 }, length: { unit: 'graphemes', linkLength: 23 } });
  });
});
