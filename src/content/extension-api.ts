// The content script talks to the extension through the browser's own promise-based API: chrome.*
// on Chrome (MV3 returns promises) and browser.* on Firefox. webextension-polyfill, which the
// worker and extension pages use, would add about 3 KB gzip to the content script for nothing.

export const extension: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
