// Versioned documents (preset files, stored settings) move forward one version at a time.
// Each step knows only how to turn version N into N+1, so a file from any earlier release
// reaches the current shape by running the steps in order. Steps are pure functions on
// plain JSON objects; validation happens after migration, against the current schema only.

export type JsonObject = Record<string, unknown>;

export interface MigrationStep {
  /** The version this step reads; it returns a document of version `from + 1`. */
  from: number;
  migrate: (document: JsonObject) => JsonObject;
}

export interface VersionedFormat {
  /** Shown in messages: "preset file", "stored settings". */
  what: string;
  /** Name of the version field in the document. */
  versionField: string;
  current: number;
  /** Steps for every version from 1 up to `current - 1`, in any order. */
  steps: readonly MigrationStep[];
}

export type MigrationResult =
  | { ok: true; document: JsonObject; migratedFrom: number }
  | { ok: false; path: string; message: string };

/**
 * Brings `document` up to `format.current`. A missing, malformed or newer version is an error
 * value, never a guess: reading a newer file with older rules would silently drop its settings.
 */
export function migrateToCurrent(document: JsonObject, format: VersionedFormat): MigrationResult {
  const { what, versionField, current } = format;
  const version = document[versionField];
  if (version === undefined) {
    return {
      ok: false,
      path: versionField,
      message: `missing; a ${what} must say which format it uses, e.g. "${versionField}": ${current}`,
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      path: versionField,
      message: `must be a whole number from 1 to ${current}, got ${JSON.stringify(version)}`,
    };
  }
  if (version > current) {
    return {
      ok: false,
      path: versionField,
      message: `this ${what} was made by a newer Rapport (format version ${version}; this Rapport reads up to ${current}). Update Rapport to use it.`,
    };
  }
  let migrated = document;
  for (let from = version; from < current; from += 1) {
    const step = format.steps.find((candidate) => candidate.from === from);
    if (!step) {
      return {
        ok: false,
        path: versionField,
        message: `no migration from ${what} version ${from} to ${from + 1}`,
      };
    }
    migrated = { ...step.migrate(migrated), [versionField]: from + 1 };
  }
  return { ok: true, document: migrated, migratedFrom: version };
}

/** The versions `steps` cannot start from; empty when every earlier version has a path forward. */
export function missingMigrationSteps(format: VersionedFormat): number[] {
  const missing: number[] = [];
  for (let from = 1; from < format.current; from += 1) {
    if (!format.steps.some((step) => step.from === from)) missing.push(from);
  }
  return missing;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Facebook's comment limit, as version 2 introduced it: history, so it stays here even if the registry's changes. */
const FACEBOOK_COMMENT_LENGTH_IN_V2 = 8000;

/**
 * Version 1 knew two networks and one set of limits each: `limits.x` and `limits.facebook` were
 * `{hashtags, links, mentions, length}` for every composer on that network. Version 2 keys limits
 * by composer kind (`limits.facebook.comment`), so each network's can differ per kind. A version-1
 * network's limits become its post limits; Facebook's counts also become its comment limits, and
 * its length does too when it is stricter than the comment box's own 8,000 (a team that kept
 * Facebook to 500 characters meant comments as well; 63,206 was only ever the post limit).
 * Anything that is not an object is left for the schema to report.
 */
function presetV1ToV2(document: JsonObject): JsonObject {
  const { limits } = document;
  if (!isObject(limits)) return document;
  const migrated: JsonObject = { ...limits };
  const { x, facebook } = limits;
  if (isObject(x)) migrated.x = { post: x };
  if (isObject(facebook)) {
    const { length, ...counts } = facebook;
    const stricter = typeof length === 'number' && length < FACEBOOK_COMMENT_LENGTH_IN_V2;
    migrated.facebook = { post: facebook, comment: stricter ? { ...counts, length } : counts };
  }
  return { ...document, limits: migrated };
}

/** Preset file format: version 2 keys limits by network and composer kind. */
export const PRESET_FILE_FORMAT: VersionedFormat = {
  what: 'preset file',
  versionField: 'version',
  current: 2,
  steps: [{ from: 1, migrate: presetV1ToV2 }],
};
