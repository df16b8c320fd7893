// The Chrome policy schema (the manifest's storage.managed_schema), generated at build time by
// vite.config.ts into dist/managed-schema.json. Its per-network switches come from the registry and
// its preset version and built-in ids from the preset format, so none of them is written twice.
// It mirrors ManagedPolicyInputSchema in storage.ts (tests/unit/storage/managed.test.ts checks both).

import { networks } from './networks';
import { builtinPresets } from './presets/builtins';
import { PRESET_FILE_FORMAT } from './presets/migrations';

/** Chrome's subset of JSON Schema (https://www.chromium.org/administrators/configuring-policy-for-extensions/). */
export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  enum?: string[];
}

export function managedSchema(): ChromeSchema {
  return {
    type: 'object',
    properties: {
      presets: {
        title: 'Team presets',
        description: `Presets offered to every user. Each entry is a whole Rapport preset file (JSON with "version": ${PRESET_FILE_FORMAT.current}; older versions still load) given as a string; see src/presets/README.md.`,
        type: 'array',
        items: { type: 'string' },
      },
      defaults: {
        title: 'Defaults the user may change',
        description: 'Starting values. A user may change them; a new value pushed here applies again.',
        type: 'object',
        properties: {
          activePresetId: {
            description: `Id of the preset to score with: a built-in one (${builtinPresets.map((preset) => preset.id).join(', ')}) or one from presets.`,
            type: 'string',
          },
          sites: {
            description: 'Whether Rapport runs on each network.',
            type: 'object',
            properties: Object.fromEntries(networks.map((spec) => [spec.id, { type: 'boolean', description: spec.label }])),
          },
          disabledRules: {
            description: 'Rule ids switched off by default.',
            type: 'array',
            items: { type: 'string' },
          },
          history: {
            description: 'false: private history (scores of sent posts, kept on the computer) starts off, and the panel does not offer it; a user may still turn it on. true is ignored: only the user can turn history on.',
            type: 'boolean',
          },
        },
      },
      locked: {
        title: 'Settings the user cannot change',
        type: 'object',
        properties: {
          activePresetId: {
            description: 'Id of the preset every user scores with; the user cannot pick another.',
            type: 'string',
          },
          rules: {
            description: 'Per rule id: force-on (the user cannot turn it off, even if the preset does), force-off, or no-preference.',
            type: 'object',
            additionalProperties: { type: 'string', enum: ['force-on', 'force-off', 'no-preference'] },
          },
          history: {
            description: 'false: private history is off and the user cannot turn it on (what is already recorded stays the user’s to see, export or delete). true is ignored: only the user can turn history on.',
            type: 'boolean',
          },
        },
      },
    },
  };
}
