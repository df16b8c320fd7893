import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PHRASE_LIST_LENGTH, parsePresetFile, serializePreset } from '../../../src/presets/schema';
import { CUSTOMER_CARE_PRESET } from '../../../src/presets/builtins';
import { deleteUserPreset, importUserPreset, loadUserPresets, USER_PRESET_KEY_PREFIX } from '../../../src/storage';
import { malformedPresetText } from '../presets/malformed-presets';
import { fakeArea } from './fake-area';

const acmeText = readFileSync(resolve(import.meta.dirname, '../../fixtures/presets/acme-care.preset.json'), 'utf8');

describe('user presets in storage.sync', () => {
  it('import stores a valid file under its id and loads back the same preset', async () => {
    const sync = fakeArea();
    const result = await importUserPreset(sync, acmeText);
    expect(result).toMatchObject({ ok: true, replaced: false, warnings: [] });
    const parsed = parsePresetFile(acmeText);
    const { presets, unreadable } = await loadUserPresets(sync);
    expect(unreadable).toEqual([]);
    expect(presets).toEqual([parsed.ok && parsed.preset]);
    expect(Object.keys(await sync.get(null))).toEqual([`${USER_PRESET_KEY_PREFIX}acme-care`]);
  });

  it('a second import of the same id replaces it and says so', async () => {
    const sync = fakeArea();
    await importUserPreset(sync, acmeText);
    const again = await importUserPreset(sync, acmeText.replace('"Acme care team"', '"Acme care (v2)"'));
    expect(again).toMatchObject({ ok: true, replaced: true, preset: { id: 'acme-care', name: 'Acme care (v2)' } });
    expect((await loadUserPresets(sync)).presets.map((preset) => preset.name)).toEqual(['Acme care (v2)']);
  });

  it("refuses a built-in preset's id, naming the field", async () => {
    const sync = fakeArea();
    const result = await importUserPreset(sync, serializePreset(CUSTOMER_CARE_PRESET));
    expect(result).toEqual({ ok: false, issues: [{ path: 'id', message: expect.stringMatching(/"customer-care" is a built-in preset's id/) }] });
    expect(sync.writes).toBe(0);
  });

  it('refuses a preset too large for one sync item instead of failing later', async () => {
    const sync = fakeArea();
    const phrases = Array.from({ length: MAX_PHRASE_LIST_LENGTH }, (_, index) => `a long enough custom phrase number ${index}`);
    const result = await importUserPreset(sync, JSON.stringify({ version: 1, id: 'big', phrases: { voice: { raise: phrases } } }));
    expect(result).toEqual({ ok: false, issues: [{ path: '(file)', message: expect.stringMatching(/KB; browser sync stores at most 8 KB per preset/) }] });
    expect(sync.writes).toBe(0);
  });

  it('reports (does not drop) a stored preset that no longer validates', async () => {
    const sync = fakeArea({ 'preset:broken': { version: 1, emoji: 'sometimes' }, 'preset:ok': { version: 1, id: 'ok', name: 'OK' } });
    const { presets, unreadable } = await loadUserPresets(sync);
    expect(presets.map((preset) => preset.id)).toEqual(['ok']);
    expect(unreadable).toEqual([{ key: 'preset:broken', issues: [{ path: 'emoji', message: expect.any(String) }] }]);
  });

  it('delete removes only that preset', async () => {
    const sync = fakeArea({ settings: { schemaVersion: 1 } });
    await importUserPreset(sync, acmeText);
    await importUserPreset(sync, JSON.stringify({ version: 1, id: 'other', name: 'Other' }));
    await deleteUserPreset(sync, 'acme-care');
    expect(Object.keys(await sync.get(null)).sort()).toEqual(['preset:other', 'settings']);
  });

  it('fuzz: 1,000 malformed files are rejected with paths, and stored presets stay byte-for-byte the same', async () => {
    const sync = fakeArea({ settings: { schemaVersion: 1, activePresetId: 'acme-care' } });
    await importUserPreset(sync, acmeText);
    const before = sync.snapshot();
    const writesBefore = sync.writes;
    await fc.assert(
      fc.asyncProperty(malformedPresetText, async (text) => {
        const result = await importUserPreset(sync, text);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.issues.length).toBeGreaterThan(0);
        expect(!result.ok && result.issues.every((issue) => issue.path !== '' && issue.message !== '')).toBe(true);
        expect(sync.snapshot()).toBe(before);
      }),
      { numRuns: 1000 },
    );
    expect(sync.writes).toBe(writesBefore);
  });
});
