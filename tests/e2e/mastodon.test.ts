// Mastodon: the content script runs only on servers the user added, once the browser granted them;
// on the compose textarea the panel, underlines (drawn in Rapport's mirror over the textarea), hint
// cards and fixes work as on the block editors, and one undo takes a fix back.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostPattern, userScriptId } from '../../src/networks/user-hosts';
import { UI_TIMEOUT, applyFix, settledReport } from './editing';
import { fixtureSelection, fixtureText, launch, typeInto, type Harness } from './harness';
import { addServer, registeredScripts } from './user-hosts';

const HOST = 'mastodon.social';
let harness: Harness;
let options: Page;

beforeAll(async () => {
  harness = await launch();
  // Nothing at install: no Mastodon host among the granted permissions, no script registered.
  const granted = await harness.serviceWorker.evaluate(() => chrome.permissions.getAll());
  expect(granted.origins ?? []).not.toContain(hostPattern(HOST));
  expect(await registeredScripts(harness)).toEqual([]);
  options = await addServer(harness, 'mastodon', ' https://Mastodon.Social/home ', HOST);
});

afterAll(async () => {
  await harness?.close();
});

describe('adding a server', () => {
  it('registers the content script for that host only, and lists the server', async () => {
    expect(await registeredScripts(harness)).toEqual([{ id: userScriptId('mastodon'), matches: [hostPattern(HOST)] }]);
    await expect.poll(() => options.getByTestId('user-host-list-mastodon').textContent(), UI_TIMEOUT).toContain(HOST);
  });

  it('refuses what is not a public https server name, asking the browser for nothing', async () => {
    for (const input of ['http://mastodon.social', 'localhost:3000', '10.0.0.1', 'not a host']) {
      await options.getByTestId('user-host-input-mastodon').fill(input);
      await options.getByTestId('user-host-add-mastodon').click();
      await expect.poll(() => options.getByTestId('user-host-status-mastodon').getAttribute('class'), UI_TIMEOUT).toContain('error');
    }
    expect(await registeredScripts(harness)).toEqual([{ id: userScriptId('mastodon'), matches: [hostPattern(HOST)] }]);
  });
});

describe('on the compose textarea', () => {
  it.each([
    ['at the start', 'Utilize the tool we built.', 'Use the tool we built.'],
    ['on the second line', 'Morning all\nWe utilize it daily\nSee you', 'Morning all\nWe use it daily\nSee you'],
    ['after an astral emoji and a ZWJ sequence', '😀 👨‍👩‍👧 we utilize it', '😀 👨‍👩‍👧 we use it'],
  ])('applies a fix %s, caret after it, and one undo restores the draft', async (_where, typed, expected) => {
    const page = await harness.openSite('mastodon', '/home');
    await typeInto(page, 'compose', typed);
    const { before, after, hint } = await applyFix(page, 'compose', 'mastodon', (candidate, text) => text.slice(candidate.range.start, candidate.range.end).toLowerCase() === 'utilize');
    expect(after).toBe(expected);
    const caret = hint.range.start + hint.replacement!.length;
    await expect.poll(() => fixtureSelection(page, 'compose'), UI_TIMEOUT).toEqual({ anchor: caret, focus: caret });
    await page.keyboard.press('Control+z');
    await expect.poll(() => fixtureText(page, 'compose'), UI_TIMEOUT).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => fixtureText(page, 'compose'), UI_TIMEOUT).toBe(after);
    // Redo leaves the caret after the fix; typing at the end goes on as usual.
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ok');
    await expect.poll(() => fixtureText(page, 'compose'), UI_TIMEOUT).toBe(`${after} ok`);
    await page.close();
  });

  it('underlines the hinted words over the textarea, and a click on them opens their card', async () => {
    const page = await harness.openSite('mastodon', '/home');
    await typeInto(page, 'compose', 'We will utilize the new tool.');
    await settledReport(page, 'compose', 'mastodon');
    // The underline's range lies in Rapport's mirror, exactly over the word in the textarea.
    const underline = await page.evaluate(() => {
      const ranges = [...CSS.highlights.values()].flatMap((highlight) => [...highlight]) as Range[];
      const range = ranges.find((candidate) => candidate.toString() === 'utilize');
      const rect = range?.getBoundingClientRect();
      const area = document.querySelector('textarea')!.getBoundingClientRect();
      return rect && { inMirror: range!.startContainer.parentElement?.tagName, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, inside: rect.left >= area.left && rect.right <= area.right && rect.top >= area.top && rect.bottom <= area.bottom };
    });
    expect(underline).toMatchObject({ inMirror: 'RAPPORT-MIRROR', inside: true });
    // The mirror shows nothing of its own and is never in the way (highlights.css, which the registered script brings).
    const mirror = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('rapport-mirror')!);
      return { position: style.position, color: style.color, background: style.backgroundColor, border: style.borderTopColor, pointerEvents: style.pointerEvents, boxSizing: style.boxSizing };
    });
    expect(mirror).toEqual({ position: 'fixed', color: 'rgba(0, 0, 0, 0)', background: 'rgba(0, 0, 0, 0)', border: 'rgba(0, 0, 0, 0)', pointerEvents: 'none', boxSizing: 'border-box' });
    // Clicking where the underline is drawn hits that word in the textarea itself.
    await page.mouse.click(underline!.x, underline!.y);
    const card = page.locator('rapport-card');
    await expect.poll(() => card.evaluate((host) => (host as HTMLElement).hidden).catch(() => true), UI_TIMEOUT).toBe(false);
    expect(await card.locator('[data-testid="rapport-hint"]').getAttribute('data-rule')).toBeTruthy();
    await page.close();
  });

  it('follows the page clearing the textarea without any input event (after Post)', async () => {
    const page = await harness.openSite('mastodon', '/home');
    await typeInto(page, 'compose', 'We will utilize the new tool.');
    await settledReport(page, 'compose', 'mastodon');
    await page.getByRole('button', { name: 'Post' }).click();
    await expect.poll(() => fixtureText(page, 'compose'), UI_TIMEOUT).toBe('');
    // The underline goes with the words.
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.values()].reduce((count, highlight) => count + highlight.size, 0)), UI_TIMEOUT).toBe(0);
    await page.close();
  });
});

describe('removing the server', () => {
  it('unregisters the script and gives the permission back', async () => {
    await options.getByTestId(`user-host-remove-${HOST}`).click();
    await expect.poll(() => registeredScripts(harness), UI_TIMEOUT).toEqual([]);
    expect(await harness.serviceWorker.evaluate((pattern) => chrome.permissions.contains({ origins: [pattern] }), hostPattern(HOST))).toBe(false);
    await expect.poll(() => options.getByTestId('user-host-list-mastodon').count(), UI_TIMEOUT).toBe(0);
  });
});
