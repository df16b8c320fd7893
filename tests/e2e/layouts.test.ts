// The coach in every layout staff write in, at the four common window widths: the expanded panel
// is beside the composer it scores, off the composer's text, its post button and the site's
// navigation, and a fix's Apply button can be reached. Screenshots of each go to
// tests/e2e/artifacts/ (git-ignored) as <scenario>-<width>.png; the placement is printed as a table.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, projectRoot, typeInto, type Harness } from './harness';
import { UI_TIMEOUT, settledReport } from './editing';

const artifacts = path.join(projectRoot, 'tests/e2e/artifacts');
const WIDTHS = [1280, 1366, 1440, 1920] as const;
const HEIGHT = 900;

let harness: Harness;
const table: string[] = [];

beforeAll(async () => {
  harness = await launch();
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  if (table.length > 0) console.info(`where the panel sat (scenario · width · side · panel box):\n${table.join('\n')}`);
  await harness?.close();
});

interface Scenario {
  name: string;
  network: 'x' | 'facebook';
  url: string;
  editor: string;
  /** The composer's post (send, publish) button. */
  post: string;
  /** Opens the composer, when the page does not show it at once. */
  prepare?: (page: Page) => Promise<void>;
}

const openDialog = async (page: Page) => page.locator('[data-fixture-action="open-composer"]').click();

const scenarios: Scenario[] = [
  { name: 'x-home', network: 'x', url: 'https://x.com/home', editor: 'home', post: '[data-testid="tweetButtonInline"]' },
  { name: 'x-compose-dialog', network: 'x', url: 'https://x.com/compose/post', editor: 'thread-0', post: '[data-testid="tweetButton"]' },
  { name: 'x-quote', network: 'x', url: 'https://x.com/compose/post?quote=1', editor: 'quote', post: '[data-testid="tweetButton"]' },
  { name: 'x-pro', network: 'x', url: 'https://pro.x.com/', editor: 'pro', post: '[data-testid="tweetButton"]' },
  { name: 'facebook-feed-comment', network: 'facebook', url: 'https://www.facebook.com/', editor: 'comment-1', post: '[data-fixture-editor="comment-1"]' },
  { name: 'facebook-post-dialog', network: 'facebook', url: 'https://www.facebook.com/', editor: 'post', post: '[role="dialog"] [aria-label="Post"]', prepare: openDialog },
  { name: 'facebook-page', network: 'facebook', url: 'https://www.facebook.com/RiversideBakery', editor: 'page-post', post: '[role="dialog"] [aria-label="Post"]', prepare: openDialog },
  { name: 'facebook-group', network: 'facebook', url: 'https://www.facebook.com/groups/riverwalk', editor: 'group-post', post: '[role="dialog"] [aria-label="Post"]', prepare: openDialog },
  { name: 'business-suite', network: 'facebook', url: 'https://business.facebook.com/latest/composer', editor: 'business', post: '[aria-label="Publish"]' },
];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Everything the placement must respect, read in one go; `apply` is whether a hit test at the Apply button's centre reaches it. */
function measure(page: Page, editorId: string, post: string) {
  return page.evaluate(
    ([id, postSelector]) => {
      const plain = (rect: DOMRect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
      const host = document.querySelector('rapport-panel')!;
      const panel = host.shadowRoot!.querySelector('.panel');
      const editorElement = document.querySelector(`[data-fixture-editor="${id}"] [contenteditable="true"]`)!;
      const apply = host.shadowRoot!.querySelector<HTMLElement>('[data-testid="rapport-apply"]');
      let applyReachable = false;
      if (apply) {
        const rect = apply.getBoundingClientRect();
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        applyReachable = x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight && host.shadowRoot!.elementFromPoint(x, y) === apply;
      }
      return {
        placement: host.getAttribute('data-placement'),
        panel: panel ? plain(panel.getBoundingClientRect()) : null,
        editor: plain(editorElement.getBoundingClientRect()),
        post: plain(document.querySelector(postSelector)!.getBoundingClientRect()),
        navigation: [...document.querySelectorAll('[role="banner"],[role="navigation"]')].filter((nav) => !nav.contains(editorElement)).map((nav) => plain(nav.getBoundingClientRect())),
        viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
        applyReachable,
      };
    },
    [editorId, post] as const,
  );
}

describe.each(scenarios)('$name', (scenario) => {
  it(`at ${WIDTHS.join(', ')} px the expanded panel sits beside the composer, off its text, its post button and the navigation, Apply in reach`, async () => {
    const page = await harness.openUrl(scenario.url);
    await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT });
    await scenario.prepare?.(page);
    await typeInto(page, scenario.editor, 'Please utilize the form today. What do you think?');
    await settledReport(page, scenario.editor, scenario.network);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT });
      // Placement settles within a frame or two of the resize: wait until two readings agree, each
      // taken two frames after the last (on a busy machine 50 ms can pass within one frame, and a
      // stale placement read twice looked settled).
      let previous = '';
      await expect
        .poll(async () => {
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          const now = JSON.stringify(await measure(page, scenario.editor, scenario.post));
          const stable = now === previous && JSON.parse(now).viewport.width <= width;
          previous = now;
          return stable;
        }, UI_TIMEOUT)
        .toBe(true);
      const seen = await measure(page, scenario.editor, scenario.post);
      const where = `${scenario.name} at ${width}`;
      expect(seen.panel, `${where}: the panel is expanded`).not.toBeNull();
      const panel = seen.panel!;
      table.push(`${scenario.name.padEnd(22)} ${String(width).padEnd(5)} ${String(seen.placement).padEnd(6)} left ${Math.round(panel.left)}, top ${Math.round(panel.top)}, ${Math.round(panel.right - panel.left)}×${Math.round(panel.bottom - panel.top)}; composer ${Math.round(seen.editor.left)}–${Math.round(seen.editor.right)}`);
      await page.screenshot({ path: path.join(artifacts, `${scenario.name}-${width}.png`) });
      expect(seen.placement, where).toMatch(/^(left|right)$/);
      expect(overlaps(panel, seen.editor), `${where}: over the composer's text`).toBe(false);
      expect(overlaps(panel, seen.post), `${where}: over the post button`).toBe(false);
      for (const navigation of seen.navigation) expect(overlaps(panel, navigation), `${where}: over the navigation`).toBe(false);
      expect(panel.left).toBeGreaterThanOrEqual(0);
      expect(panel.right).toBeLessThanOrEqual(seen.viewport.width);
      expect(panel.bottom).toBeLessThanOrEqual(seen.viewport.height);
      expect(seen.applyReachable, `${where}: Apply can be reached`).toBe(true);
    }
    await page.close();
  });
});
