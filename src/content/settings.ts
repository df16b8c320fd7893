import { extension as browser } from './extension-api';
import { errorText } from './scoring-client';
import { isChangeSettingsReply, isUiState, type SettingsChange, type UiState } from '../messages';
import type { NetworkId } from '../networks';

export type ContentSettings = UiState;

/**
 * The content script's view of settings: asked of the worker (which merges presets and policy),
 * and asked again whenever storage changes, so per-site on/off takes effect at once. Should the
 * worker not answer, this page's network counts as on (the default), so the page loads no list of
 * networks just for that.
 */
export function contentSettings(site: NetworkId) {
  const FALLBACK = {
    sitesEnabled: { [site]: true } as UiState['sitesEnabled'],
    panelCollapsed: false,
    coachPrivateMessages: false,
    scoringKey: '',
  } satisfies UiState;

  async function load(): Promise<ContentSettings> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const reply: unknown = await browser.runtime.sendMessage({ type: 'rapport/ui-state' });
        if (isUiState(reply)) return reply;
      } catch {
        // The worker was restarting; ask again.
      }
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
    return FALLBACK;
  }

  /** Asks the worker, which owns settings, to make a change; resolves to why it was not saved, or null. */
  async function change(change: SettingsChange): Promise<string | null> {
    try {
      const reply: unknown = await browser.runtime.sendMessage({ type: 'rapport/change-settings', change });
      if (!isChangeSettingsReply(reply)) return 'Rapport did not answer';
      return reply.ok ? null : reply.error;
    } catch (error) {
      return errorText(error);
    }
  }

  return {
    load,
    /** Calls `listener` after every storage change; returns how to stop listening. */
    onChange(listener: (next: ContentSettings, scoringChanged: boolean) => void): () => void {
      let last: Promise<ContentSettings> = load();
      const changed = (): void => {
        const previous = last;
        last = load();
        void Promise.all([previous, last]).then(([before, after]) => listener(after, before.scoringKey !== after.scoringKey));
      };
      browser.storage.onChanged.addListener(changed);
      return () => browser.storage.onChanged.removeListener(changed);
    },
    change,
  };
}
