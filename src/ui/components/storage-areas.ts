import browser from 'webextension-polyfill';
import type { StorageAreaLike } from '../../storage';

/**
 * The storage the options page and popup read and write. The pages take it as a prop, so
 * component tests pass in-memory areas and never touch chrome.*.
 */
export interface ExtensionStorage {
  /** The user's settings and presets. */
  sync: StorageAreaLike;
  /** Holds the cached organisation policy (the worker keeps it current). */
  local: StorageAreaLike;
  /** Calls `listener` after any change in any area; returns the unsubscribe function. */
  onChanged(listener: () => void): () => void;
}

export function browserStorage(): ExtensionStorage {
  return {
    sync: browser.storage.sync,
    local: browser.storage.local,
    onChanged(listener) {
      const handler = (): void => listener();
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
  };
}
