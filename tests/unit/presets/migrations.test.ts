import { describe, expect, it } from 'vitest';
import {
  migrateToCurrent,
  missingMigrationSteps,
  PRESET_FILE_FORMAT,
  type VersionedFormat,
} from '../../../src/presets/migrations';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePresetFile, parsePresetObject, PRESET_SCHEMA_VERSION } from '../../../src/presets/schema';
import { limitsFor } from '../../../src/presets/limits';
import { composerKinds, defaultLimits, networkIds } from '../../../src/networks';

// A made-up three-version history to exercise the mechanism the real formats will use:
// v1 had "title", v2 renamed it to "name", v3 turned "emojiOk: boolean" into "emoji".
const HISTORY: VersionedFormat = {
  what: 'test file',
  versionField: 'version',
  current: 3,
  steps: [
    {
      from: 2,
      migrate: ({ emojiOk, ...rest }) => ({ ...rest, emoji: emojiOk === false ? 'discouraged' : 'welcome' }),
    },
    { from: 1, migrate: ({ title, ...rest }) => ({ ...rest, name: title }) },
  ],
};

describe('migrateToCurrent', () => {
  it('runs every step from an old version, in order, and stamps the new version', () => {
    const result = migrateToCurrent({ version: 1, title: 'Care', emojiOk: false }, HISTORY);
    expect(result).toEqual({ ok: true, migratedFrom: 1, document: { version: 3, name: 'Care', emoji: 'discouraged' } });
  });

  it('starts from the middle when the document is newer', () => {
    const result = migrateToCurrent({ version: 2, name: 'Care' }, HISTORY);
    expect(result).toEqual({ ok: true, migratedFrom: 2, document: { version: 3, name: 'Care', emoji: 'welcome' } });
  });

  it('leaves a current document as it is', () => {
    const document = { version: 3, name: 'Care', emoji: 'welcome' };
    expect(migrateToCurrent(document, HISTORY)).toEqual({ ok: true, migratedFrom: 3, document });
  });

  it('does not modify the input document', () => {
    const document = { version: 1, title: 'Care' };
    migrateToCurrent(document, HISTORY);
    expect(document).toEqual({ version: 1, title: 'Care' });
  });

  it('says a missing version is missing, and what to write', () => {
    const result = migrateToCurrent({ name: 'x' }, HISTORY);
    expect(result).toMatchObject({ ok: false, path: 'version' });
    expect(!result.ok && result.message).toMatch(/missing.*"version": 3/);
  });

  it.each([['1'], [0], [-1], [1.5], [null], [[1]]])('rejects version %j as malformed', (version) => {
    const result = migrateToCurrent({ version }, HISTORY);
    expect(result).toMatchObject({ ok: false, path: 'version' });
    expect(!result.ok && result.message).toMatch(/whole number from 1 to 3/);
  });

  it('rejects a newer version as made by a newer Rapport', () => {
    const result = migrateToCurrent({ version: 99 }, HISTORY);
    expect(!result.ok && result.message).toMatch(/made by a newer Rapport.*99.*up to 3/);
  });

  it('reports a gap in the steps instead of skipping a version', () => {
    const gappy: VersionedFormat = { ...HISTORY, steps: HISTORY.steps.filter((step) => step.from !== 2) };
    expect(missingMigrationSteps(gappy)).toEqual([2]);
    const result = migrateToCurrent({ version: 1, title: 'x' }, gappy);
    expect(!result.ok && result.message).toMatch(/no migration from test file version 2 to 3/);
  });
});

const presetFixtures = resolve(import.meta.dirname, '../../fixtures/presets');

describe('the preset file format', () => {
  it('has a step from every earlier version to the current one', () => {
    expect(missingMigrationSteps(PRESET_FILE_FORMAT)).toEqual([]);
    expect(PRESET_SCHEMA_VERSION).toBe(2);
  });

  it('loads version 1', () => {
    expect(parsePresetFile('{"version": 1}')).toMatchObject({ ok: true });
  });
});

describe('version 1 → 2: limits per composer kind', () => {
  const step = PRESET_FILE_FORMAT.steps.find((candidate) => candidate.from === 1)!;

  it('turns each network’s limits into its post limits, and Facebook’s counts into its comment limits too', () => {
    const migrated = step.migrate({
      version: 1,
      name: 'Team',
      limits: { x: { hashtags: 1, length: 200 }, facebook: { hashtags: 0, links: 1, length: 63206 } },
    });
    expect(migrated).toEqual({
      version: 1,
      name: 'Team',
      limits: {
        x: { post: { hashtags: 1, length: 200 } },
        facebook: { post: { hashtags: 0, links: 1, length: 63206 }, comment: { hashtags: 0, links: 1 } },
      },
    });
  });

  it('carries a Facebook length stricter than the comment box’s own 8,000 to comments as well', () => {
    expect(step.migrate({ version: 1, limits: { facebook: { length: 500 } } }).limits).toEqual({ facebook: { post: { length: 500 }, comment: { length: 500 } } });
    expect(step.migrate({ version: 1, limits: { facebook: { length: 9000 } } }).limits).toEqual({ facebook: { post: { length: 9000 }, comment: {} } });
  });

  it('leaves what is not an object for the schema to report, and a file without limits alone', () => {
    expect(step.migrate({ version: 1, limits: 'none' })).toEqual({ version: 1, limits: 'none' });
    expect(step.migrate({ version: 1, limits: { x: 280, linkedin: { length: 3000 } } })).toEqual({ version: 1, limits: { x: 280, linkedin: { length: 3000 } } });
    expect(step.migrate({ version: 1, name: 'No limits' })).toEqual({ version: 1, name: 'No limits' });
  });

  it('loads the version-1 example file (written for X and Facebook) as the same preset as its version-2 form', () => {
    const v1 = parsePresetFile(readFileSync(resolve(presetFixtures, 'v1/acme-care.preset.json'), 'utf8'));
    const v2 = parsePresetFile(readFileSync(resolve(presetFixtures, 'acme-care.preset.json'), 'utf8'));
    expect(v1).toMatchObject({ ok: true, warnings: [] });
    expect(v1).toEqual(v2);
    if (!v1.ok) return;
    expect(limitsFor(v1.preset, 'facebook', 'comment')).toEqual({ ...defaultLimits('facebook', 'comment'), hashtags: 0, links: 2 });
    expect(limitsFor(v1.preset, 'x', 'post')).toEqual({ ...defaultLimits('x', 'post'), hashtags: 0, links: 1 });
  });

  it('holds a migrated file to the same limits version 1 did, wherever version 1 had them', () => {
    const v1 = { version: 1, limits: { x: { hashtags: 1, links: 0, mentions: 3, length: 250 }, facebook: { hashtags: 1, links: 1, mentions: 4, length: 1000 } } };
    const parsed = parsePresetObject(v1);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(limitsFor(parsed.preset, 'x', 'post')).toEqual(v1.limits.x);
    expect(limitsFor(parsed.preset, 'facebook', 'post')).toEqual(v1.limits.facebook);
    expect(limitsFor(parsed.preset, 'facebook', 'comment')).toEqual(v1.limits.facebook);
    // Networks added after version 1 (LinkedIn, Bluesky, Mastodon, Threads, Instagram) get their own defaults, every kind.
    for (const id of networkIds.filter((network) => network !== 'x' && network !== 'facebook')) {
      for (const kind of composerKinds(id)) expect(limitsFor(parsed.preset, id, kind), `${id} ${kind}`).toEqual(defaultLimits(id, kind));
    }
    expect(limitsFor(parsed.preset, 'instagram', 'post')).toMatchObject({ length: 2200, hashtags: 30 });
    expect(limitsFor(parsed.preset, 'linkedin', 'comment')).toMatchObject({ length: 1250 });
  });

  it('loads a preset stored by the first release (every field spelled out) with the limits it had, and comments at their own', async () => {
    const { NEUTRAL_PRESET } = await import('../../../src/engine');
    const stored = {
      version: 1,
      ...structuredClone(NEUTRAL_PRESET),
      id: 'team',
      limits: { x: { hashtags: 2, links: 2, mentions: 5, length: 280 }, facebook: { hashtags: 3, links: 2, mentions: 10, length: 63206 } },
    };
    const parsed = parsePresetObject(stored);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.warnings).toEqual([]);
    expect(limitsFor(parsed.preset, 'x', 'post')).toEqual(stored.limits.x);
    expect(limitsFor(parsed.preset, 'facebook', 'post')).toEqual(stored.limits.facebook);
    expect(limitsFor(parsed.preset, 'facebook', 'comment')).toEqual({ ...stored.limits.facebook, length: defaultLimits('facebook', 'comment').length });
  });

  it('reports a bad version-1 limit at the field version 2 reads it from', () => {
    const parsed = parsePresetObject({ version: 1, limits: { x: { hashtags: -1 } } });
    expect(parsed).toEqual({ ok: false, issues: [{ path: 'limits.x.post.hashtags', message: 'must be at least 0, got -1' }] });
  });
});

describe('reading preset files', () => {
  it('rejects a file without a version, with a clear message', () => {
    expect(parsePresetFile('{"name": "Acme"}')).toEqual({
      ok: false,
      issues: [{ path: 'version', message: expect.stringMatching(/missing/) }],
    });
  });

  it('rejects version 99 as made by a newer Rapport', () => {
    const result = parsePresetFile('{"version": 99, "name": "Future"}');
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'version', message: expect.stringMatching(/made by a newer Rapport/) }],
    });
  });
});
