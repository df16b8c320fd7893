import { networkIds } from '../../../src/networks';
import { describe, expect, it } from 'vitest';
import type { Preset } from '../../../src/engine';
import { NEUTRAL_PRESET } from '../../../src/engine/presets/neutral';
import { builtinPresets } from '../../../src/presets/builtins';
import { defaultSettings, resolveEffectiveSettings, type ManagedPolicy, type Settings } from '../../../src/storage';

const userPreset: Preset = { ...NEUTRAL_PRESET, id: 'mine', name: 'Mine', emoji: 'welcome' };
const managedVersion: Preset = { ...NEUTRAL_PRESET, id: 'mine', name: 'Mine (as the organisation set it)', emoji: 'discouraged' };

function user(settings: Partial<Settings> = {}, presets: Preset[] = [userPreset]) {
  return { settings: { ...defaultSettings(), ...settings }, presets };
}

function policy(parts: Partial<ManagedPolicy>): ManagedPolicy {
  return { presets: [], defaults: {}, locked: {}, ...parts };
}

describe('resolveEffectiveSettings: built-in < user < managed default < managed locked', () => {
  it('with nothing chosen: Neutral, both sites on, nothing locked', () => {
    const effective = resolveEffectiveSettings(builtinPresets, user({}, []), null);
    expect(effective.preset).toEqual(NEUTRAL_PRESET);
    expect(effective.sites).toEqual(Object.fromEntries(networkIds.map((id) => [id, true])));
    expect(effective.locked).toEqual({ activePreset: false, rules: {} });
    expect(effective.presets.map(({ preset, source }) => `${preset.id}:${source}`)).toEqual(
      builtinPresets.map((preset) => `${preset.id}:builtin`),
    );
  });

  it("user: the user's choice beats the built-in default", () => {
    const effective = resolveEffectiveSettings(builtinPresets, user({ activePresetId: 'mine' }), null);
    expect(effective.activePresetId).toBe('mine');
    expect(effective.preset.emoji).toBe('welcome');
  });

  it('managed default: beats a stored user value the user never set against it', () => {
    const managed = policy({ defaults: { activePresetId: 'customer-care', sites: { facebook: false } } });
    const effective = resolveEffectiveSettings(builtinPresets, user({ activePresetId: 'mine' }), managed);
    expect(effective.activePresetId).toBe('customer-care');
    expect(effective.sites).toEqual({ ...Object.fromEntries(networkIds.map((id) => [id, true])), facebook: false });
    expect(effective.fromOrganisationDefaults).toEqual(['activePresetId', 'sites.facebook']);
    expect(effective.locked.activePreset).toBe(false);
  });

  it('managed default: the user may change it, and their change stands', () => {
    const managed = policy({ defaults: { activePresetId: 'customer-care' } });
    const effective = resolveEffectiveSettings(
      builtinPresets,
      user({ activePresetId: 'mine', overriddenDefaults: { activePresetId: '"customer-care"' } }),
      managed,
    );
    expect(effective.activePresetId).toBe('mine');
    expect(effective.fromOrganisationDefaults).toEqual([]);
  });

  it('managed default: a newly pushed default applies again over an older override', () => {
    const managed = policy({ defaults: { activePresetId: 'b2b-executive' } });
    const effective = resolveEffectiveSettings(
      builtinPresets,
      user({ activePresetId: 'mine', overriddenDefaults: { activePresetId: '"customer-care"' } }),
      managed,
    );
    expect(effective.activePresetId).toBe('b2b-executive');
  });

  it('managed locked: beats the user and the managed default, and says it is locked', () => {
    const managed = policy({ defaults: { activePresetId: 'customer-care' }, locked: { activePresetId: 'community-manager' } });
    const effective = resolveEffectiveSettings(
      builtinPresets,
      user({ activePresetId: 'mine', overriddenDefaults: { activePresetId: '"customer-care"' } }),
      managed,
    );
    expect(effective.activePresetId).toBe('community-manager');
    expect(effective.locked.activePreset).toBe(true);
  });

  it('rules: user turns off < managed default list < locked force-on/force-off; no-preference changes nothing', () => {
    const managed = policy({
      defaults: { disabledRules: ['emoji'] },
      locked: { rules: { 'hard-sell': 'force-on', jargon: 'force-off', contractions: 'no-preference' } },
    });
    const effective = resolveEffectiveSettings(
      builtinPresets,
      user({ activePresetId: 'customer-care', disabledRules: ['hard-sell', 'contractions'] }),
      managed,
    );
    // The organisation's default list replaced the user's (they never changed it while it applied)...
    expect(effective.disabledRules).toEqual(['emoji']);
    expect(effective.preset.rules['emoji']?.enabled).toBe(false);
    // ...and locks win over everything, keeping the preset's weight.
    expect(effective.preset.rules['hard-sell']).toEqual({ enabled: true, weight: 2 });
    expect(effective.preset.rules['jargon']).toEqual({ enabled: false, weight: 1 });
    expect(effective.preset.rules['contractions']).toBeUndefined();
    expect(effective.locked.rules).toEqual({ 'hard-sell': 'force-on', jargon: 'force-off' });
  });

  it('rules: a user who changed the list keeps theirs; force-on still beats their choice', () => {
    const managed = policy({ defaults: { disabledRules: ['emoji'] }, locked: { rules: { 'hard-sell': 'force-on' } } });
    const effective = resolveEffectiveSettings(
      builtinPresets,
      user({ disabledRules: ['hard-sell', 'jargon'], overriddenDefaults: { disabledRules: '["emoji"]' } }),
      managed,
    );
    expect(effective.disabledRules).toEqual(['hard-sell', 'jargon']);
    expect(effective.preset.rules['jargon']?.enabled).toBe(false);
    expect(effective.preset.rules['hard-sell']?.enabled).toBe(true);
    expect(effective.preset.rules['emoji']).toBeUndefined();
  });

  it('presets: a managed preset replaces a user preset with the same id', () => {
    const effective = resolveEffectiveSettings(builtinPresets, user({ activePresetId: 'mine' }), policy({ presets: [managedVersion] }));
    expect(effective.preset.emoji).toBe('discouraged');
    expect(effective.presets.filter(({ preset }) => preset.id === 'mine')).toEqual([{ preset: managedVersion, source: 'managed' }]);
  });

  it('an active preset that no longer exists falls back to Neutral with a warning', () => {
    const effective = resolveEffectiveSettings(builtinPresets, user({ activePresetId: 'deleted' }, []), null);
    expect(effective.activePresetId).toBe('neutral');
    expect(effective.warnings).toEqual(['preset "deleted" is not available; using Neutral']);
  });

  it('does not modify the presets it is given', () => {
    const before = JSON.stringify(builtinPresets);
    resolveEffectiveSettings(builtinPresets, user({ activePresetId: 'customer-care', disabledRules: ['empathy'] }), policy({ locked: { rules: { jargon: 'force-off' } } }));
    expect(JSON.stringify(builtinPresets)).toBe(before);
  });
});
