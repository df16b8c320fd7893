// The content script talks to the extension through the browser's own promise-based API: chrome.*
// on Chrome (MV3 returns promises) and browser.* on Firefox. webextension-polyfill, which the
// worker and extension pages use, would add about 3 KB gzip to the content script for nothing.

export const extension: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome;

/** False once the extension was updated, reloaded or removed under this page: this script is an orphan. */
export function extensionAlive(): boolean {
  try {
    return Boolean(extension.runtime?.id);
  } catch {
    return false;
  }
}
