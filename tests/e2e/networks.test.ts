// The production build carries the registry: one self-contained content script per network with
// only that network's editor family in it, the manifest's matches and the policy schema as the
// registry implies, and in Chromium each kind of composer held to its own limits.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import baseManifest from '../../manifest.json' with { type: 'json' };
import { managedSchema } from '../../src/managed-schema';
import { defaultLimits, networks } from '../../src/networks';
import { contentSpec, extensionManifest } from '../../src/networks/manifest';
import type { AdapterFactory } from '../../src/sites';
import { UI_TIMEOUT } from './editing';
import { scoredIn } from '../scored';
import { defaultDist, fixtureText, launch, projectRoot, readPanel, typeInto, type Harness } from './harness';

const dist = path.resolve(projectRoot, defaultDist);
const built = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[]; matches: string[]; css: string[] }>; web_accessible_resources?: unknown[] };
/** The content scripts' budget (DEVELOPERS.md), gzip -9. */
const BUDGET_BYTES = 20 * 1024;

describe('the build', () => {
  it('has exactly the content scripts the registry implies, and no web-accessible resources', () => {
    const expected = extensionManifest(baseManifest, networks).content_scripts.map((script) => ({ ...script, js: script.js.map((file) => file.replace(/\.ts$/, '.js')) }));
    expect(built.content_scripts).toEqual(expected);
    expect(built.web_accessible_resources ?? []).toEqual([]);
  });

  it('ships the policy schema generated from the registry', () => {
    expect(JSON.parse(readFileSync(path.join(dist, 'managed-schema.json'), 'utf8'))).toEqual(managedSchema());
  });

  it('gives each network a content script with its own editor family only', async () => {
    const families = new Map<string, string>();
    for (const spec of networks) families.set(spec.id, ((await import(`../../src/sites/${spec.id}.ts`)) as { default: AdapterFactory }).default(contentSpec(spec)).name);
    const sizes: string[] = [];
    for (const script of built.content_scripts) {
      const file = script.js[0]!;
      const id = path.basename(file, '.js');
      const code = readFileSync(path.join(dist, file), 'utf8');
      // One self-contained file: no imports left for the page to fetch.
      expect(code).not.toMatch(/\bimport\s*\(|^import\s/m);
      expect(code, `${file} carries ${families.get(id)}`).toContain(families.get(id));
      for (const [other, family] of families) if (family !== families.get(id)) expect(code, `${file} must not carry ${other}'s ${family}`).not.toContain(family);
      sizes.push(`${id}: ${Buffer.byteLength(code)} bytes, ${gzipSync(code, { level: 9 }).length} zlib -9 (budget ${BUDGET_BYTES})`);
    }
    console.log(`content scripts: ${sizes.join('; ')}`);
  });
});

describe('in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const lengthFact = (page: Page) => page.evaluate(() => document.querySelector('rapport-panel')?.shadowRoot?.querySelector('[data-testid="rapport-fact-length"]')?.textContent ?? null);

  /** Pastes `text` into a composer in one go (typing thousands of characters would take minutes). */
  async function paste(page: Page, editorId: string, text: string): Promise<void> {
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await typeInto(page, editorId, '');
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.keyboard.press('Control+V');
    await expect.poll(() => fixtureText(page, editorId), UI_TIMEOUT).toBe(text);
  }

  // 7,400 characters: within a tenth of a Facebook comment's 8,000, far from a post's 63,206.
  const sentence = 'Thanks for the recipe, Ada! What are you baking first this weekend? ';
  const long = sentence.repeat(Math.ceil(7400 / sentence.length)).slice(0, 7400);

  it('holds a Facebook comment to the comment limit', async () => {
    const feed = await harness.openFacebook('/');
    await paste(feed, 'comment-1', long);
    const limit = defaultLimits('facebook', 'comment').length;
    await expect.poll(() => lengthFact(feed), UI_TIMEOUT).toBe(`${limit - long.length} of ${limit} characters left on Facebook.`);
    await feed.close();
  });

  it('holds a Facebook post to the post limit, so the same text is far from it', async () => {
    const dialog = await harness.openFacebook('/?compose=1');
    await paste(dialog, 'post', long);
    const expected = scoredIn(long, 'facebook', { composer: 'post' });
    // The panel shows the post's own scores first; only then is the missing length fact meaningful.
    await expect.poll(() => readPanel(dialog), { timeout: 20_000, interval: 100 }).toMatchObject({ state: 'ready', reciprocity: expected.reciprocity, voice: expected.voice });
    expect(expected.stats.maxLength).toBe(defaultLimits('facebook', 'post').length);
    expect(await lengthFact(dialog)).toBeNull();
    await dialog.close();
  });

  it('counts an X post the way X does, against its limit', async () => {
    const page = await harness.openX('/home');
    // An emoji weighs 2 on X: the fact must count it so.
    const text = `${'Which bakery opens first on Saturday, and what should I order there? '.repeat(3)}Tell me which loaf you love most, and why it beats the rest! 😀`;
    await typeInto(page, 'home', text);
    const { weightedLength, maxLength } = scoredIn(text, 'x').stats;
    expect(weightedLength).toBe(text.length);
    expect(maxLength).toBe(defaultLimits('x', 'post').length);
    await expect.poll(() => lengthFact(page), UI_TIMEOUT).toBe(`${maxLength - weightedLength} of ${maxLength} characters left on X.`);
    await page.close();
  });
});
