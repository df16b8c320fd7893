import browser from 'webextension-polyfill';
import type { Limits } from '../engine';
import { builtinPresets } from '../presets/builtins';
import type { PresetSummary, UiState } from '../messages';
import {
  HISTORY_INDEX_KEY,
  HISTORY_MONTH_KEY_PREFIX,
  loadHistorySettings,
  loadSettings,
  loadUserPresets,
  readCachedManagedPolicy,
  refreshManagedPolicy,
  resolveEffectiveSettings,
  resolveHistory,
  type EffectiveHistory,
  type EffectiveSettings,
} from '../storage';
import { createHistoryKeeper } from './history';
import { serial } from './serial';
import { createSettingsWriter } from './settings-writer';

// The worker owns settings: it merges built-in, user and organisation presets once and keeps the
// result until storage changes. A restarted worker simply reads them again.

const { sync, local, session, managed } = browser.storage;
let effective: Promise<EffectiveSettings & { history: EffectiveHistory }> | null = null;

export function effectiveSettings(): Promise<EffectiveSettings & { history: EffectiveHistory }> {
  effective ??= (async () => {
    const [settings, user, policy, history] = await Promise.all([loadSettings(sync), loadUserPresets(sync), readCachedManagedPolicy(local), loadHistorySettings(local)]);
    return { ...resolveEffectiveSettings(builtinPresets, { settings, presets: user.presets }, policy.policy), history: resolveHistory(history, policy.policy) };
  })();
  return effective;
}

/** The panel's one offer of private history (issue 14). */
const HISTORY_OFFER_TEXT = 'See your progress? Rapport can keep a private history of your scores on this computer: numbers only, never your words.';

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
    ...(settings.history.offerDue ? { historyOffer: HISTORY_OFFER_TEXT } : {}),
  };
}

/** One queue for every write the worker makes, so no read-modify-write interleaves with another. */
const serialised = serial();
/** Every settings change, from any context, goes through this one writer. */
export const settingsWriter = createSettingsWriter({ sync, local, serialised });
/** Notes each draft's scores and records sent posts (issue 14). */
export const historyKeeper = createHistoryKeeper({ local, session, serialised });

/** Recorded posts and the worker's notes of drafts: nothing the settings are made of. */
const isHistoryData = (key: string): boolean => key === HISTORY_INDEX_KEY || key.startsWith(HISTORY_MONTH_KEY_PREFIX);

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'session' || (area === 'local' && Object.keys(changes).every(isHistoryData))) return;
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
