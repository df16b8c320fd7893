// One draft at a time, private messages left alone, and hint cards at the underline, on the
// production build against the real editors. Every check of the editor reads its own state.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editor, fixtureSelection, fixtureText, launch, readPanel, typeInto, type Harness } from './harness';
import { UI_TIMEOUT, settledReport } from './editing';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

/** Whether the panel is showing, and for which composer (the one its marker sits on). */
function panelShown(page: Page): Promise<{ shown: boolean; markerTop: number | null; scores: boolean }> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('rapport-panel');
    if (!host || host.hidden) return { shown: false, markerTop: null, scores: false };
    const marker = host.shadowRoot!.querySelector('[data-testid="rapport-marker"]')!.getBoundingClientRect();
    const scores = [...host.shadowRoot!.querySelectorAll('[data-testid^="rapport-score-"]')].some((score) => /\d/.test(score.textContent ?? ''));
    return { shown: true, markerTop: Math.round(marker.top), scores };
  });
}

const editorTop = (page: Page, id: string) => editor(page, id).evaluate((el) => Math.round(el.getBoundingClientRect().top));
const composerCount = (page: Page) => page.evaluate(() => document.querySelector('rapport-panel')?.getAttribute('data-composers') ?? null);

/** The centre of `word` in the editor, for a pointer to click or rest on. */
function wordPoint(page: Page, id: string, word: string) {
  return editor(page, id).evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(target);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 1);
      range.setEnd(node, at + target.length - 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${target}" is not in the editor`);
  }, word);
}

function card(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('rapport-card');
    if (!host || host.hidden) return null;
    const hint = host.shadowRoot!.querySelector('[data-testid="rapport-hint"]');
    return { rule: hint?.getAttribute('data-rule') ?? null, apply: host.shadowRoot!.querySelector('[data-testid="rapport-apply"]') !== null, text: hint?.textContent ?? '' };
  });
}

describe('one active draft', () => {
  it('after the post dialog closes, an empty comment box gets no panel and no grade until the user writes in it', async () => {
    const page = await harness.openFacebook('/');
    await page.locator('[data-fixture-action="open-composer"]').click();
    await typeInto(page, 'post', 'Big news! What should we bake next?');
    await expect.poll(async () => (await panelShown(page)).scores, UI_TIMEOUT).toBe(true);
    await page.getByRole('button', { name: 'Close' }).click();
    // The dialog's composer is gone (a positive signal), and nothing took its place.
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    expect(await panelShown(page)).toEqual({ shown: false, markerTop: null, scores: false });

    await typeInto(page, 'comment-1', 'Thanks! What time do you open?');
    await settledReport(page, 'comment-1', 'facebook');
    const now = await panelShown(page);
    expect(now.shown).toBe(true);
    // The marker sits on the comment box: that is the draft being scored.
    expect(now.markerTop).toBe(await editorTop(page, 'comment-1'));
    await page.close();
  });

  it('follows the composer that has focus in an X thread, marking the one it scores', async () => {
    const page = await harness.openX('/compose/post');
    await page.getByTestId('addButton').click();
    await typeInto(page, 'thread-0', 'Part one: we open at 6.');
    await settledReport(page, 'thread-0', 'x');
    expect((await panelShown(page)).markerTop).toBe(await editorTop(page, 'thread-0'));
    await typeInto(page, 'thread-1', 'What should we bake first?');
    await settledReport(page, 'thread-1', 'x');
    expect((await panelShown(page)).markerTop).toBe(await editorTop(page, 'thread-1'));
    await page.close();
  });

  it('an untouched composer is not graded: the panel waits until the user writes', async () => {
    const page = await harness.openX('/home');
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    expect(await panelShown(page)).toEqual({ shown: false, markerTop: null, scores: false });
    await editor(page, 'home').click();
    // Focused but empty: the panel invites typing and shows no grade.
    await expect.poll(async () => (await panelShown(page)).shown, UI_TIMEOUT).toBe(true);
    expect((await panelShown(page)).scores).toBe(false);
    await page.close();
  });
});

/** Clicks the option as a user would and waits until the page shows it stored. */
async function setPrivateOption(options: Page, on: boolean): Promise<void> {
  const box = options.getByTestId('coach-private-messages');
  if ((await box.isChecked()) !== on) await box.click();
  await expect.poll(() => box.isChecked(), UI_TIMEOUT).toBe(on);
}

describe('private messages', () => {
  it('a Messenger box is not coached by default; the option turns it on, and off again', async () => {
    const page = await harness.openFacebook('/?chat=1');
    // Two Lexical boxes on the page, one of them private: Rapport counts only the comment box.
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    await typeInto(page, 'messenger', 'We utilize a new system for orders.');
    expect(await panelShown(page)).toEqual({ shown: false, markerTop: null, scores: false });
    expect(await page.evaluate(() => [...CSS.highlights.keys()].length)).toBe(0);

    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/src/ui/options/index.html`);
    await options.getByTestId('coach-private-messages').waitFor();
    // A script cannot flip it: only the user's own click counts.
    await options.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="coach-private-messages"]')!.click());
    expect(await options.getByTestId('coach-private-messages').isChecked()).toBe(false);
    await setPrivateOption(options, true);
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('2');
    await typeInto(page, 'messenger', ' Thanks!');
    await settledReport(page, 'messenger', 'facebook');
    await expect.poll(async () => (await panelShown(page)).markerTop === (await editorTop(page, 'messenger')), UI_TIMEOUT).toBe(true);

    await setPrivateOption(options, false);
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    await expect.poll(async () => (await panelShown(page)).shown, UI_TIMEOUT).toBe(false);
    await options.close();
    await page.close();
  });

  it('an X direct message is coached only with the option on', async () => {
    const page = await harness.openX('/messages');
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/src/ui/options/index.html`);
    await setPrivateOption(options, true);
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    await setPrivateOption(options, false);
    // The only composer on the page is private: with the option off the panel goes away entirely.
    await expect.poll(() => page.evaluate(() => document.querySelector('rapport-panel') === null), UI_TIMEOUT).toBe(true);
    await options.close();
    await page.close();
  });

  it('X Chat’s textarea is not read even with the option on (X carries no textarea family)', async () => {
    const page = await harness.openX('/messages?chat=1');
    const box = page.getByTestId('dm-composer-textarea');
    await box.waitFor();
    await box.fill('We will utilize a new system for your orders.');
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/src/ui/options/index.html`);
    await setPrivateOption(options, true);
    // The scan the option starts finds the Draft.js direct message and, in the same pass, not the textarea.
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    expect(await page.evaluate(() => document.querySelector('rapport-mirror'))).toBeNull();
    await setPrivateOption(options, false);
    await options.close();
    await page.close();
  });
});

describe('hint cards at the underline', () => {
  it.each([
    ['x', 'home'],
    ['facebook', 'comment-1'],
  ] as const)('on %s: clicking an underline opens a card whose Apply fixes the words through the editor', async (site, id) => {
    const page = site === 'x' ? await harness.openX('/home') : await harness.openFacebook('/');
    const typed = 'We will utilize the new tool. What do you think?';
    await typeInto(page, id, typed);
    await settledReport(page, id, site);
    const point = await wordPoint(page, id, 'utilize');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => card(page), UI_TIMEOUT).toMatchObject({ rule: 'plain-words', apply: true });
    expect((await card(page))!.text).toContain('Try: use');

    // A page script cannot press the card's buttons: refused at once, nothing moved.
    const caretBefore = await fixtureSelection(page, id);
    const scripted = await page.evaluate(() => {
      const root = document.querySelector('rapport-card')!.shadowRoot!;
      root.querySelector<HTMLElement>('[data-testid="rapport-apply"]')!.click();
      root.querySelector<HTMLElement>('[data-testid="rapport-dismiss"]')!.click();
      const selection = document.getSelection()!;
      return { stillOpen: !document.querySelector<HTMLElement>('rapport-card')!.hidden, collapsed: selection.isCollapsed };
    });
    expect(scripted).toEqual({ stillOpen: true, collapsed: true });
    expect(await fixtureSelection(page, id)).toEqual(caretBefore);

    await page.locator('rapport-card').locator('[data-testid="rapport-apply"]').click();
    const fixed = typed.replace('utilize', 'use');
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(fixed);
    const caret = typed.indexOf('utilize') + 'use'.length;
    await expect.poll(() => fixtureSelection(page, id), UI_TIMEOUT).toEqual({ anchor: caret, focus: caret });
    await expect.poll(() => card(page), UI_TIMEOUT).toBeNull();
    // The editor still works as itself: typing goes in at the caret, one undo takes typing back.
    await page.keyboard.type('!');
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(fixed.slice(0, caret) + '!' + fixed.slice(caret));
    await page.close();
  });

  it('resting the pointer on an underline opens its card; Alt+Enter at the caret opens it from the keyboard, Esc goes back', async () => {
    const page = await harness.openX('/home');
    await typeInto(page, 'home', 'Shop now and utilize code SAVE20!');
    await settledReport(page, 'home', 'x');
    const point = await wordPoint(page, 'home', 'utilize');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => card(page), UI_TIMEOUT).toMatchObject({ rule: 'plain-words' });
    await page.mouse.move(2, 2);
    await expect.poll(() => card(page), UI_TIMEOUT).toBeNull();

    // Caret inside "utilize": a synthetic key from the page does nothing, the user's key opens the card.
    await editor(page, 'home').click();
    await page.keyboard.press('Home');
    for (let step = 0; step < 'Shop now and ut'.length; step++) await page.keyboard.press('ArrowRight');
    const opened = await page.evaluate(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true, cancelable: true }));
      const host = document.querySelector<HTMLElement>('rapport-card');
      return host !== null && !host.hidden;
    });
    expect(opened).toBe(false);
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => card(page), UI_TIMEOUT).toMatchObject({ rule: 'plain-words', apply: true });
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('rapport-card');
    expect(await fixtureText(page, 'home')).toBe('Shop now and utilize code SAVE20!');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page), UI_TIMEOUT).toBeNull();
    const caret = 'Shop now and ut'.length;
    await expect.poll(() => fixtureSelection(page, 'home'), UI_TIMEOUT).toEqual({ anchor: caret, focus: caret });
    await page.close();
  });

  it('adjacent underlines alternate styles, and the panel says what the colours mean', async () => {
    const page = await harness.openX('/home');
    await typeInto(page, 'home', 'We utilize leverage daily.');
    await settledReport(page, 'home', 'x');
    const styles = await page.evaluate(() =>
      [...CSS.highlights.entries()].filter(([name]) => name.startsWith('rapport-underline-voice')).map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())]),
    );
    const byName = Object.fromEntries(styles) as Record<string, string[]>;
    expect(byName['rapport-underline-voice']).toContain('utilize');
    expect(byName['rapport-underline-voice-alt']).toContain('leverage');
    const legend = await page.evaluate(() => document.querySelector('rapport-panel')!.shadowRoot!.querySelector('[data-testid="rapport-legend"]')?.textContent ?? '');
    expect(legend).toContain('reciprocity');
    expect(legend).toContain('voice');
    expect((await readPanel(page))?.hints.length).toBeGreaterThan(0);
    await page.close();
  });
});
