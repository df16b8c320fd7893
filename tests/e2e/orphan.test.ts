// The extension updated or reloaded under an open tab: the old content script takes away its panel,
// underlines and listeners, never touches the draft, shows no error and throws nothing; where the
// browser does not put the new script into the open page (Chromium), one line asks for a reload.
// Its own browser: reloading the extension would disturb other tests.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureText, launch, readPanel, typeInto, type Harness } from './harness';
import { UI_TIMEOUT, settledReport } from './editing';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

/** All text a user could see from Rapport, shadow roots included. */
function rapportText(page: import('playwright-core').Page) {
  return page.evaluate(() => [...document.querySelectorAll('rapport-panel, rapport-card, rapport-notice')].map((host) => host.shadowRoot?.textContent ?? '').join(' | '));
}

it('reloading the extension leaves the draft untouched, no error text, no uncaught error, and one line asking for a reload', async () => {
  const page = await harness.openX('/home');
  const draft = 'Please utilize the form. What do you think?';
  await typeInto(page, 'home', draft);
  await settledReport(page, 'home', 'x');
  expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  const errorsBefore = harness.consoleMessages.length;

  const oldWorker = harness.serviceWorker;
  await oldWorker.evaluate(() => chrome.runtime.reload());
  // The orphaned script noticed by itself: its panel gave way to the one line.
  await expect.poll(() => page.evaluate(() => document.querySelector('rapport-panel') === null && document.querySelector('rapport-notice') !== null), UI_TIMEOUT).toBe(true);
  expect(await rapportText(page)).toMatch(/^Rapport was updated\. Reload this page to keep coaching; your draft is safe\. Close$/);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  expect(await fixtureText(page, 'home')).toBe(draft);

  // Clicking and typing go on as if Rapport had never been there.
  await page.locator('[data-fixture-editor="home"] [contenteditable="true"]').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Thanks!');
  await expect.poll(() => fixtureText(page, 'home'), UI_TIMEOUT).toBe(`${draft} Thanks!`);
  expect(await rapportText(page)).not.toContain('invalidated');
  const errors = harness.consoleMessages.slice(errorsBefore).filter((message) => message.origin !== 'browser' && (message.level === 'error' || message.level === 'exception'));
  expect(errors).toEqual([]);

  // Once the new version runs, a reload brings its script: coaching is back, with no leftovers.
  await expect.poll(() => harness.serviceWorker !== oldWorker, UI_TIMEOUT).toBe(true);
  expect(await harness.serviceWorker.evaluate(() => chrome.runtime.id)).toBe(harness.extensionId);
  await page.reload();
  await page.waitForFunction(() => window.__fixture !== undefined);
  await typeInto(page, 'home', 'We will utilize it.');
  await expect.poll(async () => (await readPanel(page))?.state, UI_TIMEOUT).toBe('ready');
  expect(await page.evaluate(() => document.querySelectorAll('rapport-notice').length)).toBe(0);
  await page.close();
});
