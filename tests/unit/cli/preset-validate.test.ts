// `preset validate` lists every problem in one pass, with warnings beside the errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPresetText } from '../../../src/cli/preset-check';
import { run } from './run-cli';

describe('preset validate in one pass', () => {
  it('reports the version, a bad threshold, an unknown rule, a bad list entry and a typo together', async () => {
    const file = {
      version: 99,
      name: 'Everything wrong',
      extends: 'customer-care',
      thresholds: { voice: { ok: 150, warn: 90 }, reciprocity: { ok: 'high' } },
      rules: { 'no-such-rule': { enabled: false }, 'hard-sell': { weight: 9 } },
      bannedPhrases: [{ phrase: 'utilize', preferred: 'use' }, { phrase: '' }],
      tresholds: {},
    };
    const directory = mkdtempSync(join(tmpdir(), 'rapport-preset-'));
    writeFileSync(join(directory, 'bad.preset.json'), JSON.stringify(file));
    const { code, stdout, stderr } = await run(['preset', 'validate', 'bad.preset.json'], { cwd: directory });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.split('\n');
    expect(lines[0]).toBe('bad.preset.json: 8 problems, 1 warning');
    expect(lines.slice(1)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ {2}version: this preset file was made by a newer Rapport/),
        '  thresholds.voice.ok: must be at most 100, got 150',
        '  thresholds.reciprocity.ok: expected a number, got the text "high"',
        '  rules.hard-sell.weight: must be at most 5, got 9',
        '  bannedPhrases[1].phrase: must not be empty',
        '  bannedPhrases[1].phrase: must contain at least one letter or digit',
        expect.stringMatching(/^ {2}rules\.no-such-rule: unknown rule "no-such-rule"/),
        expect.stringMatching(/^ {2}thresholds\.voice\.warn: must not be above ok \(warn is 90, ok is \d+\) \(compared with the base preset's value, since thresholds\.voice\.ok is invalid\)$/),
        '  warning: tresholds: unknown field, ignored',
      ]),
    );
  });

  it('a clean file has no issues and its resolved preset; a syntax error is one file-level problem', () => {
    expect(checkPresetText('{"version":1,"name":"Fine"}')).toMatchObject({ issues: [], warnings: [], preset: { name: 'Fine' } });
    expect(checkPresetText('{"version":1,')).toEqual({ issues: [{ path: '(file)', message: expect.stringMatching(/^not valid JSON at line 1/) }], warnings: [] });
  });
});
