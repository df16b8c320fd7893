// Settings changes on the production build: every change goes through the worker's one writer,
// so quick real clicks all persist, and a change that cannot be stored says "Not saved: …" to the
// person who made it, in the options page and in the panel.

import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { launch, readPanel, typeInto, type Harness } from './harness';

const UI_TIMEOUT = { timeout: 15_000, interval: 100 };

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

function storedDisabledRules(): Promise<string[]> {
  return harness.serviceWorker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { disabledRules?: string[] } | undefined)?.disabledRules ?? []);
}

function resetStoredSettings(): Promise<void> {
  return harness.serviceWorker.evaluate(() => chrome.storage.sync.remove('settings'));
}

describe('settings writes', () => {
  it('seven rapid real clicks on rule switches in the options page all persist', async () => {
    onTestFinished(resetStoredSettings);
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/src/ui/options/index.html`);
    const rules = ['hard-sell', 'jargon', 'emoji', 'shouting', 'passive-voice', 'long-sentence', 'hard-words'];
    for (const rule of rules) await expect.poll(() => options.getByLabel(rule, { exact: true }).isChecked(), UI_TIMEOUT).toBe(true);
    // Real (trusted) clicks, one straight after another: no waiting for a save in between.
    for (const rule of rules) await options.getByLabel(rule, { exact: true }).click({ noWaitAfter: true });
    await expect.poll(async () => (await storedDisabledRules()).sort(), UI_TIMEOUT).toEqual([...rules].sort());
    for (const rule of rules) await expect.poll(() => options.getByLabel(rule, { exact: true }).isChecked(), UI_TIMEOUT).toBe(false);
    await options.close();
  });

  it('a change that cannot be stored says "Not saved" in the panel, and works again once there is room', async () => {
    onTestFinished(async () => {
      await harness.serviceWorker.evaluate(async () => chrome.storage.sync.remove(Object.keys(await chrome.storage.sync.get(null)).filter((key) => key.startsWith('filler:'))));
      await resetStoredSettings();
    });
    const page = await harness.openX('/home');
    await typeInto(page, 'home', 'Please utilize the form. What do you think?');
    await expect.poll(async () => (await readPanel(page))?.hints.map((hint) => hint.rule), UI_TIMEOUT).toContain('plain-words');

    // Fill storage.sync to its 100 KB quota, as a user with many synced presets might.
    await harness.serviceWorker.evaluate(async () => {
      let index = 0;
      for (const size of [8_000, 1_000, 100, 10, 1]) {
        for (;;) {
          try {
            await chrome.storage.sync.set({ [`filler:${index++}`]: 'x'.repeat(size) });
          } catch {
            break;
          }
        }
      }
    });
    // Where the composer leaves no room beside it the panel waits as a badge: open it, as a user would.
    const badge = page.locator('rapport-panel [data-testid="rapport-badge"]');
    if (await badge.count()) await badge.click();
    const turnOff = page.locator('rapport-panel [data-rule="plain-words"] [data-testid="rapport-turn-off"]');
    await turnOff.click();
    const notice = () => page.evaluate(() => document.querySelector('rapport-panel')?.shadowRoot?.querySelector('[data-testid="rapport-settings-error"] span')?.textContent ?? null);
    await expect.poll(notice, UI_TIMEOUT).toMatch(/^Not saved: your browser’s synced storage for Rapport is full/);
    expect(await storedDisabledRules()).toEqual([]);

    await harness.serviceWorker.evaluate(async () => chrome.storage.sync.remove(Object.keys(await chrome.storage.sync.get(null)).filter((key) => key.startsWith('filler:'))));
    await turnOff.click();
    await expect.poll(storedDisabledRules, UI_TIMEOUT).toEqual(['plain-words']);
    await expect.poll(notice, UI_TIMEOUT).toBeNull();
    await page.close();
  });
});
