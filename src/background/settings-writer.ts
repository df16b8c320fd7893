import type { ChangeSettingsReply, SettingsChange } from '../messages';
import {
  changeHistorySettings,
  changeSettings,
  clearHistory,
  HISTORY_SETTINGS_KEY,
  importUserPreset,
  loadHistorySettings,
  readCachedManagedPolicy,
  removeUserPreset,
  resetSettings,
  saveUserPreset,
  SettingsChangeRefused,
  type SettingsFieldChange,
  type StorageAreaLike,
} from '../storage';
import { serial, type Serial } from './serial';

// The one writer of what Rapport stores in storage.sync. The panel, the popup and the options page
// send it changes; it applies them one at a time to what is stored at that moment, so no change
// overwrites another, and answers each with "done" or the reason it was not saved.
//
// Changes from content scripts (the panel, inside pages Rapport does not control) are limited and
// merged: storage.sync allows 120 writes a minute and 1,800 an hour for the whole extension, and a
// page must never use up the user's own.

/** Who asked: one of Rapport's own pages (popup, options) or a content script in a web page. */
export type ChangeOrigin = 'extension-page' | 'content-script';

/** Writes a page's panel may make in a burst… */
export const PAGE_WRITE_BURST = 6;
/** …and then one per this interval: 12 a minute, 720 an hour, leaving most of the quota to the user. */
export const PAGE_WRITE_INTERVAL_MS = 5_000;

export interface SettingsWriterOptions {
  sync: StorageAreaLike;
  local: StorageAreaLike;
  /** The worker's one queue of writes, shared with the history keeper (both write historySettings). */
  serialised?: Serial;
  now?: () => number;
  wait?: (ms: number) => Promise<void>;
}

export interface SettingsWriter {
  change(change: SettingsChange, origin: ChangeOrigin): Promise<ChangeSettingsReply>;
}

/** What a content script may ask for (see fromPage). */
type PageChange = SettingsFieldChange | Extract<SettingsChange, { kind: 'history-offer' }>;

interface PageBatch {
  changes: PageChange[];
  settle: Array<(reply: ChangeSettingsReply) => void>;
}

export function createSettingsWriter({ sync, local, serialised = serial(), now = Date.now, wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms)) }: SettingsWriterOptions): SettingsWriter {
  async function apply(changes: readonly SettingsChange[]): Promise<ChangeSettingsReply> {
    try {
      const { policy } = await readCachedManagedPolicy(local);
      const fieldChanges = changes.filter(isFieldChange);
      if (fieldChanges.length > 0) await changeSettings(sync, fieldChanges, policy);
      let imported: ChangeSettingsReply & { ok: true } = { ok: true };
      for (const change of changes) {
        switch (change.kind) {
          case 'reset':
            await resetSettings(sync);
            break;
          case 'import-preset':
            imported = { ok: true, imported: await importUserPreset(sync, change.text) };
            break;
          case 'save-preset':
            imported = {
              ok: true,
              imported: await saveUserPreset(sync, change.file, {
                ...(change.originalId !== undefined ? { originalId: change.originalId } : {}),
                reservedIds: (policy?.presets ?? []).map((preset) => preset.id),
              }),
            };
            break;
          case 'delete-preset':
            await removeUserPreset(sync, change.presetId);
            break;
          case 'history':
          case 'history-offer':
            await local.set({ [HISTORY_SETTINGS_KEY]: changeHistorySettings(await loadHistorySettings(local), change, policy) });
            if (change.kind === 'history' && !change.enabled && change.deleteEntries === true) await clearHistory(local);
            break;
          case 'clear-history':
            await clearHistory(local);
            break;
        }
      }
      return imported;
    } catch (error) {
      return { ok: false, error: describeWriteError(error) };
    }
  }

  // ---- changes from content scripts: a token bucket, and one batch that gathers while it waits ----
  let tokens = PAGE_WRITE_BURST;
  let refilledAt = now();
  let batch: PageBatch | null = null;

  function refill(): void {
    const earned = Math.floor((now() - refilledAt) / PAGE_WRITE_INTERVAL_MS);
    if (earned <= 0) return;
    tokens = Math.min(PAGE_WRITE_BURST, tokens + earned);
    refilledAt = tokens === PAGE_WRITE_BURST ? now() : refilledAt + earned * PAGE_WRITE_INTERVAL_MS;
  }

  async function flushWhenAllowed(pending: PageBatch): Promise<void> {
    for (refill(); tokens < 1; refill()) await wait(Math.max(1, refilledAt + PAGE_WRITE_INTERVAL_MS - now()));
    tokens -= 1;
    // Changes that arrive from now on wait for the next write.
    batch = null;
    const reply = await serialised(() => apply(pending.changes));
    for (const settle of pending.settle) settle(reply);
  }

  function fromPage(change: SettingsChange): Promise<ChangeSettingsReply> {
    // The panel can turn a rule off, fold itself away and answer its one offer of history (which
    // the worker takes only while that offer stands); everything else is changed in Rapport's own pages.
    const allowed = change.kind === 'panel-collapsed' || (change.kind === 'rule' && change.disabled) || change.kind === 'history-offer';
    if (!allowed) return Promise.resolve({ ok: false, error: 'this setting can be changed only in Rapport’s popup or options page' });
    return new Promise((resolve) => {
      const pending = batch ?? { changes: [], settle: [] };
      pending.changes = merged(pending.changes, change);
      pending.settle.push(resolve);
      if (!batch) {
        batch = pending;
        void flushWhenAllowed(pending);
      }
    });
  }

  return {
    change(change, origin) {
      return origin === 'content-script' ? fromPage(change) : serialised(() => apply([change]));
    },
  };
}

function isFieldChange(change: SettingsChange): change is SettingsFieldChange {
  return change.kind === 'active-preset' || change.kind === 'site' || change.kind === 'rule' || change.kind === 'panel-collapsed' || change.kind === 'private-messages';
}

/** A later change to the same setting replaces an earlier one still waiting: one write carries both. */
function merged(changes: readonly PageChange[], change: PageChange): PageChange[] {
  const sameSetting = (other: PageChange): boolean =>
    other.kind === change.kind && (other.kind !== 'rule' || change.kind !== 'rule' || other.rule === change.rule);
  return [...changes.filter((other) => !sameSetting(other)), change];
}

/** The browser's quota errors, in words the person who made the change can act on. */
export function describeWriteError(error: unknown): string {
  if (error instanceof SettingsChangeRefused) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  // Chrome has said both "QUOTA_BYTES quota exceeded" and "Resource::kQuotaBytes quota exceeded".
  const quota = message.replace(/_/g, '').toLowerCase();
  if (/maxwriteoperationsper(minute|hour)/.test(quota)) {
    return 'the browser allows only so many saves of synced settings in a row; wait a minute and try again';
  }
  if (quota.includes('quotabytes')) {
    return 'your browser’s synced storage for Rapport is full (100 KB for all your settings and presets); delete a preset you no longer use';
  }
  return message;
}
