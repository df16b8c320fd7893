// `npm run demo`: the built extension on the local X and Facebook fixture pages.
// With a display (DISPLAY set, not CI) it opens a visible Chromium and waits until you close it.
// Without one it types a sample post into each kind of composer, prints what the panel shows,
// and saves light and dark screenshots to demo-out/.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { FixtureSite, FixtureTheme } from '../fixtures/api';
import { buildFixtures } from '../fixtures/build';
import { launch, projectRoot, readPanel, typeInto, type Harness, type PanelReading } from './harness';

const outputDirectory = path.join(projectRoot, 'demo-out');

interface Scenario {
  name: string;
  title: string;
  site: FixtureSite;
  pathname: string;
  /** Page steps before typing, e.g. opening the post dialog. */
  prepare?: (page: Page) => Promise<void>;
  /** Editors to type into, in order; the panel shows the last one. */
  drafts: Array<{ editorId: string; text: string }>;
}

const scenarios: Scenario[] = [
  {
    name: 'x-home',
    title: 'X · home composer',
    site: 'x',
    pathname: '/home',
    drafts: [{ editorId: 'home', text: "We're thrilled to announce our new app! Download now and use code SPRING20 for 20% off. #app #launch #deal #sale" }],
  },
  {
    name: 'x-thread',
    title: 'X · thread (second post)',
    site: 'x',
    pathname: '/compose/post',
    prepare: (page) => page.getByTestId('addButton').click(),
    drafts: [
      { editorId: 'thread-0', text: 'Tip: water your tomatoes in the morning, not at night.' },
      { editorId: 'thread-1', text: "What's your best trick for a late harvest? I'm all ears. ^JS" },
    ],
  },
  {
    name: 'facebook-post',
    title: 'Facebook · post dialog',
    site: 'facebook',
    pathname: '/',
    prepare: (page) => page.locator('[data-fixture-action="open-composer"]').click(),
    drafts: [{ editorId: 'post', text: 'Acme is proud to leverage best-in-class solutions for our valued customers.\nWe apologize for any inconvenience.' }],
  },
  {
    name: 'facebook-comment',
    title: 'Facebook · comment box',
    site: 'facebook',
    pathname: '/',
    drafts: [{ editorId: 'comment-1', text: "Thanks Ada, you're right! I've passed it on to the team. – Sam" }],
  },
];

function open(harness: Harness, site: FixtureSite, pathname: string): Promise<Page> {
  return site === 'x' ? harness.openX(pathname) : harness.openFacebook(pathname);
}

/** Waits until the panel is ready and the same reading holds for a moment (the last keystroke is scored). */
async function settledPanel(page: Page): Promise<PanelReading> {
  const deadline = Date.now() + 15_000;
  let previous = '';
  while (Date.now() < deadline) {
    const reading = await readPanel(page);
    const current = JSON.stringify(reading);
    if (reading?.state === 'ready' && reading.reciprocity !== null && current === previous) return reading;
    previous = current;
    await page.waitForTimeout(300);
  }
  throw new Error(`The panel did not settle on a score within 15 s (last reading: ${previous})`);
}

/** What the panel shows, in plain sentences. */
function describeReading(reading: PanelReading): string {
  const lines = [`  Reciprocity scores ${reading.reciprocity} and voice ${reading.voice} out of 100.`];
  for (const hint of reading.hints) lines.push(`  • ${hint.text}${hint.fixable ? ' One click fixes it.' : ''}`);
  if (reading.hints.length === 0) lines.push('  Nothing to flag.');
  return lines.join('\n');
}

async function runScenario(harness: Harness, scenario: Scenario, theme: FixtureTheme): Promise<PanelReading> {
  const separator = scenario.pathname.includes('?') ? '&' : '?';
  const page = await open(harness, scenario.site, theme === 'dark' ? `${scenario.pathname}${separator}theme=dark` : scenario.pathname);
  try {
    await scenario.prepare?.(page);
    for (const draft of scenario.drafts) await typeInto(page, draft.editorId, draft.text);
    await settledPanel(page);
    // Where the composer leaves no room beside it the panel waits as a strip: open it, as a user would.
    const badge = page.locator('rapport-panel').locator('[data-testid="rapport-badge"]');
    if (await badge.count()) await badge.click();
    const reading = await settledPanel(page);
    await page.screenshot({ path: path.join(outputDirectory, `${scenario.name}-${theme}.png`) });
    return reading;
  } finally {
    await page.close();
  }
}

async function runHeadless(): Promise<void> {
  await mkdir(outputDirectory, { recursive: true });
  const harness = await launch({ headless: true });
  try {
    for (const scenario of scenarios) {
      const reading = await runScenario(harness, scenario, 'light');
      await runScenario(harness, scenario, 'dark');
      const typed = scenario.drafts.at(-1)?.text ?? '';
      console.log(`\n${scenario.title}\n  “${typed.replace(/\n/g, ' ⏎ ')}”\n${describeReading(reading)}`);
      console.log(`  screenshots: demo-out/${scenario.name}-light.png, demo-out/${scenario.name}-dark.png`);
    }
    const offHost = harness.networkRequests().filter((request) => request.origin !== 'browser');
    console.log(`\nNetwork requests from pages or the extension beyond the fixture hosts: ${offHost.length}`);
  } finally {
    await harness.close();
  }
}

async function runWithDisplay(): Promise<void> {
  const harness = await launch({ headless: false });
  const closed = new Promise<void>((resolve) => harness.context.once('close', () => resolve()));
  await harness.openX('/home');
  await harness.openFacebook('/');
  console.log(
    [
      'Chromium is open with Rapport loaded on the local fixture pages:',
      '  https://x.com/home, https://x.com/compose/post (a thread), https://www.facebook.com/',
      '  (these names point at the local fixture server only inside this browser)',
      'Type into any composer. Add ?theme=dark for dark mode. Close the window to finish.',
    ].join('\n'),
  );
  process.once('SIGINT', () => void harness.close());
  await closed;
  await harness.close();
}

async function main(): Promise<void> {
  await buildFixtures();
  const hasDisplay = Boolean(process.env.DISPLAY) && !process.env.CI;
  if (hasDisplay) await runWithDisplay();
  else await runHeadless();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
