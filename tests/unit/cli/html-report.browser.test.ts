// The HTML report opened in Chromium as a person would open the file: it makes no request, its
// inline code passes its own Content-Security-Policy, hostile post text stays text, the table
// sorts by score, and a screenshot is saved to test-results/cli-html-report.png for review.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendars, run } from './run-cli';

const chromiumPath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
const screenshotDir = resolve(import.meta.dirname, '../../../test-results');

describe.skipIf(!chromiumPath)('the HTML report in Chromium (skipped without /usr/bin/chromium)', () => {
  let browser: Browser;
  let reportUrl: string;

  beforeAll(async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rapport-html-'));
    const calendar = join(directory, 'december.csv');
    // A real calendar with hostile rows appended: script, event handlers, bidi overrides, terminal escapes, a broken quote.
    const hostileRows = readFileSync(resolve(calendars, 'hostile.csv'), 'utf8').split('\n').slice(1).filter((line) => line !== '');
    const calendarText = readFileSync(resolve(calendars, 'hootsuite.csv'), 'utf8');
    writeFileSync(calendar, `${calendarText}${hostileRows.map((line) => `2026-12-09 09:00,${line},`).join('\r\n')}\r\n`);
    const report = join(directory, 'december.html');
    const { code } = await run(['score', calendar, '--format', 'html', '--output', report, '--fail-under', 'recip=40']);
    expect([1, 3]).toContain(code);
    reportUrl = pathToFileURL(report).href;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no request but the file itself, no console error, no CSP violation, no script from a post', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(reportUrl);
    await page.waitForSelector('#posts tbody tr');
    expect(requests).toEqual([reportUrl]);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    // The stylesheet applied (its hash matched): the chart's bars are coloured, the body padded.
    expect(await page.evaluate(() => getComputedStyle(document.body).paddingTop)).toBe('24px');
    expect(await page.locator('rect.series-reciprocity').first().evaluate((rect) => getComputedStyle(rect).fill)).not.toBe('rgb(0, 0, 0)');
    // The post's own text, without the hint numbers set after underlined words, is there as text.
    const postText = await page.locator('#posts').evaluate((table) => {
      const copy = table.cloneNode(true) as HTMLElement;
      for (const reference of copy.querySelectorAll('sup.ref')) reference.remove();
      return copy.textContent;
    });
    expect(postText).toContain('<script>window.pwned=1</script>');
    expect(await page.locator('.control').first().getAttribute('title')).toMatch(/^U\+/);
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, 'cli-html-report.png'), fullPage: true });
    await page.close();
  });

  it('sorts the posts by score, weakest first, then strongest first, unscored rows last', async () => {
    const page = await browser.newPage();
    await page.goto(reportUrl);
    const column = async (key: string) =>
      page.$$eval('#posts tbody tr', (rows, name) => rows.map((row) => (row as HTMLElement).dataset[name as string] ?? ''), key);
    const initialLines = await column('line');
    expect(initialLines.map(Number)).toEqual([...initialLines.map(Number)].sort((a, b) => a - b));

    await page.getByRole('button', { name: 'Reciprocity' }).click();
    await expect.poll(() => page.getAttribute('th:has(button[data-sort="reciprocity"])', 'aria-sort')).toBe('ascending');
    const ascending = await column('reciprocity');
    const scoredAscending = ascending.filter((value) => value !== '').map(Number);
    expect(scoredAscending).toEqual([...scoredAscending].sort((a, b) => a - b));
    expect(ascending.slice(scoredAscending.length).every((value) => value === '')).toBe(true);

    await page.getByRole('button', { name: 'Reciprocity' }).click();
    await expect.poll(() => page.getAttribute('th:has(button[data-sort="reciprocity"])', 'aria-sort')).toBe('descending');
    const descending = (await column('reciprocity')).filter((value) => value !== '').map(Number);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.close();
  });
});
