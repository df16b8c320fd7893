// A seeded random session per editor: typing, Enter, Backspace, caret moves, paste, one-click fixes
// and undo, interleaved. After every step the editor's own state must equal a model of the text
// the user expects. Any difference is a corrupted draft. Reproduce a run with RAPPORT_SEED=<seed>.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { score } from '../../src/engine';
import type { NetworkId } from '../../src/networks';
import { scoreContextFor } from '../../src/presets/limits';
import { NEUTRAL_PRESET } from '../../src/engine/presets/neutral';
import { fixtureSelection, fixtureText, launch, typeInto, type Harness } from './harness';
import { UI_TIMEOUT, adapterSelection, adapterText, applyButton, hintKey, settledReport } from './editing';

const STEPS = 200;
const SEED = Number(process.env.RAPPORT_SEED ?? 20261123);

/** mulberry32: a tiny, well-known seeded PRNG, so a failing run can be replayed exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words that draw fixable hints sit among plain ones, so fixes come up often.
const WORDS = ['we', 'utilize', 'the', 'tool', 'you', 'love', 'leverage', 'today', 'thanks', 'Ada', 'café', '😀', 'utilize', 'commence', 'soon', '@sam', 'مرحبا', '工具'];
const PASTES = ['pasted words ', 'We will utilize it. ', 'two\nlines ', '😀 ok '];

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

const editors: Array<{ name: string; network: NetworkId; open: () => Promise<Page>; id: string }> = [
  { name: 'X (Draft.js)', network: 'x', open: () => harness.openX('/home'), id: 'home' },
  { name: 'Facebook (Lexical)', network: 'facebook', open: () => harness.openFacebook('/?compose=1'), id: 'post' },
];

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

describe.each(editors)('$name', ({ network, open, id }) => {
  it(`survives ${STEPS} random steps (seed ${SEED}) with the editor always equal to the model`, { timeout: 300_000 }, async () => {
    const page = await open();
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const rand = random(SEED + (network === 'x' ? 0 : 1));
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
    const log: string[] = [];
    let model = '';
    let caret = 0;

    await typeInto(page, id, 'Hello');
    model = 'Hello';
    caret = 5;

    /** The caret as the editor holds it: after moves and undo, the model follows the editor here. */
    async function readCaret(): Promise<void> {
      let selection = await stableSelection();
      if (selection && selection.anchor !== selection.focus) {
        await page.keyboard.press('ArrowRight');
        selection = await stableSelection();
      }
      expect(selection, `step log:\n${log.join('\n')}`).not.toBeNull();
      caret = selection!.focus;
    }

    /**
     * Editors take a selection change asynchronously (selectionchange): read theirs once it agrees with
     * the DOM selection (which a key press moves at once), not after a guessed pause.
     */
    async function stableSelection() {
      const agree = async () => {
        const [dom, editor] = [await adapterSelection(page, id, network), await fixtureSelection(page, id)];
        return dom !== null && editor !== null && Math.min(editor.anchor, editor.focus) === dom.start && Math.max(editor.anchor, editor.focus) === dom.end;
      };
      await expect.poll(agree, UI_TIMEOUT).toBe(true);
      return fixtureSelection(page, id);
    }

    async function check(step: number): Promise<void> {
      try {
        await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(model);
        await expect.poll(() => fixtureSelection(page, id), UI_TIMEOUT).toEqual({ anchor: caret, focus: caret });
        expect(await adapterText(page, id, network), "Rapport's adapter reads what the editor holds").toBe(model);
      } catch {
        const dom = await page.locator(`[data-fixture-editor="${id}"] [contenteditable="true"]`).evaluate((el) => (el as HTMLElement).innerText);
        expect.fail(
          `after step ${step} (replay with RAPPORT_SEED=${SEED})\n${log.join('\n')}\n` +
            `model:  ${JSON.stringify(model)} caret ${caret}\nadapter: ${JSON.stringify(await adapterText(page, id, network))}\neditor: ${JSON.stringify(await fixtureText(page, id))} selection ${JSON.stringify(await fixtureSelection(page, id))}\nDOM:    ${JSON.stringify(dom)}`,
        );
      }
    }

    for (let step = 1; step <= STEPS; step++) {
      const roll = rand();
      if (roll < 0.35) {
        const word = (rand() < 0.5 ? ' ' : '') + pick(WORDS) + (rand() < 0.3 ? '.' : ' ');
        log.push(`${step}: type ${JSON.stringify(word)} at ${caret}`);
        await page.keyboard.type(word);
        model = model.slice(0, caret) + word + model.slice(caret);
        caret += word.length;
      } else if (roll < 0.42) {
        log.push(`${step}: Enter at ${caret}`);
        await page.keyboard.press('Enter');
        model = model.slice(0, caret) + '\n' + model.slice(caret);
        caret += 1;
      } else if (roll < 0.5) {
        if (caret === 0) continue;
        const before = [...graphemes.segment(model.slice(0, caret))].pop()!.segment;
        log.push(`${step}: Backspace at ${caret} (${JSON.stringify(before)})`);
        await page.keyboard.press('Backspace');
        model = model.slice(0, caret - before.length) + model.slice(caret);
        caret -= before.length;
      } else if (roll < 0.62) {
        const key = pick(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Control+Home', 'Control+End']);
        log.push(`${step}: ${key}`);
        await page.keyboard.press(key);
        await readCaret();
      } else if (roll < 0.7) {
        const text = pick(PASTES);
        log.push(`${step}: paste ${JSON.stringify(text)} at ${caret}`);
        // A real paste: the text goes on the system clipboard and the user presses Ctrl+V.
        await page.evaluate((text) => navigator.clipboard.writeText(text), text);
        await page.keyboard.press('Control+V');
        model = model.slice(0, caret) + text + model.slice(caret);
        caret += text.length;
      } else {
        // A one-click fix from the panel, sometimes taken back with the site's undo.
        const { text, report } = await settledReport(page, id, network);
        expect(text, `editor drifted from the model before step ${step}\n${log.join('\n')}`).toBe(model);
        const fixable = report.hints.filter((hint) => hint.replacement !== undefined);
        if (fixable.length === 0) continue;
        const hint = pick(fixable);
        log.push(`${step}: apply ${hint.rule} ${JSON.stringify(text.slice(hint.range.start, hint.range.end))} → ${JSON.stringify(hint.replacement)}`);
        const button = applyButton(page, hint, text);
        try {
          await expect.poll(() => button.count(), UI_TIMEOUT).toBe(1);
        } catch {
          const keys = await page.evaluate(() =>
            [...(document.querySelector('rapport-panel')?.shadowRoot?.querySelectorAll('[data-testid="rapport-hint"]') ?? [])].map((el) => el.getAttribute('data-key')),
          );
          const dom = await page.locator(`[data-fixture-editor="${id}"] [contenteditable="true"]`).evaluate((el) => (el as HTMLElement).innerText);
          expect.fail(`step ${step}: no Apply for ${hintKey(hint, text)}; panel has ${JSON.stringify(keys)}\ntext: ${JSON.stringify(text)}\nDOM:  ${JSON.stringify(dom)}\n${log.join('\n')}`);
        }
        // A real click (the panel ignores events a person did not make); Playwright scrolls a long
        // session's button into view first.
        await button.click();
        const before = model;
        model = text.slice(0, hint.range.start) + hint.replacement! + text.slice(hint.range.end);
        caret = hint.range.start + hint.replacement!.length;
        await check(step);
        await expect.poll(() => fixtureSelection(page, id), UI_TIMEOUT).toEqual({ anchor: caret, focus: caret });
        if (rand() < 0.4) {
          log.push(`${step}: undo the fix`);
          await page.keyboard.press('Control+z');
          model = before;
          await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(model);
          // Undo restores the selection the fix replaced; the model takes the editor's caret.
          await readCaret();
        }
      }
      await check(step);
    }
    expect(score(model, NEUTRAL_PRESET, scoreContextFor(NEUTRAL_PRESET, network)).hints.every((hint) => hint.range.end <= model.length)).toBe(true);
    await page.close();
  });
});
