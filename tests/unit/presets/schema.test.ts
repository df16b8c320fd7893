import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { Preset } from '../../../src/engine/presets/types';
import { NEUTRAL_PRESET } from '../../../src/engine/presets/neutral';
import { CUSTOMER_CARE_PRESET } from '../../../src/presets/builtins';
import { ruleIds } from '../../../src/engine/rules';
import {
  locateJsonSyntaxError,
  MAX_PHRASE_LENGTH,
  MAX_PHRASE_LIST_LENGTH,
  MAX_PRESET_FILE_BYTES,
  parsePresetFile,
  parsePresetObject,
  PRESET_SCHEMA_VERSION,
  type PresetIssue,
  type PresetParseResult,
} from '../../../src/presets/schema';
import { limitsFor } from '../../../src/presets/limits';
import { defaultLimits } from '../../../src/networks';

function issuesOf(result: PresetParseResult): PresetIssue[] {
  if (result.ok) throw new Error(`expected the file to be rejected, got preset ${result.preset.id}`);
  return result.issues;
}

function presetOf(result: PresetParseResult): Preset {
  if (!result.ok) throw new Error(`expected a preset, got ${JSON.stringify(result.issues)}`);
  return result.preset;
}

const file = (fields: Record<string, unknown>) => JSON.stringify({ version: PRESET_SCHEMA_VERSION, ...fields });
const someRule = ruleIds[0] ?? 'missing-rule';

describe('parsePresetFile: resolving to a full Preset', () => {
  it('fills every field from Neutral when the file sets nothing', () => {
    expect(presetOf(parsePresetFile('{"version": 1}'))).toEqual(NEUTRAL_PRESET);
  });

  it('the resolved value has the engine Preset type', () => {
    expectTypeOf(presetOf(parsePresetFile('{"version":1}'))).toEqualTypeOf<Preset>();
  });

  it('overrides one threshold and keeps the other from the base', () => {
    const preset = presetOf(parsePresetFile(file({ thresholds: { voice: { ok: 95 } } })));
    expect(preset.thresholds.voice).toEqual({ ok: 95, warn: NEUTRAL_PRESET.thresholds.voice.warn });
    expect(preset.thresholds.reciprocity).toEqual(NEUTRAL_PRESET.thresholds.reciprocity);
  });

  it('turns a rule off or re-weights it, leaving its other setting at the default', () => {
    const preset = presetOf(parsePresetFile(file({ rules: { [someRule]: { enabled: false } } })));
    expect(preset.rules[someRule]).toEqual({ enabled: false, weight: NEUTRAL_PRESET.rules[someRule]?.weight ?? 1 });
    const heavier = presetOf(parsePresetFile(file({ rules: { [someRule]: { weight: 2.5 } } })));
    expect(heavier.rules[someRule]).toEqual({ enabled: NEUTRAL_PRESET.rules[someRule]?.enabled ?? true, weight: 2.5 });
  });

  it('reads banned phrases with preferred wording, trimmed', () => {
    const preset = presetOf(
      parsePresetFile(file({ bannedPhrases: [{ phrase: '  utilize ', preferred: 'use', reason: 'Plain words.' }] })),
    );
    expect(preset.bannedPhrases).toContainEqual({ phrase: 'utilize', preferred: 'use', reason: 'Plain words.' });
  });

  it('reads a required sign-off from a list', () => {
    const preset = presetOf(parsePresetFile(file({ signOff: { required: true, accepted: ['^JS', '– Sam'] } })));
    expect(preset.signOff).toEqual({ ...NEUTRAL_PRESET.signOff, required: true, accepted: ['^JS', '– Sam'] });
  });

  it('caps per network, emoji and extra phrase lists', () => {
    const preset = presetOf(
      parsePresetFile(
        file({
          limits: { x: { post: { hashtags: 1, length: 200 } }, facebook: { comment: { length: 2000 } } },
          emoji: 'discouraged',
          phrases: { voice: { raise: ['happy to help'] }, reciprocity: { lower: ['link in bio'] } },
        }),
      ),
    );
    expect(preset.limits).toEqual({ x: { post: { hashtags: 1, length: 200 } }, facebook: { comment: { length: 2000 } } });
    expect(limitsFor(preset, 'x', 'post')).toEqual({ ...defaultLimits('x', 'post'), hashtags: 1, length: 200 });
    expect(limitsFor(preset, 'facebook', 'post')).toEqual(defaultLimits('facebook', 'post'));
    expect(limitsFor(preset, 'facebook', 'comment')).toEqual({ ...defaultLimits('facebook', 'comment'), length: 2000 });
    expect(preset.emoji).toBe('discouraged');
    expect(preset.phrases.voice.raise).toContain('happy to help');
    expect(preset.phrases.reciprocity.lower).toContain('link in bio');
  });

  it('extends a built-in preset by id or name, adding to its lists', () => {
    const preset = presetOf(
      parsePresetFile(file({ extends: 'Customer care', id: 'acme', bannedPhrases: [{ phrase: 'ticket', preferred: 'request' }] })),
    );
    expect(preset.signOff).toEqual(CUSTOMER_CARE_PRESET.signOff);
    expect(preset.bannedPhrases).toEqual([...CUSTOMER_CARE_PRESET.bannedPhrases, { phrase: 'ticket', preferred: 'request' }]);
    expect(preset.id).toBe('acme');
  });

  it('lets a file entry replace the base entry for the same phrase, ignoring case', () => {
    const base = CUSTOMER_CARE_PRESET.bannedPhrases[0];
    if (!base) throw new Error('Customer care has banned phrases');
    const preset = presetOf(
      parsePresetFile(file({ extends: 'customer-care', bannedPhrases: [{ phrase: base.phrase.toUpperCase(), preferred: 'Sorry!' }] })),
    );
    expect(preset.bannedPhrases).toHaveLength(CUSTOMER_CARE_PRESET.bannedPhrases.length);
    expect(preset.bannedPhrases).toContainEqual({ phrase: base.phrase.toUpperCase(), preferred: 'Sorry!' });
  });

  it('derives an id from the name when the file gives none', () => {
    expect(presetOf(parsePresetFile(file({ name: 'Acme Care (EU)' }))).id).toBe('acme-care-eu');
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(parsePresetFile('\ufeff{"version": 1}')).toMatchObject({ ok: true });
  });

  it('warns about fields it does not know, with their path, and still loads', () => {
    const result = parsePresetFile(file({ tresholds: {}, signOff: { requird: true }, bannedPhrases: [{ phrase: 'a', prefered: 'b' }] }));
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.warnings).toEqual([
      'tresholds: unknown field, ignored',
      'signOff.requird: unknown field, ignored',
      'bannedPhrases[0].prefered: unknown field, ignored',
    ]);
  });
});

describe('parsePresetFile: rejecting with a field path', () => {
  it.each([
    [{ thresholds: { voice: { ok: 'high' } } }, 'thresholds.voice.ok', /expected a number, got the text "high"/],
    [{ thresholds: { voice: { ok: 101 } } }, 'thresholds.voice.ok', /at most 100/],
    [{ thresholds: { reciprocity: { warn: 2.5 } } }, 'thresholds.reciprocity.warn', /whole number/],
    [{ thresholds: { voice: { ok: 30, warn: 60 } } }, 'thresholds.voice.warn', /must not be above ok/],
    [{ rules: { [someRule]: { weight: -1 } } }, `rules.${someRule}.weight`, /at least 0/],
    [{ rules: { [someRule]: { enabled: 'no' } } }, `rules.${someRule}.enabled`, /true or false/],
    [{ bannedPhrases: [{ phrase: 'ok' }, { preferred: 'x' }] }, 'bannedPhrases[1].phrase', /required, but missing/],
    [{ bannedPhrases: [{ phrase: '!!!' }] }, 'bannedPhrases[0].phrase', /at least one letter or digit/],
    [{ bannedPhrases: [{ phrase: 'a\nb' }] }, 'bannedPhrases[0].phrase', /one line/],
    [{ bannedPhrases: [{ phrase: 'x'.repeat(MAX_PHRASE_LENGTH + 1) }] }, 'bannedPhrases[0].phrase', /at most 100 characters/],
    [{ bannedPhrases: 'utilize' }, 'bannedPhrases', /expected a list/],
    [{ phrases: { voice: { raise: Array.from({ length: MAX_PHRASE_LIST_LENGTH + 1 }, (_, i) => `p${i}`) } } }, 'phrases.voice.raise', /at most 500 entries/],
    [{ signOff: { styles: ['signature'] } }, 'signOff.styles[0]', /"initials" or "dash-name"/],
    [{ signOff: { required: true, styles: [], accepted: [] } }, 'signOff.styles', /required but no style/],
    [{ limits: { facebook: { comment: { links: -1 } } } }, 'limits.facebook.comment.links', /at least 0/],
    [{ limits: { facebook: { links: 2 } } }, 'limits.facebook.links', /per kind of composer since version 2: put "links" inside "facebook.post", "facebook.comment"/],
    [{ limits: { x: 280 } }, 'limits.x', /an object keyed by composer kind \("post"\)/],
    [{ limits: [] }, 'limits', /an object keyed by network \("x", "facebook"/],
    [{ emoji: 'sometimes' }, 'emoji', /"welcome", "neutral" or "discouraged"/],
    [{ id: 'Acme Care' }, 'id', /lowercase letters/],
    [{ extends: 'marketing' }, 'extends', /no built-in preset "marketing"/],
    [{ rules: { 'no-such-rule': { enabled: false } } }, 'rules.no-such-rule', /unknown rule "no-such-rule"; known rules: /],
    // Text that would display differently from what it holds (issue 15).
    [{ name: 'Acme \u202egnp.exe' }, 'name', /direction-override characters \(found U\+202E\)/],
    [{ description: 'Ours \u2066hidden\u2069' }, 'description', /direction-override characters \(found U\+2066\)/],
    [{ description: 'bell \u0007' }, 'description', /control characters \(found U\+0007\)/],
    [{ bannedPhrases: [{ phrase: 'ticket', reason: 'Say \u0000request' }] }, 'bannedPhrases[0].reason', /one line/],
    [{ bannedPhrases: [{ phrase: 'ticket', reason: 'Say \u202drequest' }] }, 'bannedPhrases[0].reason', /direction-override/],
    [{ bannedPhrases: [{ phrase: 'ticket', preferred: 'req\u202euest' }] }, 'bannedPhrases[0].preferred', /direction-override/],
    [{ phrases: { voice: { lower: ['as \u202bper'] } } }, 'phrases.voice.lower[0]', /direction-override/],
    [{ signOff: { accepted: ['^J\u202eS'] } }, 'signOff.accepted[0]', /direction-override/],
    // Phrases are matched in a post's own words, never inside a hashtag, mention or link.
    [{ bannedPhrases: [{ phrase: '#ad' }] }, 'bannedPhrases[0].phrase', /must not contain a hashtag, mention or link \("#ad"\)/],
    [{ phrases: { reciprocity: { lower: ['follow @acme'] } } }, 'phrases.reciprocity.lower[0]', /\("@acme"\)/],
    [{ phrases: { voice: { lower: ['see example.com'] } } }, 'phrases.voice.lower[0]', /\("example.com"\)/],
  ])('%j → %s', (fields, path, message) => {
    const issues = issuesOf(parsePresetFile(file(fields)));
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('accepts what right-to-left and multi-line text needs: implicit direction marks, line breaks in a description', () => {
    const parsed = parsePresetFile(file({ name: 'צוות \u200fאקמה', description: 'Line one\nLine two', bannedPhrases: [{ phrase: 'A+' }, { phrase: 'C++' }] }));
    expect(parsed.ok).toBe(true);
  });

  it('reports every problem at once, not only the first', () => {
    const issues = issuesOf(parsePresetFile(file({ emoji: 1, thresholds: { voice: { ok: -1 } } })));
    expect(issues.map((issue) => issue.path).sort()).toEqual(['emoji', 'thresholds.voice.ok']);
  });

  it('says where malformed JSON breaks, by line and column', () => {
    const issues = issuesOf(parsePresetFile('{\n  "version": 1,\n  "name": "x",\n}'));
    expect(issues).toEqual([{ path: '(file)', message: 'not valid JSON at line 4, column 1: expected a "quoted" field name (no trailing commas or comments in JSON)' }]);
  });

  it.each([
    ['', /empty/],
    ['   \n', /empty/],
    ['[1, 2]', /expected a JSON object.*got a list/],
    ['"version"', /expected a JSON object.*got the text/],
    ['null', /expected a JSON object.*got null/],
  ])('rejects %j as a whole file', (text, message) => {
    expect(issuesOf(parsePresetFile(text))).toEqual([{ path: '(file)', message: expect.stringMatching(message) }]);
  });

  it('rejects binary junk without trying to parse it', () => {
    const junk = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    expect(issuesOf(parsePresetFile(junk))).toEqual([{ path: '(file)', message: expect.stringMatching(/not plain UTF-8 text \(character U\+001A at line 2, column 1\)/) }]);
    expect(issuesOf(parsePresetFile('{"version": 1, "name": "caf\ufffd"}'))[0]?.message).toMatch(/U\+FFFD/);
  });

  it('rejects a 10 MB file up front with its size, without parsing it', () => {
    const huge = `{"version": 1, "description": "${'x'.repeat(10 * 1024 * 1024)}"}`;
    const parse = vi.spyOn(JSON, 'parse');
    const issues = issuesOf(parsePresetFile(huge));
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(issues).toEqual([{ path: '(file)', message: 'the file is 10.0 MB; preset files are limited to 1.0 MB' }]);
  });

  it('measures the limit in UTF-8 bytes, not characters', () => {
    // 600k characters of "é" is 1.2 MB of UTF-8.
    const text = `{"version": 1, "description": "${'é'.repeat(600_000)}"}`;
    expect(text.length).toBeLessThan(MAX_PRESET_FILE_BYTES);
    expect(issuesOf(parsePresetFile(text))[0]?.message).toMatch(/limited to 1.0 MB/);
  });

  it('keeps prototype-named keys as unknown rules instead of touching Object.prototype', () => {
    const issues = issuesOf(parsePresetFile('{"version": 1, "rules": {"__proto__": {"enabled": false}}}'));
    expect(issues).toContainEqual({ path: 'rules.__proto__', message: expect.stringMatching(/unknown rule/) });
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });

  it('parsePresetObject takes already-decoded values (storage, policy)', () => {
    expect(parsePresetObject({ version: 1, emoji: 'welcome' })).toMatchObject({ ok: true, preset: { emoji: 'welcome' } });
    expect(issuesOf(parsePresetObject(42))[0]?.path).toBe('(file)');
  });
});

describe('locateJsonSyntaxError', () => {
  it.each([
    ['{"a": }', 6, /where a value was expected/],
    ['{"a": 1 "b": 2}', 8, /expected ',' or '}'/],
    ['[1, 2', 5, /ends too early/],
    ['{"a": "x\ny"}', 8, /line break/],
    ['{"a": 1} x', 9, /after the end/],
    ['{"a": tru}', 6, /unexpected "t"/],
    ['{"a": "\\q"}', 7, /unknown escape/],
  ])('%j fails at offset %i', (text, offset, problem) => {
    expect(() => JSON.parse(text)).toThrow();
    const located = locateJsonSyntaxError(text);
    expect(located.offset).toBe(offset);
    expect(located.problem).toMatch(problem);
  });

  it('stops at a nesting depth instead of overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}`;
    expect(locateJsonSyntaxError(deep).problem).toBe('nested too deeply');
  });
});
