import browser from 'webextension-polyfill';
import scripts from 'virtual:rapport/user-hosted-scripts';
import { network, type NetworkId } from '../networks';
import { hostPattern, isUserHosted, normalizeHost, userHostedNetworks, userScriptId } from '../networks/user-hosts';
import { loadUserHosts, saveUserHosts } from '../storage';

// The content script on servers the user added (Mastodon): registered with scripting for the hosts
// the user both listed and granted, and kept that way. Chromium drops registered scripts when the
// extension updates (Firefox when it restarts), and the user can take a host permission back in the
// browser's own settings, so the registration is worked out again from storage and the granted
// permissions at every start and every permission change, never patched.

/** The highlight rules the manifest gives every other content script (they must live in the page's document). */
const HIGHLIGHT_CSS = 'src/content/highlights.css';

const { local } = browser.storage;

async function granted(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [hostPattern(host)] });
}

/** Registers, updates or unregisters each user-hosted network's content script to match what is granted. */
async function sync(): Promise<void> {
  const stored = await loadUserHosts(local);
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((script) => script.id));
  for (const spec of userHostedNetworks) {
    const id = userScriptId(spec.id as NetworkId);
    const hosts = [];
    for (const host of stored[spec.id as NetworkId] ?? []) if (await granted(host)) hosts.push(host);
    const js = scripts[spec.id];
    if (hosts.length === 0 || js === undefined) {
      if (registered.has(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
      continue;
    }
    const script = { id, matches: hosts.map(hostPattern), js: [js], css: [HIGHLIGHT_CSS], runAt: 'document_idle' as const, persistAcrossSessions: true };
    if (registered.has(id)) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
  }
}

// One change at a time: two quick adds must not both read the old list.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

export const syncUserHostScripts = (): Promise<void> => serially(sync);

function checked(id: NetworkId, input: string): string {
  if (!isUserHosted(id)) throw new Error(`${network(id).label} runs on fixed hosts; nothing to add.`);
  const parsed = normalizeHost(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.host;
}

/** Adds a host the user granted (the options page asked with permissions.request, in the user's click). */
export function addUserHost(id: NetworkId, input: string): Promise<void> {
  return serially(async () => {
    const host = checked(id, input);
    if (!(await granted(host))) throw new Error(`Rapport may not read ${host}: allow it when your browser asks.`);
    await saveUserHosts(local, id, [...((await loadUserHosts(local))[id] ?? []), host]);
    await sync();
  });
}

/** Forgets a host, unregisters the script there and gives its permission back. */
export function removeUserHost(id: NetworkId, input: string): Promise<void> {
  return serially(async () => {
    const host = checked(id, input);
    await saveUserHosts(local, id, ((await loadUserHosts(local))[id] ?? []).filter((known) => known !== host));
    await sync();
    await browser.permissions.remove({ origins: [hostPattern(host)] });
  });
}

if (userHostedNetworks.length > 0) {
  // Registrations do not survive an update (Chromium) or a restart (Firefox); permissions can change
  // outside Rapport (the browser's site settings).
  browser.runtime.onInstalled.addListener(() => void syncUserHostScripts());
  browser.runtime.onStartup.addListener(() => void syncUserHostScripts());
  browser.permissions.onAdded.addListener(() => void syncUserHostScripts());
  browser.permissions.onRemoved.addListener(() => void syncUserHostScripts());
}
