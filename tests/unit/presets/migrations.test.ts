import { describe, expect, it } from 'vitest';
import {
  migrateToCurrent,
  missingMigrationSteps,
  PRESET_FILE_FORMAT,
  type VersionedFormat,
} from '../../../src/engine/presets/migrations';
import { parsePresetFile, PRESET_SCHEMA_VERSION } from '../../../src/engine/presets/schema';

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

describe('the preset file format', () => {
  it('has a step from every earlier version to the current one', () => {
    expect(missingMigrationSteps(PRESET_FILE_FORMAT)).toEqual([]);
    expect(PRESET_SCHEMA_VERSION).toBe(1);
  });

  it('loads version 1', () => {
    expect(parsePresetFile('{"version": 1}')).toMatchObject({ ok: true });
  });

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
