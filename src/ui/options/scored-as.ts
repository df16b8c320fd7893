import type { Preset } from '../../engine';
import { resolveEffectiveSettings, type ManagedPolicy, type Settings } from '../../storage';

/**
 * The preset as the worker would score with it if it were active: the user's turned-off rules and
 * the organisation's rule locks applied by the same merge the worker uses, so the preview never
 * disagrees with the panel.
 */
export function scoredAs(preset: Preset, settings: Settings, policy: ManagedPolicy | null): Preset {
  const rulesOnly: ManagedPolicy | null = policy && {
    presets: [],
    defaults: { disabledRules: policy.defaults.disabledRules },
    locked: { rules: policy.locked.rules },
  };
  return resolveEffectiveSettings([], { settings: { ...settings, activePresetId: preset.id }, presets: [preset] }, rulesOnly).preset;
}
