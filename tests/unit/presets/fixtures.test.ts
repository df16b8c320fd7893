import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePresetFile } from '../../../src/presets/schema';
import { parseManagedPolicy } from '../../../src/storage';

const fixtures = resolve(import.meta.dirname, '../../fixtures/presets');
const read = (name: string) => readFileSync(resolve(fixtures, name), 'utf8');

describe('example files for managers', () => {
  it('acme-care.preset.json is valid and without warnings', () => {
    const result = parsePresetFile(read('acme-care.preset.json'));
    expect(result).toMatchObject({ ok: true, warnings: [], preset: { id: 'acme-care', name: 'Acme care team' } });
  });

  it('policy.example.json carries exactly acme-care.preset.json and validates without problems', () => {
    const policyFile = JSON.parse(read('policy.example.json')) as { '3rdparty': { extensions: Record<string, unknown> } };
    const [policy, ...others] = Object.values(policyFile['3rdparty'].extensions);
    expect(others).toEqual([]);
    const reading = parseManagedPolicy(policy);
    expect(reading.problems).toEqual([]);
    const fromFile = parsePresetFile(read('acme-care.preset.json'));
    expect(fromFile.ok && reading.policy?.presets).toEqual([fromFile.ok && fromFile.preset]);
    expect(reading.policy?.defaults.activePresetId).toBe('acme-care');
  });

  it.each([
    ['wrong-type.preset.json', 'thresholds.voice.ok'],
    ['future-version.preset.json', 'version'],
    ['syntax-error.preset.json', '(file)'],
    ['unknown-rule.preset.json', 'rules.no-such-rule'],
  ])('invalid/%s is rejected at %s', (name, path) => {
    const result = parsePresetFile(read(`invalid/${name}`));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.path)).toContain(path);
  });
});
