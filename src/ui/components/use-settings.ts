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
import { useStoredSnapshot, type StoredState } from './use-stored-snapshot';

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

export type SettingsState = StoredState<SettingsSnapshot>;

/** The settings, read again after every storage change, so what is shown is always what is stored. */
export function useSettings(storage: ExtensionStorage): { state: SettingsState; reload: () => Promise<void> } {
  return useStoredSnapshot(storage, readSnapshot, 'Rapport could not read its settings');
}
