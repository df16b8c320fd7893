// Every network the registry lists, in Chromium on the production build: the panel scores the draft
// as the engine does with that network's own limits and length unit, underlines its words, and no
// extension context makes a single network request.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits, type NetworkId } from '../../src/networks';
import { scoredIn } from '../scored';
import { UI_TIMEOUT, settledReport } from './editing';
import { fixtureText, isFixtureRequest, typeInto, type Harness } from './harness';
import { launchWithMastodonServer } from './user-hosts';

let harness: Harness;

beforeAll(async () => {
  harness = await launchWithMastodonServer();
});

afterAll(async () => {
  await harness?.close();
});

const composers: Array<{ network: NetworkId; path: string; id: string }> = [
  { network: 'linkedin', path: '/feed/?compose=1', id: 'post' },
  { network: 'linkedin', path: '/feed/', id: 'comment-1' },
  { network: 'bluesky', path: '/?compose=1', id: 'post' },
  { network: 'mastodon', path: '/home', id: 'compose' },
  { network: 'threads', path: '/?compose=1', id: 'post' },
  { network: 'instagram', path: '/?compose=1', id: 'caption' },
];

const lengthFact = (page: Page) => page.evaluate(() => document.querySelector('rapport-panel')?.shadowRoot?.querySelector('[data-testid="rapport-fact-length"]')?.textContent ?? null);
const underlined = (page: Page) => page.evaluate(() => [...CSS.highlights.values()].flatMap((highlight) => [...highlight]).map((range) => (range as Range).toString()));

describe.each(composers)('$network $id', ({ network, path, id }) => {
  it('is scored as the engine scores it there, with its words underlined', async () => {
    const page = await harness.openSite(network, path);
    await typeInto(page, id, 'We will utilize our new platform to leverage synergies. Buy now!');
    await settledReport(page, id, network);
    await expect.poll(() => underlined(page), UI_TIMEOUT).toContain('utilize');
    await page.close();
  });
});

describe('length, counted as each network counts it', () => {
  async function pasted(network: NetworkId, path: string, id: string, text: string): Promise<Page> {
    const page = await harness.openSite(network, path);
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await typeInto(page, id, '');
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.keyboard.press('Control+V');
    await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe(text);
    return page;
  }

  it('Bluesky counts graphemes against 300: a family emoji is one', async () => {
    // 282 graphemes: near enough to the limit for the panel to count down.
    const text = `${'Which loaf do you want on Saturday? '.repeat(7)}We bake from 5 am. Tell us! 👨‍👩‍👧👨‍👩‍👧`;
    const page = await pasted('bluesky', '/?compose=1', 'post', text);
    const { weightedLength, maxLength } = scoredIn(text, 'bluesky').stats;
    expect(maxLength).toBe(defaultLimits('bluesky', 'post').length);
    expect(weightedLength).toBe([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length);
    await expect.poll(() => lengthFact(page), UI_TIMEOUT).toContain(`${maxLength - weightedLength} of ${maxLength}`);
    await page.close();
  });

  it('Mastodon counts every link as 23 against 500', async () => {
    const link = `https://riverside-bakery.co.uk/menu/${'saturday-'.repeat(8)}loaves`;
    // Near the 500 limit as Mastodon counts it: the long link counts 23, however long it is.
    const text = `${'What should we bake for the market this Saturday? '.repeat(9)}Vote here: ${link}`;
    const page = await pasted('mastodon', '/home', 'compose', text);
    const { weightedLength, maxLength } = scoredIn(text, 'mastodon').stats;
    expect(weightedLength).toBe([...text].length - [...link].length + 23);
    await expect.poll(() => lengthFact(page), UI_TIMEOUT).toContain(`${maxLength - weightedLength} of ${maxLength}`);
    await page.close();
  });
});

// These run last, over everything the tests above did.
describe('privacy', () => {
  it('makes no network request from any extension context, on any network', () => {
    const fromExtension = harness.requests.filter((request) => request.origin === 'extension' && /^(https?|wss?|ftp):/i.test(request.url));
    expect(fromExtension).toEqual([]);
    const offHost = harness.requests.filter((request) => request.origin === 'page' && /^(https?|wss?|ftp):/i.test(request.url) && !isFixtureRequest(request));
    expect(offHost).toEqual([]);
  });

  it('logs no errors in the pages, the content scripts or the worker', () => {
    expect(harness.consoleMessages.filter((message) => message.origin !== 'browser' && message.level === 'error')).toEqual([]);
  });
});
