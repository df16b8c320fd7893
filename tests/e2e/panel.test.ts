// The coach panel on the production build, against the real Draft.js and Lexical fixture editors:
// keyboard-only use (shortcut → hint → Enter applies → Esc back with the caret intact), dismiss and
// turn-off and how long each lasts, placement beside the composer, style isolation both ways, the
// site's theme, and screenshots of both sites in both themes (tests/e2e/artifacts/, git-ignored).

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Preset } from '../../src/engine';
import { NEUTRAL_PRESET } from '../../src/engine/presets/neutral';
import { scoredIn } from '../scored';
import { editor, fixtureSelection, fixtureText, launch, projectRoot, readPanel, typeInto, type Harness } from './harness';

const UI_TIMEOUT = { timeout: 10_000, interval: 100 };
const artifacts = path.join(projectRoot, 'tests/e2e/artifacts');

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

type Site = 'x' | 'facebook';

/** Opens the site and returns the id of the composer to use: X's home composer, Facebook's post dialog. */
async function openComposer(site: Site, query = ''): Promise<{ page: Page; id: string }> {
  if (site === 'x') return { page: await harness.openX(`/home${query}`), id: 'home' };
  const page = await harness.openFacebook(`/${query}`);
  await page.locator('[data-fixture-action="open-composer"]').click();
  await expect.poll(() => page.evaluate(() => window.__fixture?.editors().some((info) => info.id === 'post')), UI_TIMEOUT).toBe(true);
  return { page, id: 'post' };
}

async function waitForScores(page: Page): Promise<void> {
  await expect.poll(async () => (await readPanel(page))?.state, UI_TIMEOUT).toBe('ready');
  await expect.poll(async () => (await readPanel(page))?.reciprocity ?? null, UI_TIMEOUT).not.toBeNull();
}

/** Waits until the panel shows the scores of what the editor holds now (scored after the last change). */
async function waitForScoredText(page: Page, id: string, network: Site, preset?: Preset): Promise<void> {
  const expected = scoredIn(await fixtureText(page, id), network, preset ? { preset } : {});
  const scores = expected.status === 'scored' ? { reciprocity: expected.reciprocity, voice: expected.voice } : {};
  await expect.poll(() => readPanel(page), UI_TIMEOUT).toMatchObject({ state: 'ready', ...scores });
}

/**
 * Resolves once any placement the panel scheduled has run: a size change reaches its ResizeObserver
 * at the end of one frame, which places it in the next; three frames cover both, in any order.
 */
function afterPlacement(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))));
}

function panelRules(page: Page): Promise<string[]> {
  return readPanel(page).then((panel) => panel?.hints.map((hint) => hint.rule) ?? []);
}

/** What has focus inside the panel's shadow root: the hint's rule, another element's test id, or null. */
function panelFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.querySelector('rapport-panel')?.shadowRoot?.activeElement;
    if (!active) return null;
    return active.getAttribute('data-rule') ?? active.getAttribute('data-testid') ?? active.tagName.toLowerCase();
  });
}

/**
 * The `commands` shortcut. Headless Chromium does not route key presses to extension commands, so
 * the test sends what the worker's commands.onCommand listener sends (the same message to the tab),
 * from inside the service worker, then waits for the panel's focus to move.
 */
async function pressFocusPanelShortcut(page: Page): Promise<void> {
  const before = await panelFocus(page);
  await harness.serviceWorker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : chrome.tabs.sendMessage(tab.id, { type: 'rapport/focus-panel' }).catch(() => null))));
  });
  await expect.poll(() => panelFocus(page), UI_TIMEOUT).not.toBe(before);
}

async function storedSettings(): Promise<{ disabledRules?: string[]; panelCollapsed?: boolean }> {
  return harness.serviceWorker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings ?? {}) as { disabledRules?: string[]; panelCollapsed?: boolean });
}

async function restoreSettings(change: { disabledRules?: string[]; panelCollapsed?: boolean }): Promise<void> {
  await harness.serviceWorker.evaluate(async (values) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings as object), ...values } });
  }, change);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function boxes(page: Page, id: string, postButton: string): Promise<{ panel: Box; editor: Box; post: Box; viewport: { width: number; height: number } }> {
  return page.evaluate(
    ([editorId, postSelector]) => {
      const plain = (rect: DOMRect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
      const host = document.querySelector('rapport-panel')!;
      const shown = host.shadowRoot!.querySelector('.panel, .badge')!;
      const editorElement = document.querySelector(`[data-fixture-editor="${editorId}"] [contenteditable="true"]`)!;
      return {
        panel: plain(shown.getBoundingClientRect()),
        editor: plain(editorElement.getBoundingClientRect()),
        post: plain(document.querySelector(postSelector)!.getBoundingClientRect()),
        viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      };
    },
    [id, postButton] as const,
  );
}

const POST_BUTTON: Record<Site, string> = { x: '[data-testid="tweetButtonInline"]', facebook: '[role="dialog"] [aria-label="Post"]' };

// The fix: plain-words offers "use" for "utilize", before the caret the test leaves in the middle.
const DRAFT = 'Please utilize the form today. What do you think?';
const CARET_TAIL = ' today. What do you think?';

describe.each(['x', 'facebook'] as const)('on %s', (site) => {
  it('works from the keyboard alone: shortcut, next hint, Enter applies, Esc returns with the caret intact', async () => {
    const { page, id } = await openComposer(site);
    await typeInto(page, id, DRAFT);
    for (let step = 0; step < CARET_TAIL.length; step++) await page.keyboard.press('ArrowLeft');
    const caret = DRAFT.length - CARET_TAIL.length;
    await expect.poll(() => fixtureSelection(page, id), UI_TIMEOUT).toEqual({ anchor: caret, focus: caret });
    await waitForScores(page);
    await expect.poll(() => panelRules(page), UI_TIMEOUT).toContain('plain-words');

    await pressFocusPanelShortcut(page);
    const first = (await panelRules(page))[0];
    await expect.poll(() => panelFocus(page), UI_TIMEOUT).toBe(first);
    // The caret stays where it was while the panel has focus: nothing was typed or moved.
    expect(await fixtureSelection(page, id)).toEqual({ anchor: caret, focus: caret });

    // Pressing the shortcut again cycles through the hints until the fixable one.
    for (let presses = 0; (await panelFocus(page)) !== 'plain-words'; presses++) {
      expect(presses, 'the shortcut reaches every hint').toBeLessThan(20);
      await pressFocusPanelShortcut(page);
    }
    await page.keyboard.press('Enter');
    const fixed = DRAFT.replace('utilize', 'use');
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(fixed);
    // Focus came back to the panel, so the keyboard user can go on.
    await expect.poll(() => panelFocus(page), UI_TIMEOUT).not.toBeNull();
    await expect.poll(() => panelRules(page), UI_TIMEOUT).not.toContain('plain-words');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate((editorId) => document.activeElement?.closest(`[data-fixture-editor="${editorId}"]`) !== null, id), UI_TIMEOUT).toBe(true);
    const moved = caret - ('utilize'.length - 'use'.length);
    await expect.poll(() => fixtureSelection(page, id), UI_TIMEOUT).toEqual({ anchor: moved, focus: moved });
    // The editor's own caret: what is typed next goes in exactly there.
    await page.keyboard.type(' now');
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(fixed.slice(0, moved) + ' now' + fixed.slice(moved));
    await page.close();
  });

  it('never takes focus while the user types', async () => {
    const { page, id } = await openComposer(site);
    await typeInto(page, id, 'Dear valued customer, we apologize for any inconvenience.');
    await waitForScores(page);
    await page.keyboard.type(' Tell us more?');
    await waitForScoredText(page, id, site);
    expect(await panelFocus(page)).toBeNull();
    expect(await fixtureText(page, id)).toBe('Dear valued customer, we apologize for any inconvenience. Tell us more?');
    await page.close();
  });

  it('dismisses a hint for this draft only', async () => {
    const { page, id } = await openComposer(site);
    await typeInto(page, id, 'Please utilize the form. Thanks!');
    await waitForScores(page);
    await expect.poll(() => panelRules(page), UI_TIMEOUT).toContain('plain-words');
    await page.locator('rapport-panel [data-rule="plain-words"] [data-testid="rapport-dismiss"]').click();
    await expect.poll(() => panelRules(page), UI_TIMEOUT).not.toContain('plain-words');
    // Still gone after more typing and a fresh score of the same draft.
    await editor(page, id).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' What do you think?');
    await waitForScoredText(page, id, site);
    expect(await panelRules(page)).not.toContain('plain-words');
    // A new draft (the composer emptied) brings it back.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe('');
    // The panel has seen the empty composer (a person takes longer than a frame to start again).
    await expect.poll(() => page.evaluate(() => document.querySelector('rapport-panel')!.shadowRoot!.querySelector('[data-testid="rapport-empty"]') !== null), UI_TIMEOUT).toBe(true);
    await page.keyboard.type('Please utilize the form.');
    await expect.poll(() => panelRules(page), UI_TIMEOUT).toContain('plain-words');
    await page.close();
  });

  it('ignores what a page script does to it: scripted clicks and keys apply, dismiss and turn off nothing', async () => {
    onTestFinished(() => restoreSettings({ disabledRules: [] }));
    const { page, id } = await openComposer(site);
    const typed = 'Please utilize the form. What do you think?';
    await typeInto(page, id, typed);
    await expect.poll(() => panelRules(page), UI_TIMEOUT).toContain('plain-words');
    const attacked = await page.evaluate(() => {
      const hint = document.querySelector('rapport-panel')!.shadowRoot!.querySelector<HTMLElement>('[data-rule="plain-words"]')!;
      for (const testId of ['rapport-apply', 'rapport-dismiss', 'rapport-turn-off']) hint.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.click();
      hint.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      for (let click = 0; click < 50; click++) document.querySelector('rapport-panel')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="rapport-collapse"]')?.click();
      return hint.isConnected;
    });
    expect(attacked).toBe(true);
    // The positive signal that every scripted event has been handled: the user's own click, after them, works.
    await page.locator('rapport-panel [data-rule="plain-words"] [data-testid="rapport-apply"]').click();
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(typed.replace('utilize', 'use'));
    expect((await storedSettings()).disabledRules ?? []).not.toContain('plain-words');
    expect(await page.locator('rapport-panel [data-testid="rapport-collapse"]').count()).toBe(1);

    // The page removes the panel (and keeps removing it): it comes back and still works for the user.
    await page.evaluate(() => {
      for (let removal = 0; removal < 30; removal++) document.querySelector('rapport-panel')?.remove();
    });
    await expect.poll(() => page.evaluate(() => document.querySelector('rapport-panel')?.isConnected ?? false), UI_TIMEOUT).toBe(true);
    await typeInto(page, id, ' Please utilize it.');
    await expect.poll(() => panelRules(page), UI_TIMEOUT).toContain('plain-words');
    await page.locator('rapport-panel [data-rule="plain-words"] [data-testid="rapport-apply"]').click();
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).not.toContain('utilize');
    await page.close();
  });

  it('turns a rule off for the user: stored, and still off after a reload', async () => {
    // Later tests expect every rule on, whatever happens here.
    onTestFinished(() => restoreSettings({ disabledRules: [] }));
    const { page, id } = await openComposer(site);
    await typeInto(page, id, 'Please utilize the form. What do you think?');
    await expect.poll(() => panelRules(page), UI_TIMEOUT).toContain('plain-words');
    await page.locator('rapport-panel [data-rule="plain-words"] [data-testid="rapport-turn-off"]').click();
    await expect.poll(async () => (await storedSettings()).disabledRules, UI_TIMEOUT).toContain('plain-words');
    await expect.poll(() => panelRules(page), UI_TIMEOUT).not.toContain('plain-words');

    await page.reload();
    await page.waitForFunction(() => window.__fixture !== undefined);
    if (site === 'facebook') await page.locator('[data-fixture-action="open-composer"]').click();
    await typeInto(page, id, 'Please utilize the form. What do you think?');
    await waitForScores(page);
    await waitForScoredText(page, id, site, { ...NEUTRAL_PRESET, rules: { ...NEUTRAL_PRESET.rules, 'plain-words': { weight: 1, ...NEUTRAL_PRESET.rules['plain-words'], enabled: false } } });
    expect(await panelRules(page)).not.toContain('plain-words');
    await page.close();
  });
});

describe('hints and underlines', () => {
  it('hovering or focusing a hint emphasises its underline; clicking an underline focuses its hint', async () => {
    const { page, id } = await openComposer('x');
    await typeInto(page, id, 'Please utilize the form. Shop now and use code SAVE20!');
    await expect.poll(() => panelRules(page), UI_TIMEOUT).toContain('plain-words');
    const emphasised = () =>
      page.evaluate(() => {
        const highlight = CSS.highlights.get('rapport-underline-focus');
        return highlight ? [...highlight].map((range) => range.toString()) : [];
      });
    const hintBox = await page.evaluate(() => {
      const rect = document.querySelector('rapport-panel')!.shadowRoot!.querySelector('[data-rule="plain-words"]')!.getBoundingClientRect();
      return { x: rect.left + 20, y: rect.top + 10 };
    });
    await page.mouse.move(hintBox.x, hintBox.y);
    await expect.poll(emphasised, UI_TIMEOUT).toEqual(['utilize']);
    await page.mouse.move(5, 5);
    await expect.poll(emphasised, UI_TIMEOUT).toEqual([]);

    // Click the underlined word in the editor: its hint is marked, and focus stays in the editor.
    const word = await page.evaluate((editorId) => {
      const root = document.querySelector(`[data-fixture-editor="${editorId}"] [contenteditable="true"]`)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('utilize');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 2);
        range.setEnd(node, at + 4);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    }, id);
    expect(word).not.toBeNull();
    await page.mouse.click(word!.x, word!.y);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('rapport-panel')!.shadowRoot!.querySelector('.hint.focused')?.getAttribute('data-rule') ?? null), UI_TIMEOUT)
      .toBe('plain-words');
    expect(await panelFocus(page)).toBeNull();
    await expect.poll(emphasised, UI_TIMEOUT).toEqual(['utilize']);
    await page.close();
  });

  it('resting the pointer on a hint half out of view emphasises it without scrolling the list under the pointer; one click applies its fix', async () => {
    const { page, id } = await openComposer('x');
    // A short window: the list of hints scrolls inside the panel.
    await page.setViewportSize({ width: 1280, height: 420 });
    await typeInto(page, id, 'We are thrilled to announce our new app! Download now. Please utilize the form today. What do you think?');
    await waitForScoredText(page, id, 'x');
    // Scroll the list (as a wheel would) so that the plain-words hint shows only its top edge above the list's bottom.
    const top = await page.evaluate(() => {
      const list = document.querySelector('rapport-panel')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="rapport-panel-body"]')!;
      const item = list.querySelector<HTMLElement>('[data-rule="plain-words"]')!;
      list.scrollTop += item.getBoundingClientRect().top - (list.getBoundingClientRect().bottom - 44);
      return list.scrollTop;
    });
    const edge = await page.evaluate(() => {
      const item = document.querySelector('rapport-panel')!.shadowRoot!.querySelector('[data-rule="plain-words"]')!.getBoundingClientRect();
      return { x: item.left + 40, y: item.top + 5 };
    });
    await page.mouse.move(edge.x, edge.y);
    // The hint is emphasised (its underline marked)…
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('rapport-underline-focus') ?? [])].map((range) => range.toString())), UI_TIMEOUT)
      .toEqual(['utilize']);
    // …and the list stayed where the user left it.
    expect(await page.evaluate(() => document.querySelector('rapport-panel')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="rapport-panel-body"]')!.scrollTop)).toBe(top);
    await page.locator('rapport-panel').locator('[data-rule="plain-words"] [data-testid="rapport-apply"]').click();
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toContain('Please use the form');
    await page.close();
  });
});

describe('placement', () => {
  it.each(['x', 'facebook'] as const)('on %s sits beside the composer, off its text and its post button', async (site) => {
    const { page, id } = await openComposer(site);
    await typeInto(page, id, 'We are thrilled to announce our new app! Download now.');
    await waitForScores(page);
    // Placement follows the panel's size a frame or two later: wait for it to hold, then check each part.
    const placed = async () => {
      const { panel, editor: text, post, viewport } = await boxes(page, id, POST_BUTTON[site]);
      return { overText: overlaps(panel, text), overPostButton: overlaps(panel, post), insideWindow: panel.left >= 0 && panel.right <= viewport.width };
    };
    await expect.poll(placed, UI_TIMEOUT).toEqual({ overText: false, overPostButton: false, insideWindow: true });
    await page.close();
  });

  it('follows the composer when the page scrolls', async () => {
    const page = await harness.openFacebook('/');
    // A long page, so there is something to scroll.
    await page.addStyleTag({ content: 'body { padding-bottom: 2000px; }' });
    await typeInto(page, 'comment-1', 'Thanks Ada! What are you baking first?');
    await waitForScores(page);
    const where = () => boxes(page, 'comment-1', '[data-fixture-editor="comment-1"]');
    // Top-aligned with the composer, as far as the window allows, and never over the site's top banner.
    const banner = await page.evaluate(() => document.querySelector('[role="banner"]')!.getBoundingClientRect().bottom);
    const expectedTop = (now: Awaited<ReturnType<typeof where>>) => Math.max(banner + 8, Math.min(now.editor.top, now.viewport.height - (now.panel.bottom - now.panel.top) - 8));
    const before = await where();
    expect(Math.abs(before.panel.top - expectedTop(before))).toBeLessThan(2);
    await page.mouse.move(640, 600);
    await page.mouse.wheel(0, 200);
    await expect.poll(async () => Math.round((await where()).editor.top), UI_TIMEOUT).toBe(Math.round(before.editor.top - 200));
    await expect.poll(async () => { const now = await where(); return Math.abs(now.panel.top - expectedTop(now)) < 2; }, UI_TIMEOUT).toBe(true);
    expect((await where()).panel.top).not.toBe(before.panel.top);
    await page.close();
  });

  it('keeps still under the pointer while a new score changes its size, so a click lands where it was aimed', async () => {
    const { page, id } = await openComposer('facebook');
    await typeInto(page, id, 'Please utilize the form. Thanks!');
    await expect.poll(() => panelRules(page), UI_TIMEOUT).toContain('plain-words');
    const panelBox = () => page.locator('rapport-panel').evaluate((host) => { const { left, top } = host.shadowRoot!.querySelector('.panel')!.getBoundingClientRect(); return { left, top }; });
    const dismiss = (await page.locator('rapport-panel [data-rule="plain-words"] [data-testid="rapport-dismiss"]').boundingBox())!;
    await afterPlacement(page);
    const before = await panelBox();
    await page.mouse.move(dismiss.x + dismiss.width / 2, dismiss.y + dismiss.height / 2);
    // The editor keeps focus: more typing brings more hints, and a panel taller than the room below its top.
    await page.keyboard.type(' We are thrilled to announce our award-winning, best-in-class solution! BUY NOW!!! Click here to leverage synergies. #deal #sale #promo #win');
    await waitForScoredText(page, id, 'facebook');
    const overflows = () => page.locator('rapport-panel').evaluate((host) => { const body = host.shadowRoot!.querySelector('.panel')!; return body.scrollHeight > body.clientHeight; });
    await expect.poll(overflows, UI_TIMEOUT).toBe(true);
    await afterPlacement(page);
    expect(await panelBox()).toEqual(before);
    // The pointer leaves: the panel moves up to show more of its list.
    await page.mouse.move(10, 10);
    await expect.poll(async () => (await panelBox()).top, UI_TIMEOUT).toBeLessThan(before.top);
    await page.close();
  });

  it('draws a new score that arrives while Apply is held down only after the release, so the click applies the fix it was aimed at', async () => {
    const { page, id } = await openComposer('x');
    // 251 characters: one fix, no limit line yet.
    const draft =
      'Please utilize the form when you sign up for the garden club this spring. We meet on Saturdays by the oak tree near the pond, and everyone brings a snack to share. Last week Sam brought lemon cake and it was gone in minutes. What should we plant first';
    await typeInto(page, id, draft);
    await waitForScoredText(page, id, 'x');
    const apply = page.locator('rapport-panel').locator('[data-rule="plain-words"] [data-testid="rapport-apply"]');
    await apply.hover();
    await page.mouse.down();
    // While the button is held, the draft changes (focus back in the editor, as a script or a second
    // hand could) and its new score comes back: a limit line and a costlier hint above this one.
    await editor(page, id).evaluate((el) => (el as HTMLElement).focus());
    await page.keyboard.press('Control+End');
    await page.keyboard.type('? We leverage it.');
    // The new report has reached the page once its new finding is underlined there.
    const underlined = () => page.evaluate(() => [...CSS.highlights.values()].flatMap((highlight) => [...highlight]).map((range) => range.toString()));
    await expect.poll(underlined, UI_TIMEOUT).toContain('leverage');
    await page.mouse.up();
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(`${draft.replace('utilize', 'use')}? We leverage it.`);
    // Then the panel shows the new score.
    await expect.poll(() => page.locator('rapport-panel').locator('[data-testid="rapport-fact-length"]').count(), UI_TIMEOUT).toBe(1);
    await page.close();
  });

  it('shrinks to a strip attached to the composer when no side has room, and opens on demand', async () => {
    const { page, id } = await openComposer('x');
    await page.setViewportSize({ width: 760, height: 700 });
    await typeInto(page, id, 'Our new app is here! Download now.');
    await waitForScores(page);
    await expect.poll(() => page.evaluate(() => document.querySelector('rapport-panel')!.shadowRoot!.querySelector('[data-testid="rapport-badge"]') !== null), UI_TIMEOUT).toBe(true);
    const { panel, editor: text, post } = await boxes(page, id, POST_BUTTON.x);
    expect(overlaps(panel, text)).toBe(false);
    expect(overlaps(panel, post)).toBe(false);
    const reading = await readPanel(page);
    expect(reading?.reciprocity).not.toBeNull();
    expect(reading?.voice).not.toBeNull();
    await page.screenshot({ path: path.join(artifacts, 'x-light-narrow-strip.png') });
    // The shortcut still opens it, for as long as focus stays in it; Esc goes back to the badge and the editor.
    await pressFocusPanelShortcut(page);
    await expect.poll(() => panelFocus(page), UI_TIMEOUT).not.toBeNull();
    expect(await page.evaluate(() => document.querySelector('rapport-panel')!.shadowRoot!.querySelector('.panel') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('rapport-panel')!.shadowRoot!.querySelector('[data-testid="rapport-badge"]') !== null), UI_TIMEOUT).toBe(true);
    expect((await settingsCollapsed())).toBe(false);
    await page.close();
  });

  it('collapses to the badge on request, and remembers it across a reload', async () => {
    onTestFinished(() => restoreSettings({ panelCollapsed: false }));
    const { page, id } = await openComposer('x');
    await typeInto(page, id, 'Thanks for asking! What time works for you?');
    await waitForScores(page);
    await page.locator('rapport-panel [data-testid=\"rapport-collapse\"]').click();
    await expect.poll(settingsCollapsed, UI_TIMEOUT).toBe(true);
    await expect.poll(() => page.evaluate(() => document.querySelector('rapport-panel')!.shadowRoot!.querySelector('[data-testid="rapport-badge"]') !== null), UI_TIMEOUT).toBe(true);
    await page.reload();
    await page.waitForFunction(() => window.__fixture !== undefined);
    await typeInto(page, id, 'Hello?');
    await expect.poll(() => page.evaluate(() => document.querySelector('rapport-panel')?.shadowRoot?.querySelector('[data-testid="rapport-badge"]') != null), UI_TIMEOUT).toBe(true);
    await expect.poll(async () => (await readPanel(page))?.voice ?? null, UI_TIMEOUT).not.toBeNull();
    await page.screenshot({ path: path.join(artifacts, 'x-light-collapsed.png') });
    await page.locator('rapport-panel [data-testid=\"rapport-badge\"]').click();
    await expect.poll(settingsCollapsed, UI_TIMEOUT).toBe(false);
    await expect.poll(() => page.evaluate(() => document.querySelector('rapport-panel')!.shadowRoot!.querySelector('.panel') !== null), UI_TIMEOUT).toBe(true);
    await page.close();
  });
});

async function settingsCollapsed(): Promise<boolean> {
  return (await storedSettings()).panelCollapsed === true;
}

describe('style isolation', () => {
  const PANEL_PROBES = ['.root', '.score-value', '.hint-message', '[data-testid="rapport-apply"]', '.legend'];
  const PROPERTIES = ['color', 'font-size', 'font-family', 'background-color', 'position', 'left', 'top', 'width', 'line-height'];

  it('a hostile page rule does not restyle the panel', async () => {
    const { page, id } = await openComposer('x');
    await typeInto(page, id, 'Please utilize the form. What do you think?');
    await waitForScoredText(page, id, 'x');
    const read = () =>
      page.evaluate(
        ([probes, properties]) => {
          const host = document.querySelector<HTMLElement>('rapport-panel')!;
          const styleOf = (el: Element) => Object.fromEntries(properties.map((property) => [property, getComputedStyle(el).getPropertyValue(property)]));
          return {
            host: styleOf(host),
            // Where panel-host placed it, read in the same task as the computed position.
            placed: { left: host.style.getPropertyValue('--rapport-left'), top: host.style.getPropertyValue('--rapport-top') },
            inside: Object.fromEntries(probes.map((probe) => [probe, styleOf(host.shadowRoot!.querySelector(probe)!)])),
          };
        },
        [PANEL_PROBES, PROPERTIES] as const,
      );
    const before = await read();
    expect(before.inside['.hint-message']!['font-size']).toBe('13px');
    // getComputedStyle applies the new rule at once: no waiting needed.
    await page.addStyleTag({ content: '* { color: red !important; font-size: 40px !important; background-color: yellow !important; left: 0 !important; top: 0 !important; position: static !important; }' });
    const after = await read();
    expect(after.inside).toEqual(before.inside);
    expect(after.host.position).toBe('fixed');
    expect(after.host.left).toBe(after.placed.left);
    expect(after.host.top).toBe(after.placed.top);
    await page.close();
  });

  it('the panel’s styles do not change the page', async () => {
    const { page, id } = await openComposer('facebook');
    await typeInto(page, id, 'Please utilize the form. What do you think?');
    await waitForScores(page);
    const pageStyles = () =>
      page.evaluate(() => {
        const properties = ['color', 'font-size', 'font-family', 'background-color', 'margin-top', 'padding-left', 'display', 'width', 'height', 'box-sizing', 'line-height'];
        return [...document.querySelectorAll('body *')].filter((el) => el.tagName.toLowerCase() !== 'rapport-panel').map((el) => properties.map((property) => getComputedStyle(el).getPropertyValue(property)).join('|'));
      });
    const withPanel = await pageStyles();
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await page.evaluate(() => document.querySelector('rapport-panel')!.remove());
    expect(await pageStyles()).toEqual(withPanel);
    await page.close();
  });
});

describe('themes and screenshots', () => {
  it.each([
    ['x', 'light'],
    ['x', 'dark'],
    ['facebook', 'light'],
    ['facebook', 'dark'],
  ] as const)('%s in %s follows the site’s theme', async (site, theme) => {
    const { page, id } = await openComposer(site, theme === 'dark' ? '?theme=dark' : '');
    const draft =
      site === 'x'
        ? "We're thrilled to announce our new app! Please utilize code SAVE20 for 20% off. #app #sale #new"
        : 'Dear valued customer, please be advised that our offices are closed. What should we bake next week? Thanks Ada!';
    await typeInto(page, id, draft);
    await waitForScores(page);
    await expect.poll(() => page.evaluate(() => document.querySelector('rapport-panel')!.getAttribute('data-theme')), UI_TIMEOUT).toBe(theme);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, `${site}-${theme}.png`) });
    // The site switches theme while the draft is open: the panel follows without a keystroke.
    const other: 'light' | 'dark' = theme === 'dark' ? 'light' : 'dark';
    await page.evaluate((next) => window.__fixture!.setTheme(next), other);
    await expect.poll(() => page.evaluate(() => document.querySelector('rapport-panel')!.getAttribute('data-theme')), UI_TIMEOUT).toBe(other);
    await page.close();
  });
});
