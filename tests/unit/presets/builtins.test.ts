import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_PRESET } from '../../../src/engine/presets/neutral';
import { builtinPresets, findBuiltinPreset } from '../../../src/presets/builtins';
import { ruleIds } from '../../../src/engine/rules';
import { parsePresetFile, serializePreset } from '../../../src/presets/schema';

describe('built-in presets', () => {
  it('are Neutral (first, the default), Community manager, Customer care and B2B / executive', () => {
    expect(builtinPresets[0]).toBe(NEUTRAL_PRESET);
    expect(builtinPresets.map((preset) => preset.name)).toEqual(['Neutral', 'Community manager', 'Customer care', 'B2B / executive']);
    expect(new Set(builtinPresets.map((preset) => preset.id)).size).toBe(builtinPresets.length);
  });

  it.each(builtinPresets.map((preset) => [preset.id, preset] as const))('%s survives a trip through the file format', (_id, preset) => {
    const reread = parsePresetFile(serializePreset(preset));
    expect(reread).toEqual({ ok: true, preset, warnings: [] });
  });

  it.each(builtinPresets.map((preset) => [preset.id, preset] as const))('%s only names rules the engine has', (_id, preset) => {
    expect(Object.keys(preset.rules).filter((ruleId) => !ruleIds.includes(ruleId))).toEqual([]);
  });

  it('each differs from Neutral and is documented in the presets README', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../../src/presets/README.md'), 'utf8');
    for (const preset of builtinPresets.slice(1)) {
      expect(preset).not.toEqual({ ...NEUTRAL_PRESET, id: preset.id, name: preset.name, description: preset.description });
      expect(readme).toContain(`\`${preset.id}\``);
    }
    expect(readme).toContain('../shared/RUBRIC.md');
  });

  it('Customer care requires a sign-off, weighs empathy up and hard sell harder', () => {
    const care = findBuiltinPreset('customer-care');
    expect(care?.signOff.required).toBe(true);
    expect(care?.rules['empathy']?.weight).toBeGreaterThan(NEUTRAL_PRESET.rules['empathy']?.weight ?? 1);
    expect(care?.rules['hard-sell']?.weight).toBeGreaterThan(NEUTRAL_PRESET.rules['hard-sell']?.weight ?? 1);
  });

  it('B2B / executive discourages emoji and bans slang with a preferred wording', () => {
    const b2b = findBuiltinPreset('b2b-executive');
    expect(b2b?.emoji).toBe('discouraged');
    expect(b2b?.bannedPhrases).toContainEqual(expect.objectContaining({ phrase: 'gonna', preferred: 'going to' }));
  });

  it.each([
    ['customer-care', 'customer-care'],
    ['Customer care', 'customer-care'],
    ['CUSTOMER CARE', 'customer-care'],
    ['b2b executive', 'b2b-executive'],
    ['B2B / executive', 'b2b-executive'],
    ['neutral', 'neutral'],
  ])('findBuiltinPreset(%j) is %s', (query, id) => {
    expect(findBuiltinPreset(query)?.id).toBe(id);
  });

  it.each([[''], ['marketing'], ['./care.json'], ['  ']])('findBuiltinPreset(%j) finds nothing', (query) => {
    expect(findBuiltinPreset(query)).toBeUndefined();
  });
});
