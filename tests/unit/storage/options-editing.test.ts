import { describe, expect, it } from 'vitest';
import acmeCare from '../../fixtures/presets/acme-care.preset.json';
import { presetToFile } from '../../../src/presets/schema';
import { builtinPresets } from '../../../src/presets/builtins';
import { changeSettings, loadSettings, loadUserPresets, removeUserPreset, resetSettings, saveUserPreset } from '../../../src/storage';
import { FakeStorageArea } from '../ui/fake-storage';

const customerCare = builtinPresets.find((preset) => preset.id === 'customer-care');
if (!customerCare) throw new Error('customer-care is a built-in preset');

describe('saveUserPreset', () => {
  it('stores a valid preset file object under its id', async () => {
    const sync = new FakeStorageArea();
    const result = await saveUserPreset(sync, { ...presetToFile(customerCare), id: 'care-copy', name: 'Care copy' });
    expect(result).toMatchObject({ ok: true, preset: { id: 'care-copy', name: 'Care copy' }, replaced: false });
    expect((await loadUserPresets(sync)).presets.map((preset) => preset.id)).toEqual(['care-copy']);
  });

  it.each([
    ['an invalid field', { ...acmeCare, thresholds: { voice: { ok: 101 } } }, {}, 'thresholds.voice.ok'],
    ["a built-in preset's id", { ...acmeCare, id: 'customer-care' }, {}, 'id'],
    ["an organisation preset's id", acmeCare, { reservedIds: ['acme-care'] }, 'id'],
    ['the id of another user preset', { ...acmeCare, id: 'other' }, { originalId: 'acme-care' }, 'id'],
  ])('refuses %s and writes nothing', async (_what, file, options, path) => {
    const sync = new FakeStorageArea({ 'preset:acme-care': acmeCare, 'preset:other': { ...acmeCare, id: 'other' } });
    const before = sync.snapshot();
    const result = await saveUserPreset(sync, file, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.path)).toContain(path);
    expect(sync.writes).toEqual([]);
    expect(sync.snapshot()).toEqual(before);
  });

  it('overwrites the preset being edited when its id is unchanged', async () => {
    const sync = new FakeStorageArea({ 'preset:acme-care': acmeCare });
    const result = await saveUserPreset(sync, { ...acmeCare, name: 'Acme care, edited' }, { originalId: 'acme-care' });
    expect(result).toMatchObject({ ok: true, replaced: true });
    expect((await loadUserPresets(sync)).presets.map((preset) => preset.name)).toEqual(['Acme care, edited']);
  });

  it('moves a renamed preset, writing the new copy before removing the old, and keeps it active', async () => {
    const sync = new FakeStorageArea({ 'preset:acme-care': acmeCare });
    await changeSettings(sync, [{ kind: 'active-preset', presetId: 'acme-care' }], null);
    sync.writes.length = 0;

    const result = await saveUserPreset(sync, { ...acmeCare, id: 'acme-support' }, { originalId: 'acme-care' });

    expect(result.ok).toBe(true);
    expect(sync.writes.map((write) => ('set' in write ? `set ${Object.keys(write.set).join()}` : `remove ${write.remove.join()}`))).toEqual([
      'set preset:acme-support',
      'remove preset:acme-care',
      'set settings',
    ]);
    expect((await loadSettings(sync)).activePresetId).toBe('acme-support');
  });

  it('keeps the old preset when storing the renamed one fails', async () => {
    const sync = new FakeStorageArea({ 'preset:acme-care': acmeCare });
    sync.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveUserPreset(sync, { ...acmeCare, id: 'acme-support' }, { originalId: 'acme-care' });
    expect(result).toEqual({ ok: false, issues: [{ path: '(file)', message: 'the browser refused to store it: QUOTA_BYTES quota exceeded' }] });
    expect(sync.items.has('preset:acme-care')).toBe(true);
  });
});

describe('removeUserPreset', () => {
  it('deletes the preset and, if it was active, makes Neutral active', async () => {
    const sync = new FakeStorageArea({ 'preset:acme-care': acmeCare });
    await changeSettings(sync, [{ kind: 'active-preset', presetId: 'acme-care' }], null);
    await removeUserPreset(sync, 'acme-care');
    expect(sync.items.has('preset:acme-care')).toBe(false);
    expect((await loadSettings(sync)).activePresetId).toBe('neutral');
  });

  it('leaves another active preset alone', async () => {
    const sync = new FakeStorageArea({ 'preset:acme-care': acmeCare });
    await changeSettings(sync, [{ kind: 'active-preset', presetId: 'customer-care' }], null);
    await removeUserPreset(sync, 'acme-care');
    expect((await loadSettings(sync)).activePresetId).toBe('customer-care');
  });
});

describe('resetSettings', () => {
  it("forgets the user's choices, including overridden organisation defaults, and keeps their presets", async () => {
    const sync = new FakeStorageArea({ 'preset:acme-care': acmeCare });
    await changeSettings(sync, [{ kind: 'active-preset', presetId: 'acme-care' }], { presets: [], defaults: { activePresetId: 'customer-care' }, locked: {} });
    expect((await loadSettings(sync)).overriddenDefaults).toEqual({ activePresetId: '"customer-care"' });

    await resetSettings(sync);

    const settings = await loadSettings(sync);
    expect(settings.activePresetId).toBe('neutral');
    expect(settings.overriddenDefaults).toEqual({});
    expect(sync.items.has('preset:acme-care')).toBe(true);
  });
});
