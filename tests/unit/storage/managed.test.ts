import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PRESET_FILE_BYTES, serializePreset } from '../../../src/presets/schema';
import { COMMUNITY_MANAGER_PRESET } from '../../../src/presets/builtins';
import { managedSchema } from '../../../src/managed-schema';
import {
  cacheManagedPolicy,
  MANAGED_CACHE_KEY,
  ManagedDefaultsSchema,
  ManagedPolicyInputSchema,
  parseManagedPolicy,
  readCachedManagedPolicy,
  refreshManagedPolicy,
} from '../../../src/storage';
import manifest from '../../../manifest.json';
import { fakeArea } from './fake-area';

const projectRoot = resolve(import.meta.dirname, '../../..');
const acmeText = readFileSync(resolve(projectRoot, 'tests/fixtures/presets/acme-care.preset.json'), 'utf8');

describe('parseManagedPolicy', () => {
  it('reads presets given as preset-file strings, defaults and locks', () => {
    const { policy, problems } = parseManagedPolicy({
      presets: [acmeText],
      defaults: { activePresetId: 'acme-care', sites: { facebook: false }, disabledRules: ['emoji'] },
      locked: { activePresetId: 'acme-care', rules: { 'hard-sell': 'force-on', jargon: 'force-off', emoji: 'no-preference' } },
    });
    expect(problems).toEqual([]);
    expect(policy?.presets.map((preset) => preset.id)).toEqual(['acme-care']);
    expect(policy?.defaults).toEqual({ activePresetId: 'acme-care', sites: { facebook: false }, disabledRules: ['emoji'] });
    expect(policy?.locked.rules).toEqual({ 'hard-sell': 'force-on', jargon: 'force-off', emoji: 'no-preference' });
  });

  it('treats an absent or empty policy as none', () => {
    expect(parseManagedPolicy(undefined)).toEqual({ policy: null, problems: [] });
    expect(parseManagedPolicy({})).toEqual({ policy: null, problems: [] });
  });

  it('skips a bad preset with its path and keeps the rest of the policy', () => {
    const { policy, problems } = parseManagedPolicy({
      presets: ['{"version": 1, "thresholds": {"voice": {"ok": "high"}}}', serializePreset({ ...COMMUNITY_MANAGER_PRESET, id: 'team' })],
      locked: { rules: { 'hard-sell': 'always' } },
      defaults: { activePresetId: 'team' },
    });
    expect(problems).toEqual([
      { path: 'presets[0].thresholds.voice.ok', message: expect.stringMatching(/expected a number/) },
      { path: 'locked.rules.hard-sell', message: expect.any(String) },
    ]);
    expect(policy?.presets.map((preset) => preset.id)).toEqual(['team']);
    expect(policy?.defaults.activePresetId).toBe('team');
    expect(policy?.locked).toEqual({});
  });
});

describe('the managed policy cache in storage.local', () => {
  it('refresh reads storage.managed and caches the raw value', async () => {
    const local = fakeArea();
    const managed = fakeArea({ defaults: { activePresetId: 'customer-care' } });
    const reading = await refreshManagedPolicy(managed, local);
    expect(reading.policy?.defaults.activePresetId).toBe('customer-care');
    const cached = await readCachedManagedPolicy(local);
    expect(cached.policy?.defaults.activePresetId).toBe('customer-care');
    expect(cached.readAt).toEqual(expect.any(Number));
  });

  it('reading the cache never waits for storage.managed, which can take minutes on first use', async () => {
    const local = fakeArea();
    await cacheManagedPolicy(local, { locked: { activePresetId: 'b2b-executive' } }, 1000);
    const stuck = { get: () => new Promise<Record<string, unknown>>(() => undefined) };
    void refreshManagedPolicy(stuck, local);
    const cached = await readCachedManagedPolicy(local);
    expect(cached).toMatchObject({ readAt: 1000, policy: { locked: { activePresetId: 'b2b-executive' } } });
  });

  it('an unchanged policy is not written again (no storage change event for every open tab)', async () => {
    const local = fakeArea();
    const managed = fakeArea({ defaults: { activePresetId: 'customer-care' } });
    await refreshManagedPolicy(managed, local);
    let writes = 0;
    const counting = { ...local, get: local.get.bind(local), remove: local.remove.bind(local), set: (items: Record<string, unknown>) => (writes++, local.set(items)) };
    const reading = await refreshManagedPolicy(managed, counting);
    expect(reading.policy?.defaults.activePresetId).toBe('customer-care');
    expect(writes).toBe(0);
    await refreshManagedPolicy(fakeArea({ defaults: { activePresetId: 'b2b-executive' } }), counting);
    expect(writes).toBe(1);
  });

  it('a browser without managed storage means no policy', async () => {
    const local = fakeArea();
    const failing = { get: () => Promise.reject(new Error('managed storage is not available')) };
    expect(await refreshManagedPolicy(failing, local)).toEqual({ policy: null, problems: [] });
    expect((await local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY]).toMatchObject({ raw: {} });
  });

  it('caches and applies the largest policy the schema allows (50 presets of up to 1 MiB each)', async () => {
    // A legal preset file padded to just under 1 MiB with white space (JSON allows it).
    const file = (index: number) => {
      const text = JSON.stringify({ version: 1, id: `team-${index}`, name: `Team ${index}` });
      return text.slice(0, -1) + ' '.repeat(MAX_PRESET_FILE_BYTES - text.length - 64) + '}';
    };
    const presets = Array.from({ length: 50 }, (_, index) => file(index));
    const local = fakeArea();
    await refreshManagedPolicy(fakeArea({ presets, locked: { activePresetId: 'team-49' } }), local);
    const cached = await readCachedManagedPolicy(local);
    expect(cached.cacheError).toBeNull();
    expect(cached.policy?.presets).toHaveLength(50);
    expect(cached.policy?.locked.activePresetId).toBe('team-49');
    // ~50 MB: more than storage.local's 10 MB, hence `unlimitedStorage` in the manifest.
    expect(JSON.stringify(manifest.permissions)).toContain('unlimitedStorage');
  });

  it('a policy the browser refuses to cache is an error the options page can show, and the next good write clears it', async () => {
    const area = fakeArea();
    let refuse = true;
    const local = { ...area, get: area.get, remove: area.remove, set: (items: Record<string, unknown>) => (refuse && MANAGED_CACHE_KEY in items ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : area.set(items)) };
    await expect(refreshManagedPolicy(fakeArea({ locked: { activePresetId: 'customer-care' } }), local)).rejects.toThrow(/QUOTA_BYTES/);
    expect((await readCachedManagedPolicy(local)).cacheError).toMatch(/refused to store it \(QUOTA_BYTES quota exceeded\), so Rapport cannot apply it/);
    refuse = false;
    await refreshManagedPolicy(fakeArea({ locked: { activePresetId: 'customer-care' } }), local);
    expect(await readCachedManagedPolicy(local)).toMatchObject({ cacheError: null, policy: { locked: { activePresetId: 'customer-care' } } });
  });

  it('an empty or corrupt cache reads as no policy', async () => {
    expect(await readCachedManagedPolicy(fakeArea())).toEqual({ policy: null, problems: [], readAt: null, cacheError: null });
    expect(await readCachedManagedPolicy(fakeArea({ [MANAGED_CACHE_KEY]: 'junk' }))).toEqual({ policy: null, problems: [], readAt: null, cacheError: null });
  });
});

// Chrome refuses to load an extension whose managed_schema uses anything outside its subset.
const CHROME_SCHEMA_KEYWORDS = new Set([
  'type', 'description', 'title', 'properties', 'additionalProperties', 'patternProperties', 'items',
  '$ref', 'id', 'minimum', 'maximum', 'enum', 'pattern', 'required', 'sensitiveValue',
]);
const CHROME_SCHEMA_TYPES = new Set(['object', 'array', 'string', 'boolean', 'integer', 'number']);

interface ChromeSchema {
  type: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  enum?: unknown[];
  [keyword: string]: unknown;
}

function schemaProblems(schema: ChromeSchema, path: string): string[] {
  const problems = Object.keys(schema).filter((key) => !CHROME_SCHEMA_KEYWORDS.has(key)).map((key) => `${path}: keyword ${key}`);
  if (!CHROME_SCHEMA_TYPES.has(schema.type)) problems.push(`${path}: type ${String(schema.type)}`);
  for (const [name, child] of Object.entries(schema.properties ?? {})) problems.push(...schemaProblems(child, `${path}.${name}`));
  if (schema.additionalProperties) problems.push(...schemaProblems(schema.additionalProperties, `${path}.*`));
  if (schema.items) problems.push(...schemaProblems(schema.items, `${path}[]`));
  return problems;
}

/** The subset of validation Chrome applies to a policy value, enough to check the example file. */
function conforms(value: unknown, schema: ChromeSchema): boolean {
  if (schema.enum && !schema.enum.includes(value)) return false;
  switch (schema.type) {
    case 'object':
      return (
        typeof value === 'object' && value !== null && !Array.isArray(value) &&
        Object.entries(value).every(([key, child]) => {
          const childSchema = schema.properties?.[key] ?? schema.additionalProperties;
          return childSchema !== undefined && conforms(child, childSchema);
        })
      );
    case 'array':
      return Array.isArray(value) && value.every((item) => schema.items !== undefined && conforms(item, schema.items));
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === schema.type;
  }
}

describe('the managed policy schema (managed-schema.json, generated at build time)', () => {
  const schema = JSON.parse(JSON.stringify(managedSchema())) as ChromeSchema;

  it("uses only Chrome's schema subset", () => {
    expect(schema.type).toBe('object');
    expect(schemaProblems(schema, '(root)')).toEqual([]);
  });

  it('describes the same fields the extension reads', () => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(ManagedPolicyInputSchema.entries).sort());
    const defaults = schema.properties?.defaults;
    expect(Object.keys(defaults?.properties ?? {}).sort()).toEqual(Object.keys(ManagedDefaultsSchema.entries).sort());
    expect(Object.keys(defaults?.properties?.sites?.properties ?? {})).toEqual(Object.keys(ManagedDefaultsSchema.entries.sites.wrapped.entries));
  });

  it('accepts the example policy for managers, and rejects a value Chrome would refuse', () => {
    const policyFile = JSON.parse(readFileSync(resolve(projectRoot, 'tests/fixtures/presets/policy.example.json'), 'utf8')) as {
      '3rdparty': { extensions: Record<string, unknown> };
    };
    const policy = Object.values(policyFile['3rdparty'].extensions)[0];
    expect(conforms(policy, schema)).toBe(true);
    expect(conforms({ locked: { rules: { 'hard-sell': 'always' } } }, schema)).toBe(false);
    expect(conforms({ presets: [{ version: 1 }] }, schema)).toBe(false);
  });

  it('the example policy is keyed by the id that the manifest key gives the extension', async () => {
    const { createHash } = await import('node:crypto');
    const manifest = JSON.parse(readFileSync(resolve(projectRoot, 'manifest.json'), 'utf8')) as { key?: string };
    if (!manifest.key) throw new Error('manifest.json has no key; the policy example needs a stable id');
    const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
    const id = [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
    const policyFile = readFileSync(resolve(projectRoot, 'tests/fixtures/presets/policy.example.json'), 'utf8');
    expect(Object.keys((JSON.parse(policyFile) as { '3rdparty': { extensions: object } })['3rdparty'].extensions)).toEqual([id]);
  });
});
