import browser from 'webextension-polyfill';
import * as v from 'valibot';
import type { SettingsChange } from '../../messages';
import type { ImportResult, StorageAreaLike } from '../../storage';

/**
 * The storage the options page and popup read, and the way they change it. The pages take it as a
 * prop, so component tests pass in-memory areas and never touch chrome.*.
 */
export interface ExtensionStorage {
  /** The user's settings and presets. */
  sync: StorageAreaLike;
  /** Holds the cached organisation policy (the worker keeps it current) and private history. */
  local: StorageAreaLike;
  /** The worker's notes of drafts' scores (memory only); the popup shows the current draft's. */
  session: StorageAreaLike;
  /** The tab the popup was opened over, if any. */
  activeTabId(): Promise<number | undefined>;
  /**
   * Asks the worker's one settings writer to make a change. Rejects with the reason when it was
   * not saved; a preset import or save resolves to the import's own result (which may list problems).
   */
  change(change: SettingsChange): Promise<ImportResult | undefined>;
  /** Calls `listener` with the area's name after any change in any area; returns the unsubscribe function. */
  onChanged(listener: (area: string) => void): () => void;
}

const ChangeSettingsReplySchema = v.variant('ok', [
  v.object({ ok: v.literal(true), imported: v.optional(v.custom<ImportResult>((value) => typeof value === 'object' && value !== null)) }),
  v.object({ ok: v.literal(false), error: v.string() }),
]);

export function browserStorage(): ExtensionStorage {
  return {
    sync: browser.storage.sync,
    local: browser.storage.local,
    session: browser.storage.session,
    async activeTabId() {
      // No "tabs" permission is needed for a tab's id.
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    async change(change) {
      const reply = v.safeParse(ChangeSettingsReplySchema, await browser.runtime.sendMessage({ type: 'rapport/change-settings', change }));
      if (!reply.success) throw new Error('Rapport’s background worker did not answer');
      if (!reply.output.ok) throw new Error(reply.output.error);
      return reply.output.imported;
    },
    onChanged(listener) {
      const handler = (_changes: unknown, area: string): void => listener(area);
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
  };
}
