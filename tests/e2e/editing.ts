// Shared steps for tests that edit drafts through the panel: wait for the panel to describe exactly
// what the editor holds, then apply one of its fixes and read back the editor's own state.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Hint } from '../../src/engine';
import type { NetworkId } from '../../src/networks';
import { scoredIn } from '../scored';
import { fixtureText, readPanel } from './harness';

export const UI_TIMEOUT = { timeout: 10_000, interval: 50 };

/** The panel's key for a hint, as the content script builds it from a fresh report. */
export function hintKey(hint: Hint, text: string): string {
  return `${hint.rule}:${hint.range.start}:${text.slice(hint.range.start, hint.range.end)}`;
}

/** The composer kind of a fixture editor: Facebook's comment boxes are "comment-N"; every other editor is its network's default kind. */
export function fixtureComposer(editorId: string): string | undefined {
  return editorId.startsWith('comment-') ? 'comment' : undefined;
}

/** Waits until the panel shows the engine's result for the editor's current text; returns that result. */
export async function settledReport(page: Page, editorId: string, network: NetworkId) {
  const text = await fixtureText(page, editorId);
  const expected = scoredIn(text, network, { composer: fixtureComposer(editorId) });
  try {
    await expect
      .poll(() => readPanel(page), UI_TIMEOUT)
      .toMatchObject({ state: 'ready', reciprocity: expected.reciprocity, voice: expected.voice });
  } catch (error) {
    const html = await page.locator(`[data-fixture-editor="${editorId}"] [contenteditable="true"]`).evaluate((el) => el.innerHTML);
    throw new Error(`the panel never showed the engine's scores for ${JSON.stringify(text)}\n${(error as Error).message}\neditor DOM: ${html}`);
  }
  return { text, report: expected };
}

export interface Applied {
  before: string;
  after: string;
  hint: Hint;
}

/**
 * Clicks Apply on the first fixable hint that `pick` accepts and waits for the editor to hold the
 * expected text. Fails with the editor's actual text if it never does.
 */
export async function applyFix(
  page: Page,
  editorId: string,
  network: NetworkId,
  pick: (hint: Hint, text: string) => boolean = () => true,
): Promise<Applied> {
  const { text, report } = await settledReport(page, editorId, network);
  const hint = report.hints.find((candidate) => candidate.replacement !== undefined && pick(candidate, text));
  if (!hint) throw new Error(`no fixable hint to apply in ${JSON.stringify(text)}`);
  // Where no side of the composer has room, the panel waits as a badge: open it, as a user would.
  const badge = page.locator('rapport-panel').locator('[data-testid="rapport-badge"]');
  if (await badge.count()) await badge.click();
  const button = applyButton(page, hint, text);
  await expect.poll(() => button.count(), UI_TIMEOUT).toBe(1);
  await button.click();
  const after = text.slice(0, hint.range.start) + hint.replacement! + text.slice(hint.range.end);
  await expect.poll(() => fixtureText(page, editorId), UI_TIMEOUT).toBe(after);
  return { before: text, after, hint };
}

/** The panel's Apply button for a hint of the report on `text`. */
export function applyButton(page: Page, hint: Hint, text: string) {
  return page.locator('rapport-panel').locator(`[data-testid="rapport-hint"][data-key="${cssString(hintKey(hint, text))}"] [data-testid="rapport-apply"]`);
}

function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ');
}

const adapterBundles = new Map<NetworkId, Promise<string>>();

/**
 * The text Rapport's own site adapter reads from the editor's DOM, run in the page. Comparing it
 * with the editor's state proves the adapter reads "the text exactly as the editor holds it".
 */
export function adapterText(page: Page, editorId: string, site: NetworkId): Promise<string> {
  return inPage(page, editorId, site, 'a.readText(a.adapter, el)');
}

/** The DOM selection (which a key press moves at once) as text offsets, read through Rapport's adapter's layout. */
export function adapterSelection(page: Page, editorId: string, site: NetworkId): Promise<{ start: number; end: number } | null> {
  return inPage(
    page,
    editorId,
    site,
    `(() => { const s = document.getSelection(); if (!s || s.rangeCount === 0) return null; const r = s.getRangeAt(0); const layout = a.readLayout(a.adapter, el); const start = a.fromDomPoint(layout, r.startContainer, r.startOffset); const end = a.fromDomPoint(layout, r.endContainer, r.endOffset); return start === null || end === null ? null : { start, end }; })()`,
  );
}

/** Evaluates `expression` in the page with `a` (Rapport's adapter for `site` and its layout helpers) and `el` (the editor) in scope. */
async function inPage<T>(page: Page, editorId: string, site: NetworkId, expression: string): Promise<T> {
  let bundle = adapterBundles.get(site);
  if (!bundle) {
    bundle = import('esbuild').then(async ({ build }) => {
      const result = await build({
        stdin: {
          contents: `import factory from './src/sites/${site}'; import { network } from './src/networks'; import { fromDomPoint, readLayout, readText } from './src/sites/layout'; export const adapter = factory(network('${site}')); export { fromDomPoint, readLayout, readText };`,
          resolveDir: process.cwd(),
          loader: 'ts',
        },
        bundle: true,
        format: 'iife',
        globalName: '__rapportAdapters',
        write: false,
        logLevel: 'error',
      });
      return result.outputFiles[0]!.text;
    });
    adapterBundles.set(site, bundle);
  }
  const code = await bundle;
  // A string expression goes through DevTools' Runtime.evaluate, which the page's CSP does not block.
  const selector = JSON.stringify(`[data-fixture-editor="${editorId}"] [contenteditable="true"]`);
  return page.evaluate(`(() => { ${code}; const a = __rapportAdapters; const el = document.querySelector(${selector}); return ${expression}; })()`);
}
