import browser from 'webextension-polyfill';
import type { Limits } from '../engine';
import { builtinPresets } from '../presets/builtins';
import type { PresetSummary, UiState } from '../messages';
import {
  loadSettings,
  loadUserPresets,
  readCachedManagedPolicy,
  refreshManagedPolicy,
  resolveEffectiveSettings,
  type EffectiveSettings,
} from '../storage';
import { createSettingsWriter } from './settings-writer';

// The worker owns settings: it merges built-in, user and organisation presets once and keeps the
// result until storage changes. A restarted worker simply reads them again.

const { sync, local, managed } = browser.storage;
let effective: Promise<EffectiveSettings> | null = null;

export function effectiveSettings(): Promise<EffectiveSettings> {
  effective ??= (async () => {
    const [settings, user, policy] = await Promise.all([loadSettings(sync), loadUserPresets(sync), readCachedManagedPolicy(local)]);
    return resolveEffectiveSettings(builtinPresets, { settings, presets: user.presets }, policy.policy);
  })();
  return effective;
}

/** `limits`: the ones the draft was scored against (the preset's for its network and composer). */
export function presetSummary(settings: EffectiveSettings, limits: Limits): PresetSummary {
  const { preset } = settings;
  return {
    id: preset.id,
    name: preset.name,
    thresholds: preset.thresholds,
    limits,
    lockedByPolicy: settings.locked.activePreset,
    lockedRules: Object.keys(settings.locked.rules),
  };
}

export async function uiState(): Promise<UiState> {
  const settings = await effectiveSettings();
  return {
    sitesEnabled: settings.sites,
    panelCollapsed: settings.panelCollapsed,
    coachPrivateMessages: settings.coachPrivateMessages,
    // Changes whenever scoring would: the content script rescores its drafts when it sees a new key.
    scoringKey: JSON.stringify(settings.preset),
  };
}

/** Every settings change, from any context, goes through this one writer. */
export const settingsWriter = createSettingsWriter({ sync, local });

browser.storage.onChanged.addListener((_changes, area) => {
  effective = null;
  // A new policy arrives through storage.onChanged('managed'); keep the local copy current.
  if (area === 'managed') refreshPolicy();
});

/** A policy that cannot be cached is reported in the options page (cacheManagedPolicy stores why). */
function refreshPolicy(): void {
  refreshManagedPolicy(managed, local).catch((error: unknown) => console.error('Rapport:', error instanceof Error ? error.message : error));
}

// Never block start-up on storage.managed: its first read can take minutes (PLATFORM.md).
refreshPolicy();
