// Adding a server for a network on user-chosen hosts (Mastodon), as a user does it in the options page.
// The browser's permission prompt is a native dialog no test can click; the "Allow" the user would
// give is given through chrome://extensions' own developerPrivate API, after which the options page's
// permissions.request (still made, in the click) resolves at once.

import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { NetworkId } from '../../src/networks';
import { hostPattern } from '../../src/networks/user-hosts';
import { launch, type Harness } from './harness';
import { UI_TIMEOUT } from './editing';

/** Grants `host` to the extension the way the user's "Allow" in the browser's prompt does. */
export async function allowHost(harness: Harness, host: string): Promise<void> {
  const page = await harness.context.newPage();
  await page.goto('chrome://extensions');
  const result = await page.evaluate(
    async ([id, pattern]) => {
      try {
        await (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate.addHostPermission(id!, pattern!);
        return 'ok';
      } catch (error) {
        return (error as Error).message;
      }
    },
    [harness.extensionId, hostPattern(host)],
  );
  await page.close();
  expect(result).toBe('ok');
}

export function optionsPage(harness: Harness): Promise<Page> {
  return harness.context.newPage().then(async (page) => {
    await page.goto(`chrome-extension://${harness.extensionId}/src/ui/options/index.html`);
    return page;
  });
}

/** The content scripts the worker registered, as { id, matches }. */
export function registeredScripts(harness: Harness): Promise<Array<{ id: string; matches: string[] }>> {
  return harness.serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map(({ id, matches }) => ({ id, matches: matches ?? [] })));
}

/** Types `input` into the network's server field in the options page and clicks Add, as the user does. */
export async function addServer(harness: Harness, network: NetworkId, input: string, host: string): Promise<Page> {
  await allowHost(harness, host);
  const options = await optionsPage(harness);
  await options.getByTestId(`user-host-input-${network}`).fill(input);
  await options.getByTestId(`user-host-add-${network}`).click();
  // Usable in beforeAll, where expect.poll is not.
  await options.getByTestId(`user-host-status-${network}`).getByText(`Rapport now coaches on ${host}`).waitFor({ timeout: UI_TIMEOUT.timeout });
  return options;
}

/** Chromium with the extension, and Mastodon's fixture server added the way a user adds it (Mastodon runs on servers users add). */
export async function launchWithMastodonServer(): Promise<Harness> {
  const harness = await launch();
  const options = await addServer(harness, 'mastodon', 'mastodon.social', 'mastodon.social');
  await options.close();
  return harness;
}
