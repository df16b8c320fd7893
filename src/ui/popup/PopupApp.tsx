import { useState } from 'preact/hooks';
import type { NetworkId } from '../../networks';
import { PresetPicker } from '../components/PresetPicker';
import { SiteToggles } from '../components/SiteToggles';
import type { ExtensionStorage } from '../components/storage-areas';
import { useSettings } from '../components/use-settings';
import { ProgressLine } from './ProgressLine';

export interface PopupAppProps {
  storage: ExtensionStorage;
  openOptions: () => Promise<void>;
  /** Opens the trends page; the popup's link to private history. */
  openTrends?: () => Promise<void>;
  now?: () => number;
}

/** The toolbar popup: the two choices staff make most, and the way to everything else. */
export function PopupApp({ storage, openOptions, openTrends = async () => undefined, now }: PopupAppProps) {
  const { state } = useSettings(storage);
  const [error, setError] = useState<string | null>(null);

  const write = (work: Promise<unknown>) => {
    work.then(
      () => setError(null),
      (reason: unknown) => setError(`Not saved: ${(reason as Error).message}`),
    );
  };

  return (
    <main class="popup">
      <h1>Rapport</h1>
      <ProgressLine storage={storage} onOpenTrends={() => write(openTrends())} {...(now ? { now } : {})} />
      {state.status === 'loading' && <p>Loading…</p>}
      {state.status === 'error' && (
        <p class="status error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <PresetPicker
            idPrefix="popup"
            effective={state.snapshot.effective}
            onChange={(presetId) => write(storage.change({ kind: 'active-preset', presetId }))}
          />
          <SiteToggles
            idPrefix="popup"
            effective={state.snapshot.effective}
            onChange={(site: NetworkId, enabled) => write(storage.change({ kind: 'site', site, enabled }))}
          />
        </>
      )}
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="link" data-testid="open-options" onClick={() => write(openOptions())}>
        All settings, rules and presets…
      </button>
    </main>
  );
}
