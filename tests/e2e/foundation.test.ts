// The content script's contract, proved on the production build in Chromium against real Draft.js
// and Lexical editors: it attaches to every kind of composer on both sites, the panel shows exactly
// what the engine computes for the editor's own text (a round trip through the service worker),
// it survives a worker restart and a second tab, and nothing leaves the machine.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { NetworkId } from '../../src/networks';
import { scoredIn } from '../scored';
import { contentScriptStarted, fixtureText, isFixtureRequest, launch, readPanel, typeInto, type Harness } from './harness';
import { fixtureComposer } from './editing';

const UI_TIMEOUT = { timeout: 10_000, interval: 100 };

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

function composerCount(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('rapport-panel')?.getAttribute('data-composers') ?? null);
}

/** Types into a fixture editor, then waits until the panel shows the engine's scores for what the editor holds. */
async function typeAndExpectScores(page: Page, editorId: string, typed: string, network: NetworkId): Promise<void> {
  await typeInto(page, editorId, typed);
  const text = await fixtureText(page, editorId);
  expect(text, 'the fixture editor holds what was typed').toBe(typed);
  const expected = scoredIn(text, network, { composer: fixtureComposer(editorId) });
  await expect
    .poll(() => readPanel(page), UI_TIMEOUT)
    .toMatchObject({ state: 'ready', reciprocity: expected.reciprocity, voice: expected.voice });

  // Every hint the panel lists is one the engine found, and only fixable findings offer "Apply".
  const panel = await readPanel(page);
  const reportRules = new Set(expected.hints.map((hint) => hint.rule));
  const fixableRules = new Set(expected.hints.filter((hint) => hint.replacement !== undefined).map((hint) => hint.rule));
  for (const hint of panel?.hints ?? []) {
    expect(reportRules, `panel hint ${hint.rule}`).toContain(hint.rule);
    if (hint.fixable) expect(fixableRules, `fixable panel hint ${hint.rule}`).toContain(hint.rule);
  }
}

describe('on X (Draft.js)', () => {
  it('scores the home composer exactly as the engine does', async () => {
    const page = await harness.openX('/home');
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    await typeAndExpectScores(page, 'home', "We're thrilled to announce our new app! Download now and use code SAVE20 for 20% off.", 'x');
    await page.close();
  });

  it('attaches to the reply dialog and lets go when it closes', async () => {
    const page = await harness.openX('/home');
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    await page.getByTestId('reply').click();
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('2');
    await typeAndExpectScores(page, 'reply', "Sorry for the wait, Ada! I'd try the bakery on Mill Street, they open at 6. ^JS", 'x');
    await page.getByTestId('app-bar-close').click();
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    await page.close();
  });

  it('follows a thread as posts are added, scoring the one being typed in', async () => {
    const page = await harness.openX('/compose/post');
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    await page.getByTestId('addButton').click();
    await page.getByTestId('addButton').click();
    await expect.poll(() => page.locator('[data-testid="tweetTextarea_2"][role="textbox"]').count(), UI_TIMEOUT).toBe(1);
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('3');
    await typeAndExpectScores(page, 'thread-2', 'Tip: water tomatoes in the morning.\nWhat is your best trick for a late harvest?', 'x');
    await typeAndExpectScores(page, 'thread-1', 'Our spring sale starts today. Shop now!', 'x');
    await page.close();
  });

  it('attaches to a composer that appears after load and counts one that is removed', async () => {
    const page = await harness.openX('/home?late=2500');
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('2');
    await typeAndExpectScores(page, 'late-1', 'Thanks for asking! What time works best for you?', 'x');
    // Through the page's API rather than its buttons, which the panel may cover.
    expect(await page.evaluate(() => window.__fixture?.remove())).toBe('late-1');
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    expect(await page.evaluate(() => window.__fixture?.addLate(200))).toBe('late-2');
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('2');
    await page.close();
  });
});

describe('on Facebook (Lexical)', () => {
  it('scores the post composer in its dialog, one line per paragraph', async () => {
    const page = await harness.openFacebook('/');
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    await page.locator('[data-fixture-action="open-composer"]').click();
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('2');
    await typeAndExpectScores(page, 'post', 'Big news for our neighbourhood!\nWhat should we bake next week? Tell us below 👇', 'facebook');
    expect(await page.evaluate(() => window.__fixture?.paragraphs('post'))).toHaveLength(2);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    await page.close();
  });

  it('scores the comment box outside the dialog', async () => {
    const page = await harness.openFacebook('/');
    await expect.poll(() => composerCount(page), UI_TIMEOUT).toBe('1');
    await typeAndExpectScores(page, 'comment-1', "Thanks Ada! You're right, the lights are too bright. I've passed it on. – Sam", 'facebook');
    await page.close();
  });
});

describe('across tabs and worker restarts', () => {
  it('keeps each tab on its own draft', async () => {
    const first = await harness.openX('/home');
    const second = await harness.openFacebook('/');
    await typeAndExpectScores(first, 'home', 'Dear valued customer, please be advised that our offices are closed.', 'x');
    await typeAndExpectScores(second, 'comment-1', 'Congrats on the opening, Ada! What are you baking first?', 'facebook');
    const firstExpected = scoredIn(await fixtureText(first, 'home'), 'x');
    await expect.poll(() => readPanel(first), UI_TIMEOUT).toMatchObject({ reciprocity: firstExpected.reciprocity, voice: firstExpected.voice });
    await first.close();
    await second.close();
  });

  it('scores the next input after Chromium stops the service worker', async () => {
    const page = await harness.openX('/home');
    await typeAndExpectScores(page, 'home', 'Our store opens at 9.', 'x');
    await harness.stopServiceWorker();
    await page.keyboard.type(' What would you like us to stock?');
    const text = await fixtureText(page, 'home');
    expect(text).toBe('Our store opens at 9. What would you like us to stock?');
    const expected = scoredIn(text, 'x');
    await expect.poll(() => readPanel(page), UI_TIMEOUT).toMatchObject({ state: 'ready', reciprocity: expected.reciprocity, voice: expected.voice });
    await page.close();
  });
});

describe('pages without composers', () => {
  it.each([
    ['x', '/explore'],
    ['facebook', '/marketplace'],
  ] as const)('on %s%s shows no panel', async (site, pathname) => {
    const page = site === 'x' ? await harness.openX(pathname) : await harness.openFacebook(pathname);
    // Once the content script has started (and so has looked for composers), there is no panel.
    await contentScriptStarted(page);
    expect(await page.evaluate(() => document.querySelectorAll('rapport-panel').length)).toBe(0);
    await page.close();
  });
});

// These run last, over everything the tests above did.
describe('privacy and hygiene', () => {
  it('makes no network request from any extension context', () => {
    const fromExtension = harness.requests.filter((request) => request.origin === 'extension' && /^(https?|wss?|ftp):/i.test(request.url));
    expect(fromExtension).toEqual([]);
  });

  it('lets the pages reach only their own fixture host', () => {
    const offHost = harness.requests.filter((request) => request.origin === 'page' && /^(https?|wss?|ftp):/i.test(request.url) && !isFixtureRequest(request));
    expect(offHost).toEqual([]);
    // Requests to the fixture host itself (which a content script could also make) are only the
    // pages, their bundles and the favicon.
    const unexpected = harness.server.requests.filter((request) => !/^\/(__fixture\/[\w.]+|favicon\.ico|home(\?late=2500)?|compose\/post|explore|marketplace|)$/.test(request.path));
    expect(unexpected).toEqual([]);
  });

  it('logs no errors in the pages, the content script or the worker', () => {
    const errors = harness.consoleMessages.filter((message) => message.origin !== 'browser' && message.level === 'error');
    expect(errors).toEqual([]);
  });
});
