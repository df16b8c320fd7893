import panelCss from '../ui/panel/panel.css?inline';
import { extensionAlive } from './extension-api';

let sheet: CSSStyleSheet | null = null;

const USER_ACTIONS = ['click', 'auxclick', 'dblclick', 'keydown', 'keyup', 'keypress', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'input', 'change', 'submit'];

/**
 * An undefined element (content scripts have no customElements registry) in the page's document
 * with an open shadow root, styled by the one constructed sheet every Rapport host adopts. `root`
 * is the container Preact renders into, so other children of the shadow root survive a render.
 */
export function shadowHost(tag: 'rapport-panel' | 'rapport-card' | 'rapport-notice') {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(panelCss);
  }
  shadow.adoptedStyleSheets = [sheet];
  // Page scripts can reach an open shadow root and click or key its buttons. Events a person did not
  // make are stopped before they reach any control, so only the user applies, dismisses or turns off.
  for (const type of USER_ACTIONS) {
    shadow.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      true,
    );
  }
  const root = document.createElement('div');
  shadow.append(root);
  host.hidden = true;
  document.documentElement.append(host);
  const stopKeeping = keepInPage(host);
  return {
    host,
    shadow,
    root,
    /** Takes the element out of the page for good (only Rapport's own code calls this). */
    dispose(): void {
      stopKeeping();
      host.remove();
    },
  };
}

/** Restores allowed in a burst before the rest wait: a page that keeps removing the panel only slows its return. */
const RESTORE_BURST = 20;
const RESTORE_WINDOW_MS = 10_000;

/**
 * Puts `host` back whenever the page removes it, while this copy of the extension is alive (a
 * successor that clears an orphan's leftovers must not see them come back).
 */
function keepInPage(host: HTMLElement): () => void {
  let restoredAt: number[] = [];
  let retry: ReturnType<typeof setTimeout> | undefined;
  function restore(): void {
    if (host.isConnected || !extensionAlive()) return;
    const now = performance.now();
    restoredAt = restoredAt.filter((time) => now - time < RESTORE_WINDOW_MS);
    if (restoredAt.length >= RESTORE_BURST) {
      retry ??= setTimeout(() => {
        retry = undefined;
        restore();
      }, RESTORE_WINDOW_MS / 4);
      return;
    }
    restoredAt.push(now);
    document.documentElement.append(host);
  }
  const observer = new MutationObserver(restore);
  observer.observe(document.documentElement, { childList: true });
  return () => {
    observer.disconnect();
    clearTimeout(retry);
  };
}


/** Every element a Rapport content script adds to a page, for a successor to clear away. */
export const HOST_SELECTOR = 'rapport-panel,rapport-card,rapport-notice';
