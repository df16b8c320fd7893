import { networkIds } from '../../../src/networks';
import { describe, expect, it } from 'vitest';
import { missingMigrationSteps } from '../../../src/presets/migrations';
import {
  changeSettings,
  defaultSettings,
  loadSettings,
  NewerSettingsError,
  readSettings,
  SETTINGS_FORMAT,
  SETTINGS_KEY,
  type ManagedPolicy,
} from '../../../src/storage';
import { fakeArea } from './fake-area';

const noPolicy = null;

describe('stored settings', () => {
  it('start from defaults: Neutral, both sites on, nothing turned off, panel open, private messages not coached', async () => {
    expect(await loadSettings(fakeArea())).toEqual({
      schemaVersion: 1,
      activePresetId: 'neutral',
      sites: Object.fromEntries(networkIds.map((id) => [id, true])),
      disabledRules: [],
      panelCollapsed: false,
      coachPrivateMessages: false,
      overriddenDefaults: {},
    });
  });

  it('round-trip every accessor through storage', async () => {
    const sync = fakeArea();
    await changeSettings(sync, [{ kind: 'active-preset', presetId: 'customer-care' }], noPolicy);
    await changeSettings(sync, [{ kind: 'site', site: 'facebook', enabled: false }], noPolicy);
    await changeSettings(sync, [{ kind: 'rule', rule: 'emoji', disabled: true }], noPolicy);
    await changeSettings(sync, [{ kind: 'rule', rule: 'jargon', disabled: true }], noPolicy);
    await changeSettings(sync, [{ kind: 'rule', rule: 'emoji', disabled: false }], noPolicy);
    await changeSettings(sync, [{ kind: 'panel-collapsed', collapsed: true }], null);
    await changeSettings(sync, [{ kind: 'private-messages', coach: true }], null);
    expect(await loadSettings(sync)).toEqual({
      ...defaultSettings(),
      activePresetId: 'customer-care',
      sites: { ...Object.fromEntries(networkIds.map((id) => [id, true])), facebook: false },
      disabledRules: ['jargon'],
      panelCollapsed: true,
      coachPrivateMessages: true,
    });
  });

  it('fall back field by field: one corrupt value does not reset the others', () => {
    const stored = { schemaVersion: 1, activePresetId: 'b2b-executive', sites: { x: 'yes', facebook: false }, disabledRules: 'jargon', panelCollapsed: 1 };
    expect(readSettings(stored)).toEqual({
      ...defaultSettings(),
      activePresetId: 'b2b-executive',
      sites: { ...Object.fromEntries(networkIds.map((id) => [id, true])), facebook: false },
    });
  });

  it.each([[undefined], [null], ['settings'], [[1]], [{ activePresetId: 'x' }], [{ schemaVersion: 'one' }]])(
    'read %j as defaults',
    (stored) => {
      expect(readSettings(stored)).toEqual(defaultSettings());
    },
  );

  it('have a migration from every earlier schemaVersion', () => {
    expect(SETTINGS_FORMAT.versionField).toBe('schemaVersion');
    expect(missingMigrationSteps(SETTINGS_FORMAT)).toEqual([]);
  });

  it('are never overwritten when a newer Rapport saved them (storage.sync is shared across browsers)', async () => {
    const newer = { schemaVersion: 2, activePresetId: 'from-the-future', somethingNew: true };
    const sync = fakeArea({ [SETTINGS_KEY]: newer });
    expect(await loadSettings(sync)).toEqual(defaultSettings());
    await expect(changeSettings(sync, [{ kind: 'panel-collapsed', collapsed: true }], null)).rejects.toThrow(NewerSettingsError);
    expect((await sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(newer);
  });

  it('remember which organisation default the user overrode', async () => {
    const managed: ManagedPolicy = { presets: [], defaults: { activePresetId: 'community-manager', disabledRules: ['emoji'] }, locked: {} };
    const sync = fakeArea();
    await changeSettings(sync, [{ kind: 'active-preset', presetId: 'neutral' }], managed);
    await changeSettings(sync, [{ kind: 'rule', rule: 'jargon', disabled: true }], managed);
    const settings = await loadSettings(sync);
    expect(settings.overriddenDefaults).toEqual({ activePresetId: '"community-manager"', disabledRules: '["emoji"]' });
    // Turning one more rule off starts from the list the user saw: the organisation's default.
    expect(settings.disabledRules).toEqual(['emoji', 'jargon']);
  });
});
