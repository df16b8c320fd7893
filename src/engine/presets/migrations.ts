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

/** Preset file format. Version 1 is the first release, so there is nothing to migrate yet. */
export const PRESET_FILE_FORMAT: VersionedFormat = {
  what: 'preset file',
  versionField: 'version',
  current: 1,
  steps: [],
};
