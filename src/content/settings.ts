import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { DoneReplySchema, UiStateSchema, type UiState } from '../messages';
import { networkIds } from '../networks';

export type ContentSettings = UiState;

const FALLBACK: UiState = {
  sitesEnabled: Object.fromEntries(networkIds.map((id) => [id, true])) as UiState['sitesEnabled'],
  panelCollapsed: false,
  coachPrivateMessages: false,
  scoringKey: '',
};

/**
 * The content script's view of settings: asked of the worker (which merges presets and policy),
 * and asked again whenever storage changes, so per-site on/off takes effect at once.
 */
export function contentSettings() {
  async function load(): Promise<ContentSettings> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const parsed = v.safeParse(UiStateSchema, await browser.runtime.sendMessage({ type: 'rapport/ui-state' }));
        if (parsed.success) return parsed.output;
      } catch {
        // The worker was restarting; ask again.
      }
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
    return FALLBACK;
  }

  async function send(message: object): Promise<void> {
    const reply = v.safeParse(DoneReplySchema, await browser.runtime.sendMessage(message));
    if (reply.success && !reply.output.ok) console.warn('Rapport:', reply.output.error);
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
    setPanelCollapsed: (collapsed: boolean) => send({ type: 'rapport/set-panel-collapsed', collapsed }),
    turnOffRule: (rule: string) => send({ type: 'rapport/turn-off-rule', rule }),
  };
}
