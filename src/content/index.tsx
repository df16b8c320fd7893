import { render } from 'preact';
import { extension as browser, extensionAlive } from './extension-api';
import type { SiteAdapter } from '../sites';
import { coach } from './coach';
import { HIGHLIGHT_NAMES } from './highlights';
import { whenContextGone } from './scoring-client';
import { contentSettings } from './settings';
import { HOST_SELECTOR, shadowHost } from './shadow-host';

// The content script, kept small. It finds composers, forwards their text to the worker, and shows
// the answer; all scoring lives in the worker. Each network's entry (src/content/entries/<id>.ts,
// generated from the registry) starts it with that network's adapter, so no other adapter loads.

/**
 * Starts coaching with one network's adapter. `rapportStarted` settles once start-up is done:
 * settings read and, where Rapport is on, the composers already in the page found. It lives in the
 * content script's own world, which the page cannot see; tests wait for it (a positive signal)
 * before they check that something did not happen.
 */
export function start(site: SiteAdapter): void {
  (globalThis as { rapportStarted?: Promise<void> }).rapportStarted = extensionAlive() ? startCoaching(site) : Promise.resolve();
}


async function startCoaching(site: SiteAdapter): Promise<void> {
  // A previous copy of this script (before an update, where the browser injects the new one into
  // open tabs) may have left its panel, card or underlines: this copy takes over from here.
  for (const leftover of document.querySelectorAll(HOST_SELECTOR)) leftover.remove();
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);

  const settings = contentSettings(site.id);
  let current = await settings.load();
  let running = current.sitesEnabled[site.id] ? coach(site, settings, () => current) : null;
  // Per-site on/off takes effect at once: the storage change arrives here from the popup or options.
  const unsubscribe = settings.onChange((next, scoringChanged) => {
    current = next;
    const on = next.sitesEnabled[site.id];
    if (on && !running) running = coach(site, settings, () => current);
    else if (!on && running) {
      running.stop();
      running = null;
    } else running?.settingsChanged(scoringChanged);
  });

  /** The extension went away under the page: remove everything, leave the drafts exactly as they are. */
  function orphaned(): void {
    const panel = document.querySelector('rapport-panel');
    const where = panel && !(panel as HTMLElement).hidden ? panel.getBoundingClientRect() : null;
    for (const type of ['focusin', 'pointerdown', 'keydown']) document.removeEventListener(type, checkAlive, true);
    try {
      unsubscribe();
    } catch {
      // Its runtime is gone already.
    }
    running?.stop();
    running = null;
    if (where) askForReload(where);
  }

  let gone = false;
  function checkAlive(): void {
    if (!gone && !extensionAlive()) {
      gone = true;
      orphaned();
    }
  }

  // Noticed at once while the worker runs (its port closes), and otherwise at the user's next move.
  for (const type of ['focusin', 'pointerdown', 'keydown']) document.addEventListener(type, checkAlive, true);
  whenContextGone(orphaned);
  // The port closes before the runtime is marked gone, so look again a little later; a port that
  // closed because the worker idled leaves the runtime alive, and nothing happens.
  try {
    browser.runtime.connect({ name: 'rapport/alive' }).onDisconnect.addListener(() => {
      for (const delay of [0, 200, 1000, 3000]) setTimeout(checkAlive, delay);
    });
  } catch {
    checkAlive();
  }
}

/**
 * Chromium does not put the updated script into pages that were already open, so the coach cannot
 * come back by itself: one line, where the panel was, says what to do.
 */
function askForReload(where: DOMRect): void {
  const { host, root, dispose } = shadowHost('rapport-notice');
  render(
    <p class="notice-line" role="status" data-testid="rapport-reload">
      Rapport was updated. Reload this page to keep coaching; your draft is safe.{' '}
      <button type="button" class="link" onClick={(event) => event.isTrusted && dispose()}>
        Close
      </button>
    </p>,
    root,
  );
  host.style.setProperty('--rapport-left', `${Math.round(where.left)}px`);
  host.style.setProperty('--rapport-top', `${Math.round(where.top)}px`);
  host.hidden = false;
}
