import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { builtinPresets } from '../../presets/builtins';
import {
  loadSettings,
  loadUserPresets,
  readCachedManagedPolicy,
  resolveEffectiveSettings,
  type EffectiveSettings,
  type ManagedPolicyReading,
  type Settings,
  type StoredPresetProblem,
} from '../../storage';
import type { Preset } from '../../engine';
import type { ExtensionStorage } from './storage-areas';

/** Everything the options page and popup show, read in one go. */
export interface SettingsSnapshot {
  settings: Settings;
  userPresets: Preset[];
  unreadablePresets: StoredPresetProblem[];
  /** The organisation's policy as last cached by the worker (null policy: none applies). */
  policy: ManagedPolicyReading;
  /** Why the worker could not cache the newest policy, or null. */
  policyCacheError: string | null;
  effective: EffectiveSettings;
}

export async function readSnapshot(storage: ExtensionStorage): Promise<SettingsSnapshot> {
  const [settings, user, cached] = await Promise.all([
    loadSettings(storage.sync),
    loadUserPresets(storage.sync),
    readCachedManagedPolicy(storage.local),
  ]);
  const policy: ManagedPolicyReading = { policy: cached.policy, problems: cached.problems };
  return {
    settings,
    userPresets: user.presets,
    unreadablePresets: user.unreadable,
    policy,
    policyCacheError: cached.cacheError,
    effective: resolveEffectiveSettings(builtinPresets, { settings, presets: user.presets }, policy.policy),
  };
}

export type SettingsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; snapshot: SettingsSnapshot };

/**
 * Reads the settings and reads them again after every storage change, whoever made it (this page,
 * another tab, the worker caching a new policy), so what is shown is always what is stored.
 */
export function useSettings(storage: ExtensionStorage): { state: SettingsState; reload: () => Promise<void> } {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });
  // Changes can arrive in bursts; only the newest read may land, or an older one could overwrite it.
  const latestRead = useRef(0);

  const reload = useCallback(async () => {
    latestRead.current += 1;
    const read = latestRead.current;
    let next: SettingsState;
    try {
      next = { status: 'ready', snapshot: await readSnapshot(storage) };
    } catch (error) {
      next = { status: 'error', message: `Rapport could not read its settings: ${(error as Error).message}` };
    }
    if (read === latestRead.current) setState(next);
  }, [storage]);

  useEffect(() => {
    void reload();
    // storage.session holds the worker's notes of drafts, which change with every keystroke in a tab.
    return storage.onChanged((area) => area !== 'session' && void reload());
  }, [storage, reload]);

  return { state, reload };
}
