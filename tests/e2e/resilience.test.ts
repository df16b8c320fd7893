// What goes wrong in real use must not lose a draft or leave errors behind: a composer that closes
// while its draft is being scored, a service worker that MV3 stops mid-typing, and a huge post.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoredIn } from '../scored';
import { MAX_DRAFT_LENGTH } from '../../src/messages';
import { fixtureText, launch, readPanel, typeInto, type Harness } from './harness';
import { UI_TIMEOUT } from './editing';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

function extensionErrors() {
  return harness.consoleMessages.filter((message) => message.origin === 'extension' && (message.level === 'error' || message.level === 'exception'));
}

describe('failure while typing', () => {
  it('a composer removed while its draft is being scored goes away quietly; the others keep working', async () => {
    const page = await harness.openX('/home?late=1');
    await expect.poll(() => readPanel(page).then((panel) => panel?.composers), UI_TIMEOUT).toBe(2);
    const errorsBefore = extensionErrors().length;
    for (let round = 0; round < 5; round++) {
      const id = await page.evaluate(() => window.__fixture!.addLate(0));
      await expect.poll(() => readPanel(page).then((panel) => panel?.composers), UI_TIMEOUT).toBe(3);
      // Type, then remove the composer at once: its request is still debouncing or in flight.
      await typeInto(page, id, 'Limited time! Shop now');
      await page.waitForTimeout(round * 60);
      expect(await page.evaluate((which) => window.__fixture!.remove(which), id)).toBe(id);
      await expect.poll(() => readPanel(page).then((panel) => panel?.composers), UI_TIMEOUT).toBe(2);
    }

    await typeInto(page, 'home', 'Thanks for the tip, Ada! What should we try next?');
    const expected = scoredIn(await fixtureText(page, 'home'), 'x');
    await expect.poll(() => readPanel(page), UI_TIMEOUT).toMatchObject({ state: 'ready', reciprocity: expected.reciprocity, voice: expected.voice });
    // This answer came after every reply to the removed composers (the worker answers in order), so
    // any error those replies caused has been logged by now.
    expect(extensionErrors().slice(errorsBefore)).toEqual([]);
    await page.close();
  });

  it('a worker stopped mid-typing: the next keystroke gets the draft rescored', async () => {
    const page = await harness.openFacebook('/');
    const errorsBefore = extensionErrors().length;
    for (const [index, part] of ['We hear you, Sam.', ' Sorry about the wait', ' — what time suits you?'].entries()) {
      await typeInto(page, 'comment-1', part);
      // Stop the worker with the last keystroke's request possibly in flight.
      await page.waitForTimeout(index * 90);
      await harness.stopServiceWorker();
      await page.keyboard.type(' ');
      await page.keyboard.press('Backspace');
      const expected = scoredIn(await fixtureText(page, 'comment-1'), 'facebook', { composer: 'comment' });
      await expect
        .poll(() => readPanel(page), UI_TIMEOUT)
        .toMatchObject({ state: 'ready', reciprocity: expected.reciprocity, voice: expected.voice });
    }
    expect(extensionErrors().slice(errorsBefore)).toEqual([]);
    await page.close();
  });
});

describe('bad input', () => {
  it('scores a 100,000-character post without losing a character', async () => {
    const page = await harness.openFacebook('/');
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const line = 'We utilize our tools every day, and you can ask us anything about them 😀. ';
    const long = line.repeat(Math.ceil(100_000 / line.length)).slice(0, 100_000).replace(/\s+\S*$/, '');
    await typeInto(page, 'comment-1', '');
    await page.evaluate((text) => navigator.clipboard.writeText(text), long);
    await page.keyboard.press('Control+V');
    await expect.poll(() => fixtureText(page, 'comment-1'), UI_TIMEOUT).toBe(long);
    const expected = scoredIn(long, 'facebook', { composer: 'comment' });
    await expect.poll(() => readPanel(page), { timeout: 20_000, interval: 100 }).toMatchObject({ state: 'ready', reciprocity: expected.reciprocity, voice: expected.voice });
    expect(await fixtureText(page, 'comment-1')).toBe(long);
    await page.close();
  });

  it(`refuses a draft over ${MAX_DRAFT_LENGTH} characters with a clear message and leaves it alone`, async () => {
    const page = await harness.openFacebook('/');
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const huge = 'a'.repeat(MAX_DRAFT_LENGTH + 10);
    await typeInto(page, 'comment-1', '');
    await page.evaluate((text) => navigator.clipboard.writeText(text), huge);
    await page.keyboard.press('Control+V');
    await expect.poll(() => fixtureText(page, 'comment-1').then((text) => text.length), { timeout: 20_000 }).toBe(huge.length);
    await expect.poll(() => readPanel(page).then((panel) => panel?.state), { timeout: 20_000 }).toBe('error');
    const message = await page.evaluate(() => document.querySelector('rapport-panel')?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '');
    expect(message).toMatch(/longer than/);
    expect((await fixtureText(page, 'comment-1')).length).toBe(huge.length);
    await page.close();
  });
});

describe('per-site switch', () => {
  it('turning X off in the popup removes the panel and underlines at once, leaves Facebook alone, and comes back on', async () => {
    const x = await harness.openX('/home');
    const facebook = await harness.openFacebook('/');
    await typeInto(x, 'home', 'We will utilize the new tool.');
    await typeInto(facebook, 'comment-1', 'We will utilize the new tool.');
    for (const page of [x, facebook]) await expect.poll(async () => (await readPanel(page))?.state, UI_TIMEOUT).toBe('ready');
    const underlined = (page: typeof x) => page.evaluate(() => CSS.highlights.size);
    await expect.poll(() => underlined(x), UI_TIMEOUT).toBeGreaterThan(0);

    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/src/ui/popup/index.html`);
    await popup.getByLabel('X (Twitter)').uncheck();
    await expect.poll(() => readPanel(x), UI_TIMEOUT).toBeNull();
    await expect.poll(() => underlined(x), UI_TIMEOUT).toBe(0);
    expect((await readPanel(facebook))?.state).toBe('ready');

    await popup.getByLabel('X (Twitter)').check();
    await expect.poll(async () => (await readPanel(x))?.state, UI_TIMEOUT).toBe('ready');
    expect(await fixtureText(x, 'home')).toBe('We will utilize the new tool.');
    await popup.close();
    await x.close();
    await facebook.close();
  });
});
