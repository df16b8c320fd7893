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
import { defaultLimits, lengthLabel, networks } from '../../src/networks';
import { extensionManifest } from '../../src/networks/manifest';
import type { SiteAdapter } from '../../src/sites';
import { UI_TIMEOUT } from './editing';
import { defaultDist, launch, projectRoot, readPanel, typeInto, type Harness } from './harness';

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
    for (const spec of networks) families.set(spec.id, ((await import(`../../src/sites/${spec.id}.ts`)) as { default: SiteAdapter }).default.name);
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

  it('holds a Facebook comment to the comment limit and a post to the post limit', async () => {
    const feed = await harness.openFacebook('/');
    await typeInto(feed, 'comment-1', 'Thanks Ada! What are you baking first?');
    await expect.poll(() => lengthFact(feed), UI_TIMEOUT).toBe(`${lengthLabel('facebook')} 38/${defaultLimits('facebook', 'comment').length}`);
    await feed.close();
    const dialog = await harness.openFacebook('/?compose=1');
    await typeInto(dialog, 'post', 'What should we bake next week?');
    await expect.poll(() => lengthFact(dialog), UI_TIMEOUT).toBe(`${lengthLabel('facebook')} 30/${defaultLimits('facebook', 'post').length}`);
    await dialog.close();
  });

  it('counts an X post the way X does, against its limit', async () => {
    const page = await harness.openX('/home');
    await typeInto(page, 'home', 'Which bakery opens first? 😀');
    await expect.poll(() => readPanel(page).then((panel) => panel?.state), UI_TIMEOUT).toBe('ready');
    await expect.poll(() => lengthFact(page), UI_TIMEOUT).toBe(`Length (as X counts it) 28/${defaultLimits('x', 'post').length}`);
    await page.close();
  });
});
