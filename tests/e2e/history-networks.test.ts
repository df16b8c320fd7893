// Private history (issue 14) on the networks issue 12 added, on the production build: a post sent
// with each composer's own send button, and with its shortcut where the site has one, becomes an
// entry with the engine's scores for that network and kind of composer, and no word of it is
// stored; a draft given up in each editor family (Quill, ProseMirror/TipTap, textarea, Lexical)
// records nothing, even after a press of one of the site's other buttons.
//
// Nothing here sleeps and then checks that something did not happen: the drafts given up are
// checked once a real post sent after them has its entry.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkId } from '../../src/networks';
import { fixtureComposer, settledReport, UI_TIMEOUT } from './editing';
import { contentScriptStarted, editor, fixtureText, typeInto, type Harness } from './harness';
import { entries, expectNoDraftWordStored, historyState } from './history';
import { launchWithMastodonServer } from './user-hosts';

let harness: Harness;

beforeAll(async () => {
  harness = await launchWithMastodonServer();
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(() => historyState(harness, true));

async function open(network: NetworkId, path: string): Promise<Page> {
  const page = await harness.openSite(network, path);
  await contentScriptStarted(page);
  return page;
}

/** The fixture's list of what it posted. */
function posted(page: Page): Promise<string[] | undefined> {
  return page.evaluate(() => window.__fixture?.posted?.().map((post) => post.text));
}

/** Whether the composer is still mounted (a dialog that closed after sending unmounts it). */
function mounted(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => window.__fixture?.editors().some((editor) => editor.id === id) ?? false, id);
}

interface Case {
  name: string;
  network: NetworkId;
  path: string;
  id: string;
  draft: string;
  send: (page: Page) => Promise<void>;
  /** What the site does with the composer once the post went out. */
  after: 'closes' | 'empties';
}

const cases: Case[] = [
  {
    name: 'LinkedIn share box (Quill): Post',
    network: 'linkedin',
    path: '/feed/?compose=1',
    id: 'post',
    draft: 'Thanks Priya for the sourdough workshop! Which starter tip surprised your team most? – Sam',
    send: (page) => page.locator('.share-actions__primary-action').click(),
    after: 'closes',
  },
  {
    name: 'LinkedIn share box (TipTap, ShareCompose): its icon-less Post',
    network: 'linkedin',
    path: '/feed/?compose=1&sharebox=tiptap',
    id: 'post',
    draft: 'Congratulations to Ines and Ollie on opening the riverside kitchen. What should they bake first?',
    send: (page) => page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click(),
    after: 'closes',
  },
  {
    name: 'LinkedIn comment box (TipTap): Comment',
    network: 'linkedin',
    path: '/feed/',
    id: 'comment-1',
    draft: 'Marta would be brilliant on that early shift. Shall I introduce you two this week?',
    send: (page) => page.getByRole('button', { name: 'Comment', exact: true }).click(),
    after: 'empties',
  },
  {
    name: 'Bluesky composer (TipTap): Post',
    network: 'bluesky',
    path: '/?compose=1',
    id: 'post',
    draft: 'Morning, Priya! The rye came out darker than planned. Would you try it toasted or plain?',
    send: (page) => page.getByTestId('composerPublishBtn').click(),
    after: 'closes',
  },
  {
    name: 'Bluesky composer (TipTap): ⌘/Ctrl+Enter',
    network: 'bluesky',
    path: '/?compose=1',
    id: 'post',
    draft: 'Ollie asked which jam goes with scones. Apricot or blackcurrant, what would you pick?',
    send: (page) => page.keyboard.press('Control+Enter'),
    after: 'closes',
  },
  {
    name: 'Mastodon compose form (textarea): Post',
    network: 'mastodon',
    path: '/home',
    id: 'compose',
    draft: 'Hello fediverse neighbours! Ines painted our window sign today. Which colour should the door be?',
    send: (page) => page.getByRole('button', { name: 'Post', exact: true }).click(),
    after: 'empties',
  },
  {
    name: 'Mastodon compose form (textarea): ⌘/Ctrl+Enter',
    network: 'mastodon',
    path: '/home',
    id: 'compose',
    draft: 'Cheers, Marta, for lending us your mixer. What should we bake for you on Friday?',
    send: (page) => page.keyboard.press('Control+Enter'),
    after: 'empties',
  },
  {
    name: 'Threads "New thread" dialog (Lexical): Post',
    network: 'threads',
    path: '/?compose=1',
    id: 'post',
    draft: 'Priya brought cardamom buns to the market stall. Would you queue for those on Saturday?',
    send: (page) => page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click(),
    after: 'closes',
  },
  {
    name: 'Threads reply box (Lexical): Post',
    network: 'threads',
    path: '/@ada.field/post/1',
    id: 'reply',
    draft: 'Ada, the seeded loaf is back this weekend. Shall we keep one aside for you?',
    send: (page) => page.getByRole('button', { name: 'Post', exact: true }).click(),
    after: 'empties',
  },
  {
    name: 'Instagram caption (Lexical): Share',
    network: 'instagram',
    path: '/?compose=1',
    id: 'caption',
    draft: 'Ollie shaped these pretzels before sunrise. Which dip would you pair with them, mustard or honey?',
    send: (page) => page.getByRole('dialog').getByRole('button', { name: 'Share', exact: true }).click(),
    after: 'closes',
  },
];

describe('private history on the networks of issue 12', () => {
  it.each(cases)('$name → one entry with the engine’s scores for that composer, no draft word stored', async ({ network, path, id, draft, send, after }) => {
    const page = await open(network, path);
    await typeInto(page, id, draft);
    const { report } = await settledReport(page, id, network);
    await send(page);
    await expect.poll(() => entries(harness), UI_TIMEOUT).toHaveLength(1);
    expect(await entries(harness)).toMatchObject([
      {
        network,
        composer: fixtureComposer(id) ?? 'post',
        preset: 'neutral',
        reciprocity: report.reciprocity,
        voice: report.voice,
        length: report.stats.weightedLength,
      },
    ]);
    // What was recorded is what went out, and the site did with the composer what it does.
    expect(await posted(page)).toEqual([draft]);
    if (after === 'closes') await expect.poll(() => mounted(page, id), UI_TIMEOUT).toBe(false);
    else await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe('');
    await expectNoDraftWordStored(harness, draft);
    await page.close();
  });

  it('drafts given up record nothing in any family, even after a press of one of the site’s other buttons', async () => {
    // Quill: LinkedIn's share box closed with its Close button.
    const linkedin = await open('linkedin', '/feed/?compose=1');
    await typeInto(linkedin, 'post', 'Our new oat loaf lands Friday, Priya. Which size should we bake?');
    await settledReport(linkedin, 'post', 'linkedin');
    await linkedin.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => mounted(linkedin, 'post'), UI_TIMEOUT).toBe(false);

    // TipTap: the newer share box's Media (an icon button of the same screen), then the text cleared by hand.
    const sdui = await open('linkedin', '/feed/?compose=1&sharebox=tiptap');
    await typeInto(sdui, 'post', 'Ines, the mural photos are stunning. Where should we hang them?');
    await settledReport(sdui, 'post', 'linkedin');
    await sdui.getByRole('button', { name: 'Media' }).click();
    await clearByHand(sdui, 'post');

    // textarea: Mastodon's box cleared by hand.
    const mastodon = await open('mastodon', '/home');
    await typeInto(mastodon, 'compose', 'Which croissant filling should Marta bake tomorrow morning?');
    await settledReport(mastodon, 'compose', 'mastodon');
    await clearByHand(mastodon, 'compose');

    // Lexical: Threads' Cancel and "Add to thread", div[role=button]s like its Post but for their words.
    const threads = await open('threads', '/?compose=1');
    await typeInto(threads, 'post', 'Huge thanks to the night shift. What kept you going at 3 am?');
    await settledReport(threads, 'post', 'threads');
    await threads.getByRole('button', { name: 'Add to thread' }).click();
    await threads.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => mounted(threads, 'post'), UI_TIMEOUT).toBe(false);

    // Then a real post: once its entry is there, any of the drafts above would be too.
    const instagram = await open('instagram', '/?compose=1');
    await typeInto(instagram, 'caption', 'Priya, your plum tart photo made our week. What fruit comes next?');
    const { report } = await settledReport(instagram, 'caption', 'instagram');
    await instagram.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => entries(harness), UI_TIMEOUT).toHaveLength(1);
    expect(await entries(harness)).toMatchObject([{ network: 'instagram', composer: 'post', reciprocity: report.reciprocity, voice: report.voice }]);
    for (const page of [linkedin, sdui, mastodon, threads, instagram]) await page.close();
  });
});

/** Selects everything in the composer and deletes it with the keyboard, as a person gives up a draft. */
async function clearByHand(page: Page, id: string): Promise<void> {
  await editor(page, id).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => fixtureText(page, id), UI_TIMEOUT).toBe('');
}
