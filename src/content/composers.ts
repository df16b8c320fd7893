import type { SiteAdapter } from '../sites';

export interface ComposerWatcher {
  /** Looks for composers now (e.g. on focus), instead of waiting for the next DOM change. */
  scan(): void;
  stop(): void;
}

const SCAN_THROTTLE_MS = 200;

/**
 * Finds the site's composers as they come and go in a single-page app: a MutationObserver on the
 * document plus focusin. Scans are throttled, so a busy timeline costs one selector query per 200 ms
 * at most, and a page without composers costs nothing beyond the observer.
 */
export function watchComposers(
  adapter: SiteAdapter,
  /** Whether to attach to a composer now (private ones only when the user asked); asked at every scan. */
  accept: (el: HTMLElement) => boolean,
  attach: (el: HTMLElement) => void,
  detach: (el: HTMLElement) => void,
): ComposerWatcher {
  const attached = new Set<HTMLElement>();
  let pending: ReturnType<typeof setTimeout> | undefined;

  function scan(): void {
    pending = undefined;
    const found = new Set([...document.querySelectorAll<HTMLElement>(adapter.composerSelector)].filter(accept));
    for (const el of attached) {
      if (!found.has(el) || !el.isConnected) {
        attached.delete(el);
        detach(el);
      }
    }
    for (const el of found) {
      if (!attached.has(el)) {
        attached.add(el);
        attach(el);
      }
    }
  }

  function scheduleScan(): void {
    if (pending === undefined) pending = setTimeout(scan, SCAN_THROTTLE_MS);
  }

  function onFocusIn(event: FocusEvent): void {
    const composer = event.target instanceof Element ? event.target.closest<HTMLElement>(adapter.composerSelector) : null;
    if (composer && !attached.has(composer) && accept(composer)) scan();
  }

  const observer = new MutationObserver(scheduleScan);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('focusin', onFocusIn, true);
  scan();

  return {
    scan,
    stop(): void {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn, true);
      clearTimeout(pending);
      for (const el of attached) detach(el);
      attached.clear();
    },
  };
}
