import { describe, expect, it } from 'vitest';
import acmeCare from '../../fixtures/presets/acme-care.preset.json';
import { ruleCatalog } from '../../../src/engine';
import { builtinPresets } from '../../../src/presets/builtins';
import { parsePresetObject } from '../../../src/presets/schema';
import { checkForm, copyOf, formFromPreset, freshId, LIMIT_COMPOSERS, newBannedPhraseRow, placeIssues } from '../../../src/ui/options/preset-form';
import { limitsFor } from '../../../src/presets/limits';
import type { Preset } from '../../../src/engine';

const ruleIds = ruleCatalog.map((rule) => rule.id);
const acme = parsePresetObject(acmeCare);
if (!acme.ok) throw new Error('acme-care.preset.json is valid');

const effectiveLimits = (preset: Preset) => LIMIT_COMPOSERS.map(({ network, kind }) => limitsFor(preset, network, kind));

describe('the preset form', () => {
  it.each([...builtinPresets, acme.preset].map((preset) => [preset.id, preset] as const))('turns %s into a form and back without changing it', (_id, preset) => {
    const check = checkForm(formFromPreset(preset, ruleIds));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    // The form lists every rule, so rules the preset left at the default come back spelled out.
    const defaults = Object.fromEntries(ruleIds.map((ruleId) => [ruleId, { enabled: true, weight: 1 }]));
    expect({ ...check.preset, limits: {} }).toEqual({ ...preset, rules: { ...defaults, ...preset.rules }, limits: {} });
    // Limits hold the same values everywhere; the form leaves out those equal to the network's own.
    expect(effectiveLimits(check.preset)).toEqual(effectiveLimits(preset));
  });

  it('writes only the limits that differ from the network’s own, per composer kind', () => {
    const form = formFromPreset(builtinPresets[0]!, ruleIds);
    form.limits.facebook!.comment!.length = '2000';
    form.limits.x!.post!.hashtags = '2';
    const check = checkForm(form);
    expect(check.ok && check.file.limits).toEqual({ facebook: { comment: { length: 2000 } } });
    expect(check.ok && limitsFor(check.preset, 'facebook', 'comment').length).toBe(2000);
  });

  it('keeps half-typed numbers as text, so the validator names them', () => {
    const form = formFromPreset(acme.preset, ruleIds);
    form.thresholds.voice.ok = '7o';
    form.limits.x!.post!.hashtags = '';
    form.rules['jargon'] = { enabled: true, weight: '1.5' };
    const check = checkForm(form);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.issues).toEqual([
      { path: 'thresholds.voice.ok', message: 'expected a number, got the text "7o"' },
      { path: 'limits.x.post.hashtags', message: 'expected a number, got the text ""' },
    ]);
  });

  it('hangs each issue on its control: a banned-phrase cell, a line of a list, or the general list', () => {
    const form = formFromPreset(acme.preset, ruleIds);
    form.bannedPhrases = [{ ...newBannedPhraseRow(), phrase: 'ok' }, { ...newBannedPhraseRow(), phrase: '   ' }];
    form.phrases.reciprocity.lower = 'fine\n\n\n#!';
    const check = checkForm(form);
    expect(check.ok).toBe(false);
    const placed = placeIssues([...(check.ok ? [] : check.issues), { path: 'rules.retired-rule', message: 'unknown rule' }], form);
    expect(Object.fromEntries(placed.byField)).toEqual({
      'bannedPhrases[1].phrase': expect.arrayContaining(['must not be empty']),
      'phrases.reciprocity.lower': ['line 4 (“#!”): must contain at least one letter or digit'],
    });
    expect(placed.general).toEqual([{ path: 'rules.retired-rule', message: 'unknown rule' }]);
  });

  it('gives copies and new presets ids no other preset uses', () => {
    const taken = new Set(['acme-care', 'acme-care-copy', 'acme-care-copy-2']);
    expect(copyOf(acme.preset, taken)).toMatchObject({ id: 'acme-care-copy-3', name: 'Acme care team (copy)' });
    expect(freshId('x'.repeat(70), new Set())).toHaveLength(60);
    expect(parsePresetObject({ version: 1, id: freshId(`${'a'.repeat(59)}-`, new Set([`${'a'.repeat(59)}`])) }).ok).toBe(true);
  });
});
