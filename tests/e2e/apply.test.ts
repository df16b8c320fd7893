// One-click fixes never corrupt a draft: on the production build, against the real editors of every
// network (Draft.js, Lexical, ProseMirror/TipTap, Quill; the textarea in mastodon.test.ts), every apply is checked against the editor's own state — its text, its
// caret, and what typing, Backspace, arrows and undo/redo do afterwards.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { NetworkId } from '../../src/networks';
import { editor, fixtureSelection, fixtureText, launch, typeInto, type Harness } from './harness';
import { UI_TIMEOUT, applyFix, settledReport } from './editing';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

interface Composer {
  name: string;
  network: NetworkId;
  /** Opens a page and returns it with the fixture id of the composer to type in. */
  open(harness: Harness): Promise<{ page: Page; id: string }>;
}

const composers: Composer[] = [
  {
    name: 'X home composer (Draft.js)',
    network: 'x',
    open: async (h) => ({ page: await h.openX('/home'), id: 'home' }),
  },
  {
    name: 'Facebook post composer (Lexical)',
    network: 'facebook',
    open: async (h) => ({ page: await h.openFacebook('/?compose=1'), id: 'post' }),
  },
  {
    name: 'Bluesky post composer (ProseMirror/TipTap)',
    network: 'bluesky',
    open: async (h) => ({ page: await h.openSite('bluesky', '/?compose=1'), id: 'post' }),
  },
  {
    name: 'LinkedIn share box (Quill)',
    network: 'linkedin',
    open: async (h) => ({ page: await h.openSite('linkedin', '/feed/?compose=1'), id: 'post' }),
  },
  {
    name: 'LinkedIn comment box (TipTap)',
    network: 'linkedin',
    open: async (h) => ({ page: await h.openSite('linkedin', '/feed/'), id: 'comment-1' }),
  },
  {
    name: 'Threads post composer (Lexical)',
    network: 'threads',
    open: async (h) => ({ page: await h.openSite('threads', '/?compose=1'), id: 'post' }),
  },
  {
    name: 'Instagram caption (Lexical)',
    network: 'instagram',
    open: async (h) => ({ page: await h.openSite('instagram', '/?compose=1'), id: 'caption' }),
  },
];

const placements: Array<[string, string, string]> = [
  ['at the start of a post', 'Utilize the tool we built.', 'Use the tool we built.'],
  ['in the middle of a post', 'We will utilize the new tool.', 'We will use the new tool.'],
  ['at the end of a post', 'The tools our team utilize', 'The tools our team use'],
  ['in the second of three paragraphs', 'Morning all\nWe utilize it daily\nSee you', 'Morning all\nWe use it daily\nSee you'],
  ['after an astral emoji and a ZWJ sequence', '😀 👨‍👩‍👧 we utilize it', '😀 👨‍👩‍👧 we use it'],
  // Mostly English, or the engine declines the draft as Arabic and offers no fix.
  ['in right-to-left text', 'مرحبا، we will utilize شكرا', 'مرحبا، we will use شكرا'],
  ['in CJK text', '我们 utilize 工具', '我们 use 工具'],
];

describe.each(composers)('$name', ({ network, open }) => {
  it.each(placements)('applies a fix %s, leaving the caret after it', async (_where, typed, expected) => {
    const { page, id } = await open(harness);
    await typeInto(page, id, typed);
    expect(await fixtureText(page, id)).toBe(typed);
    const { after, hint } = await applyFix(page, id, network, (candidate, text) => text.slice(candidate.range.start, candidate.range.end).toLowerCase() === 'utilize');
    expect(after).toBe(expected);
    const caret = hint.range.start + hint.replacement!.length;
    await expect.poll(() => fixtureSelection(page, id), UI_TIMEOUT).toEqual({ anchor: caret, focus: caret });
    await page.close();
  });

  it('keeps typing, Backspace, arrows, undo and redo working after a fix', async () => {
    const { page, id } = await open(harness);
    const typed = 'First line\nWe will utilize the new tool.\nLast line';
    await typeInto(page, id, typed);
    const { before, after, hint } = await applyFix(page, id, network);
    let caret = hint.range.start + hint.replacement!.length;
    await expect.poll(() => fixtureSelection(page, id), UI_TIMEOUT).toEqual({ anchor: caret, focus: caret });

    // One undo restores the original draft exactly; redo brings the fix back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(after);

    // Put the caret back after the replacement through the keyboard alone: Home, then ArrowRight.
    await page.keyboard.press('Home');
    const lineStart = after.lastIndexOf('\n', caret - 1) + 1;
    for (let i = lineStart; i < caret; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => fixtureSelection(page, id), UI_TIMEOUT).toEqual({ anchor: caret, focus: caret });

    await page.keyboard.type('d');
    let expected = after.slice(0, caret) + 'd' + after.slice(caret);
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(expected);
    caret += 1;

    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    expected = expected.slice(0, caret - 2) + expected.slice(caret);
    caret -= 2;
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(expected);
    await expect.poll(() => fixtureSelection(page, id), UI_TIMEOUT).toEqual({ anchor: caret, focus: caret });

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    caret -= 2;
    await page.keyboard.type('[]');
    expected = expected.slice(0, caret) + '[]' + expected.slice(caret);
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(expected);

    // The other paragraphs were never touched.
    const lines = expected.split('\n');
    expect(lines[0]).toBe('First line');
    expect(lines[2]).toBe('Last line');
    await page.close();
  });
});

describe('other composers', () => {
  it('applies a fix in the second post of an X thread (tweetTextarea_1) without touching the first', async () => {
    const page = await harness.openX('/compose/post');
    await typeInto(page, 'thread-0', 'Part one of our update');
    await page.getByTestId('addButton').click();
    await expect.poll(() => page.locator('[data-testid="tweetTextarea_1"][role="textbox"]').count(), UI_TIMEOUT).toBe(1);
    await typeInto(page, 'thread-1', 'Then we utilize the feedback');
    await applyFix(page, 'thread-1', 'x');
    expect(await fixtureText(page, 'thread-1')).toBe('Then we use the feedback');
    expect(await fixtureText(page, 'thread-0')).toBe('Part one of our update');
    await page.close();
  });

  it('applies a fix in a Facebook comment box', async () => {
    const page = await harness.openFacebook('/');
    await typeInto(page, 'comment-1', 'Happy to help, we utilize the same app');
    await applyFix(page, 'comment-1', 'facebook');
    expect(await fixtureText(page, 'comment-1')).toBe('Happy to help, we use the same app');
    await page.close();
  });

  it('a fix clicked just after the text moved lands on the same words or not at all, never elsewhere', async () => {
    const page = await harness.openX('/home');
    await typeInto(page, 'home', 'We will utilize the new tool.');
    await settledReport(page, 'home', 'x');
    // Change the hinted word in the editor's state, then click the old hint's Apply at once, before
    // the panel has caught up: the fix must not land on different words.
    const apply = page.locator('rapport-panel').locator('[data-testid="rapport-apply"]').first();
    await editor(page, 'home').press('End');
    await page.keyboard.press('Home');
    await page.keyboard.type('So ');
    await apply.click({ timeout: 2_000 }).catch(() => {
      // The panel already refreshed and removed the stale hint: also fine.
    });
    await expect.poll(() => fixtureText(page, 'home'), UI_TIMEOUT).toMatch(/^So We will (utilize|use) the new tool\.$/);
    await page.close();
  });
});
