// Everything Rapport keeps between sessions, and the organisation's policy on top of it.
//
//   storage.sync    `settings` (the user's choices) and one `preset:<id>` item per user preset
//   storage.local   `managedPolicyCache`: the last policy read from storage.managed;
//                   private history (issue 14): `historySettings`, and `history` with its months
//   storage.session the worker's note of each draft's last scores, for a send to record (never text)
//   storage.managed what an administrator pushed (shape: public/managed-schema.json)
//
// Accessors take a small StorageArea-like interface, so they run in Node tests with a fake.
// Everything read back is validated; a bad stored value falls back to a default field by field.
// The first storage.managed.get() can take minutes (PLATFORM.md), so nothing here waits for it:
// callers use the cached copy and refresh it in the background.

import * as v from 'valibot';
import { NEUTRAL_PRESET } from './engine/presets/neutral';
import type { Preset } from './engine/presets/types';
import { ruleIds } from './engine/rules';
import type { SettingsChange } from './messages';
import { isNetworkId, perNetwork, type NetworkId } from './networks';
import { normalizeHost } from './networks/user-hosts';
import { builtinPresets } from './presets/builtins';
import { migrateToCurrent, type VersionedFormat } from './presets/migrations';
import { parsePresetFile, parsePresetObject, presetToFile, type PresetIssue } from './presets/schema';

/** The parts of chrome.storage.StorageArea used here. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

// ---------- the user's settings (storage.sync) ----------

export const SETTINGS_KEY = 'settings';
export const USER_PRESET_KEY_PREFIX = 'preset:';
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM; a bigger user preset cannot sync. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

/** Settings a managed default can preset and the user can still change. */
export type DefaultableSetting = 'activePresetId' | `sites.${NetworkId}` | 'disabledRules';

const RuleIdListSchema = v.pipe(v.array(v.string()), v.maxLength(500));

/** Every network on by default; one added by a later release is on for settings stored before it. */
const allSitesOn = (): Record<NetworkId, boolean> => perNetwork(() => true);

const SitesSchema = v.fallback(
  v.object(perNetwork(() => v.fallback(v.boolean(), true))),
  allSitesOn,
);

const SettingsSchema = v.object({
  schemaVersion: v.literal(1),
  activePresetId: v.fallback(v.string(), NEUTRAL_PRESET.id),
  sites: SitesSchema,
  disabledRules: v.fallback(RuleIdListSchema, []),
  panelCollapsed: v.fallback(v.boolean(), false),
  /** Direct messages and chats are private: coached only when the user turns this on. */
  coachPrivateMessages: v.fallback(v.boolean(), false),
  /**
   * For each setting the user changed while an organisation default applied: that default, as JSON.
   * The user's choice wins over that same default; a *new* default from the organisation wins again.
   */
  overriddenDefaults: v.fallback(v.record(v.string(), v.string()), {}),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const SETTINGS_FORMAT: VersionedFormat = {
  what: 'stored settings',
  versionField: 'schemaVersion',
  current: 1,
  steps: [],
};

export function defaultSettings(): Settings {
  return {
    schemaVersion: 1,
    activePresetId: NEUTRAL_PRESET.id,
    sites: allSitesOn(),
    disabledRules: [],
    panelCollapsed: false,
    coachPrivateMessages: false,
    overriddenDefaults: {},
  };
}

/** Reads stored settings through migrations; anything unreadable falls back to defaults (never throws). */
export function readSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return defaultSettings();
  const migrated = migrateToCurrent(stored as Record<string, unknown>, SETTINGS_FORMAT);
  if (!migrated.ok) return defaultSettings();
  const parsed = v.safeParse(SettingsSchema, migrated.document);
  return parsed.success ? parsed.output : defaultSettings();
}

export async function loadSettings(sync: StorageAreaLike): Promise<Settings> {
  const stored = await sync.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

/** storage.sync is shared with the user's other browsers, which may run a newer Rapport. */
export class NewerSettingsError extends Error {}

/** A change to the `settings` item itself (the other changes add, replace or delete presets). */
export type SettingsFieldChange = Extract<SettingsChange, { kind: 'active-preset' | 'site' | 'rule' | 'panel-collapsed' | 'private-messages' }>;

/** A change the stored state or the organisation's policy does not allow; its message is for the person who asked. */
export class SettingsChangeRefused extends Error {}

/**
 * Applies `changes`, in order, to the settings stored *now*, and writes the result once (or not at
 * all when nothing changed). Call it only from one serialised writer (the worker's), or two
 * read-modify-write cycles can interleave and one change is lost.
 */
export async function changeSettings(sync: StorageAreaLike, changes: readonly SettingsFieldChange[], managed: ManagedPolicy | null): Promise<Settings> {
  const stored = (await sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  const storedVersion = (stored as { schemaVersion?: unknown } | undefined)?.schemaVersion;
  if (typeof storedVersion === 'number' && storedVersion > SETTINGS_FORMAT.current) {
    // Writing our older shape would erase what the newer version saved on the user's other browser.
    throw new NewerSettingsError(
      `settings were saved by a newer Rapport (format ${storedVersion}; this one writes ${SETTINGS_FORMAT.current}); update Rapport to change them`,
    );
  }
  const before = readSettings(stored);
  const next = changes.reduce((settings, change) => applySettingsChange(settings, change, managed), before);
  if (stored !== undefined && JSON.stringify(next) === JSON.stringify(before)) return next;
  await sync.set({ [SETTINGS_KEY]: next });
  return next;
}

/** One change to settings, or SettingsChangeRefused when the organisation fixed that setting. */
export function applySettingsChange(settings: Settings, change: SettingsFieldChange, managed: ManagedPolicy | null): Settings {
  switch (change.kind) {
    case 'active-preset':
      if (managed?.locked.activePresetId !== undefined) throw new SettingsChangeRefused('your organisation sets the active preset');
      return {
        ...settings,
        activePresetId: change.presetId,
        overriddenDefaults: noteOverride(settings, 'activePresetId', managed?.defaults.activePresetId),
      };
    case 'site':
      return {
        ...settings,
        sites: { ...settings.sites, [change.site]: change.enabled },
        overriddenDefaults: noteOverride(settings, `sites.${change.site}`, managed?.defaults.sites?.[change.site]),
      };
    case 'rule': {
      if (!ruleIds.includes(change.rule)) throw new SettingsChangeRefused(`there is no rule "${change.rule}"`);
      if (managed?.locked.rules?.[change.rule] === 'force-on' || managed?.locked.rules?.[change.rule] === 'force-off') {
        throw new SettingsChangeRefused('your organisation sets this rule');
      }
      // Start from what the user currently sees, which may be the organisation's default list.
      const current = effectiveDisabledRules(settings, managed);
      const disabledRules = change.disabled ? [...new Set([...current, change.rule])] : current.filter((id) => id !== change.rule);
      return {
        ...settings,
        disabledRules,
        overriddenDefaults: noteOverride(settings, 'disabledRules', managed?.defaults.disabledRules),
      };
    }
    case 'panel-collapsed':
      return { ...settings, panelCollapsed: change.collapsed };
    case 'private-messages':
      return { ...settings, coachPrivateMessages: change.coach };
  }
}

/** Records that the user chose `key` while `managedDefault` applied, so their choice stands. */
function noteOverride(settings: Settings, key: DefaultableSetting, managedDefault: unknown): Settings['overriddenDefaults'] {
  const overridden = { ...settings.overriddenDefaults };
  if (managedDefault === undefined) delete overridden[key];
  else overridden[key] = JSON.stringify(managedDefault);
  return overridden;
}

// ---------- user presets (storage.sync, one item each) ----------

export interface StoredPresetProblem {
  key: string;
  issues: PresetIssue[];
}

/** Every stored user preset, validated; unreadable ones are reported, not dropped silently. */
export async function loadUserPresets(sync: StorageAreaLike): Promise<{ presets: Preset[]; unreadable: StoredPresetProblem[] }> {
  const everything = await sync.get(null);
  const presets: Preset[] = [];
  const unreadable: StoredPresetProblem[] = [];
  for (const [key, value] of Object.entries(everything)) {
    if (!key.startsWith(USER_PRESET_KEY_PREFIX)) continue;
    const parsed = parsePresetObject(value);
    if (parsed.ok) presets.push(parsed.preset);
    else unreadable.push({ key, issues: parsed.issues });
  }
  presets.sort((a, b) => a.name.localeCompare(b.name));
  return { presets, unreadable };
}

export type ImportResult =
  | { ok: true; preset: Preset; warnings: string[]; replaced: boolean }
  | { ok: false; issues: PresetIssue[] };

/**
 * Validates a preset file's text and stores it as a user preset. On any problem it returns the
 * issues and leaves storage exactly as it was.
 */
export async function importUserPreset(sync: StorageAreaLike, fileText: string): Promise<ImportResult> {
  const parsed = parsePresetFile(fileText);
  if (!parsed.ok) return parsed;
  const { preset } = parsed;
  if (builtinPresets.some((builtin) => builtin.id === preset.id)) {
    return {
      ok: false,
      issues: [{ path: 'id', message: `"${preset.id}" is a built-in preset's id; give your preset its own "id"` }],
    };
  }
  const key = `${USER_PRESET_KEY_PREFIX}${preset.id}`;
  const stored = presetToFile(preset);
  // Chrome counts an item as its key plus its JSON.
  const size = new TextEncoder().encode(key + JSON.stringify(stored)).length;
  if (size > SYNC_QUOTA_BYTES_PER_ITEM) {
    return {
      ok: false,
      issues: [
        {
          path: '(file)',
          message: `this preset takes ${Math.ceil(size / 1024)} KB; browser sync stores at most ${SYNC_QUOTA_BYTES_PER_ITEM / 1024} KB per preset (shorten its phrase lists, or distribute it through policy)`,
        },
      ],
    };
  }
  const replaced = Object.hasOwn(await sync.get(key), key);
  try {
    await sync.set({ [key]: stored });
  } catch (error) {
    return { ok: false, issues: [{ path: '(file)', message: `the browser refused to store it: ${(error as Error).message}` }] };
  }
  return { ok: true, preset, warnings: parsed.warnings, replaced };
}

export async function deleteUserPreset(sync: StorageAreaLike, presetId: string): Promise<void> {
  await sync.remove(`${USER_PRESET_KEY_PREFIX}${presetId}`);
}

// ---------- managed policy (storage.managed, cached in storage.local) ----------

export type RulePolicy = 'force-on' | 'force-off' | 'no-preference';

export const ManagedDefaultsSchema = v.object({
  activePresetId: v.optional(v.string()),
  sites: v.optional(v.object(perNetwork(() => v.optional(v.boolean())))),
  disabledRules: v.optional(RuleIdListSchema),
  /** Only `false` counts: an organisation can switch private history off, never on (see resolveHistory). */
  history: v.optional(v.boolean()),
});

const ManagedLockedSchema = v.object({
  activePresetId: v.optional(v.string()),
  rules: v.optional(v.record(v.string(), v.picklist(['force-on', 'force-off', 'no-preference']))),
  /** Only `false` counts, as in defaults. */
  history: v.optional(v.boolean()),
});

/**
 * What an administrator can push. Presets are preset files as JSON *strings*: Chrome's policy
 * schema cannot express the preset format's open-ended maps, and a string keeps one validator
 * (parsePresetFile) and the file's own version number.
 */
export const ManagedPolicyInputSchema = v.object({
  presets: v.optional(v.pipe(v.array(v.string()), v.maxLength(50))),
  defaults: v.optional(ManagedDefaultsSchema),
  locked: v.optional(ManagedLockedSchema),
});

export interface ManagedPolicy {
  presets: Preset[];
  defaults: v.InferOutput<typeof ManagedDefaultsSchema>;
  locked: v.InferOutput<typeof ManagedLockedSchema>;
}

export interface ManagedPolicyReading {
  /** Null when no policy applies. */
  policy: ManagedPolicy | null;
  /** Problems in the pushed policy, with their path, for the options page to show. */
  problems: PresetIssue[];
}

/** Validates each part on its own: one bad preset in a policy must not void the organisation's locks. */
export function parseManagedPolicy(raw: unknown): ManagedPolicyReading {
  if (raw === undefined || raw === null) return { policy: null, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy: null, problems: [{ path: '(policy)', message: 'expected an object' }] };
  }
  const input = raw as Record<string, unknown>;
  if (Object.keys(input).length === 0) return { policy: null, problems: [] };
  const problems: PresetIssue[] = [];
  const section = <S extends v.GenericSchema>(name: string, schema: S): v.InferOutput<S> | undefined => {
    if (input[name] === undefined) return undefined;
    const parsed = v.safeParse(schema, input[name]);
    if (parsed.success) return parsed.output;
    for (const issue of parsed.issues) problems.push({ path: [name, ...(issue.path ?? []).map((item) => String(item.key))].join('.'), message: issue.message });
    return undefined;
  };
  const presetTexts = section('presets', ManagedPolicyInputSchema.entries.presets.wrapped) ?? [];
  const presets: Preset[] = [];
  presetTexts.forEach((text, index) => {
    const parsed = parsePresetFile(text);
    if (parsed.ok) presets.push(parsed.preset);
    else for (const issue of parsed.issues) problems.push({ path: `presets[${index}].${issue.path}`, message: issue.message });
  });
  const policy: ManagedPolicy = {
    presets,
    defaults: section('defaults', ManagedDefaultsSchema) ?? {},
    locked: section('locked', ManagedLockedSchema) ?? {},
  };
  // History is the person's to turn on: a policy that tries is told so, and ignored there.
  for (const [name, part] of [['defaults', policy.defaults], ['locked', policy.locked]] as const) {
    if (part.history !== true) continue;
    delete part.history;
    problems.push({ path: `${name}.history`, message: 'a policy can switch private history off (false), never on; true is ignored' });
  }
  return { policy, problems };
}

export const MANAGED_CACHE_KEY = 'managedPolicyCache';
/** Set when the last policy read could not be cached; the options page shows it. */
export const MANAGED_CACHE_ERROR_KEY = 'managedPolicyCacheError';

const ManagedCacheSchema = v.object({ raw: v.unknown(), readAt: v.number() });
const ManagedCacheErrorSchema = v.object({ message: v.string(), at: v.number() });

export interface CachedManagedPolicy extends ManagedPolicyReading {
  readAt: number | null;
  /** Why the newest policy could not be cached (so the one shown, if any, is older), or null. */
  cacheError: string | null;
}

/** The last policy seen, from storage.local: instant, unlike storage.managed. */
export async function readCachedManagedPolicy(local: StorageAreaLike): Promise<CachedManagedPolicy> {
  const stored = await local.get([MANAGED_CACHE_KEY, MANAGED_CACHE_ERROR_KEY]);
  const failure = v.safeParse(ManagedCacheErrorSchema, stored[MANAGED_CACHE_ERROR_KEY]);
  const cacheError = failure.success ? failure.output.message : null;
  const cache = v.safeParse(ManagedCacheSchema, stored[MANAGED_CACHE_KEY]);
  if (!cache.success) return { policy: null, problems: [], readAt: null, cacheError };
  return { ...parseManagedPolicy(cache.output.raw), readAt: cache.output.readAt, cacheError };
}

/**
 * Stores a policy value (from storage.managed.get() or storage.onChanged) as the cached copy. A
 * policy may hold 50 presets of up to 1 MiB each, more than storage.local's 10 MB: the manifest
 * asks for `unlimitedStorage` (Chrome; Firefox's storage.local has no such quota). If the write
 * still fails (a full disk), the reason is stored on its own, small, for the options page to show.
 */
export async function cacheManagedPolicy(local: StorageAreaLike, raw: unknown, now = Date.now()): Promise<ManagedPolicyReading> {
  try {
    await local.set({ [MANAGED_CACHE_KEY]: { raw: raw ?? {}, readAt: now } });
  } catch (error) {
    const message = `the browser refused to store it (${error instanceof Error ? error.message : String(error)}), so Rapport cannot apply it`;
    await local.set({ [MANAGED_CACHE_ERROR_KEY]: { message, at: now } });
    throw new Error(message);
  }
  if (Object.hasOwn(await local.get(MANAGED_CACHE_ERROR_KEY), MANAGED_CACHE_ERROR_KEY)) await local.remove(MANAGED_CACHE_ERROR_KEY);
  return parseManagedPolicy(raw);
}

/**
 * Reads storage.managed and refreshes the cache. Can take minutes on Chrome's first call, so call
 * it without awaiting at start-up; a browser without managed storage (e.g. no policy support) is
 * treated as no policy.
 */
export async function refreshManagedPolicy(managed: Pick<StorageAreaLike, 'get'>, local: StorageAreaLike): Promise<ManagedPolicyReading> {
  let raw: unknown;
  try {
    raw = await managed.get(null);
  } catch {
    raw = {};
  }
  // The worker refreshes at every start (MV3 starts it often); an unchanged policy is not written
  // again, so no storage.onChanged wakes every open tab for nothing.
  const cached = v.safeParse(ManagedCacheSchema, (await local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY]);
  if (cached.success && JSON.stringify(cached.output.raw) === JSON.stringify(raw ?? {})) return parseManagedPolicy(raw);
  return cacheManagedPolicy(local, raw);
}

// ---------- merging: built-in < user < managed default < managed locked ----------

export type PresetSource = 'builtin' | 'user' | 'managed';

export interface EffectiveSettings {
  /** The preset to score with: the active one, with disabled and locked rules applied. */
  preset: Preset;
  activePresetId: string;
  /** Every preset the user can pick, later sources replacing earlier ones with the same id. */
  presets: Array<{ preset: Preset; source: PresetSource }>;
  sites: Record<NetworkId, boolean>;
  disabledRules: string[];
  panelCollapsed: boolean;
  coachPrivateMessages: boolean;
  /** What the organisation fixed, so the UI can say "set by your organisation" and disable the control. */
  locked: { activePreset: boolean; rules: Record<string, 'force-on' | 'force-off'> };
  /** Settings currently taken from an organisation default (the user may change them). */
  fromOrganisationDefaults: DefaultableSetting[];
  warnings: string[];
}

export interface UserState {
  settings: Settings;
  presets: readonly Preset[];
}

function organisationDefault<T>(
  settings: Settings,
  key: DefaultableSetting,
  userValue: T,
  managedDefault: T | undefined,
  fromDefaults: DefaultableSetting[],
): T {
  if (managedDefault === undefined) return userValue;
  if (settings.overriddenDefaults[key] === JSON.stringify(managedDefault)) return userValue;
  fromDefaults.push(key);
  return managedDefault;
}

function effectiveDisabledRules(settings: Settings, managed: ManagedPolicy | null): string[] {
  return organisationDefault(settings, 'disabledRules', settings.disabledRules, managed?.defaults.disabledRules, []);
}

export function resolveEffectiveSettings(
  builtin: readonly Preset[],
  user: UserState,
  managed: ManagedPolicy | null,
): EffectiveSettings {
  const warnings: string[] = [];
  const fromDefaults: DefaultableSetting[] = [];
  const { settings } = user;

  const byId = new Map<string, { preset: Preset; source: PresetSource }>();
  for (const preset of builtin) byId.set(preset.id, { preset, source: 'builtin' });
  for (const preset of user.presets) byId.set(preset.id, { preset, source: 'user' });
  for (const preset of managed?.presets ?? []) byId.set(preset.id, { preset, source: 'managed' });

  const lockedPresetId = managed?.locked.activePresetId;
  let activePresetId =
    lockedPresetId ?? organisationDefault(settings, 'activePresetId', settings.activePresetId, managed?.defaults.activePresetId, fromDefaults);
  let active = byId.get(activePresetId)?.preset;
  if (!active) {
    warnings.push(`preset "${activePresetId}" is not available; using ${NEUTRAL_PRESET.name}`);
    active = byId.get(NEUTRAL_PRESET.id)?.preset ?? NEUTRAL_PRESET;
    activePresetId = active.id;
  }

  const disabledRules = organisationDefault(settings, 'disabledRules', settings.disabledRules, managed?.defaults.disabledRules, fromDefaults);
  const rules = structuredClone(active.rules);
  for (const ruleId of disabledRules) rules[ruleId] = { weight: 1, ...rules[ruleId], enabled: false };
  const lockedRules: Record<string, 'force-on' | 'force-off'> = {};
  for (const [ruleId, policy] of Object.entries(managed?.locked.rules ?? {})) {
    if (policy === 'no-preference') continue;
    lockedRules[ruleId] = policy;
    rules[ruleId] = { weight: 1, ...rules[ruleId], enabled: policy === 'force-on' };
  }

  return {
    preset: { ...active, rules },
    activePresetId,
    presets: [...byId.values()],
    sites: perNetwork((id) => organisationDefault(settings, `sites.${id}`, settings.sites[id], managed?.defaults.sites?.[id], fromDefaults)),
    disabledRules,
    panelCollapsed: settings.panelCollapsed,
    coachPrivateMessages: settings.coachPrivateMessages,
    locked: { activePreset: lockedPresetId !== undefined, rules: lockedRules },
    fromOrganisationDefaults: fromDefaults,
    warnings,
  };
}

// ---------- editing from the options page ----------
// Saving an edited preset, deleting one, and resetting settings. Each write happens only after
// validation passes, and a renamed preset is written under its new id before the old one goes,
// so a failure part-way never leaves the user with fewer presets than before.

export interface SaveUserPresetOptions {
  /** The id the preset had when editing began; absent for a new preset or a copy. */
  originalId?: string;
  /** Ids the user may not save under: their organisation's presets would hide a user preset with the same id. */
  reservedIds?: readonly string[];
}

/** Validates a preset file object from the editor and stores it as a user preset. */
export async function saveUserPreset(sync: StorageAreaLike, file: unknown, options: SaveUserPresetOptions = {}): Promise<ImportResult> {
  const parsed = parsePresetObject(file);
  if (!parsed.ok) return parsed;
  const { id } = parsed.preset;
  if (options.reservedIds?.includes(id)) {
    return { ok: false, issues: [{ path: 'id', message: `"${id}" is used by a preset from your organisation; choose another id` }] };
  }
  const key = `${USER_PRESET_KEY_PREFIX}${id}`;
  if (id !== options.originalId && Object.hasOwn(await sync.get(key), key)) {
    return { ok: false, issues: [{ path: 'id', message: `you already have a preset with the id "${id}"; choose another id` }] };
  }
  const stored = await importUserPreset(sync, JSON.stringify(file));
  if (!stored.ok || options.originalId === undefined || options.originalId === id) return stored;

  // Renamed: the new copy is stored, so the old one can go, and the choice of active preset follows it.
  await sync.remove(`${USER_PRESET_KEY_PREFIX}${options.originalId}`);
  const settings = await loadSettings(sync);
  if (settings.activePresetId === options.originalId) await sync.set({ [SETTINGS_KEY]: { ...settings, activePresetId: id } });
  return stored;
}

/** Deletes a user preset; if it was the active one, Neutral becomes active instead of a dangling id. */
export async function removeUserPreset(sync: StorageAreaLike, presetId: string): Promise<void> {
  await deleteUserPreset(sync, presetId);
  const settings = await loadSettings(sync);
  if (settings.activePresetId === presetId) await sync.set({ [SETTINGS_KEY]: { ...settings, activePresetId: NEUTRAL_PRESET.id } });
}

/**
 * Forgets the user's choices (active preset, sites, rules turned off, overridden organisation
 * defaults), so built-in and organisation defaults apply again. Presets the user made are kept:
 * deleting them is a separate, explicit action.
 */
export async function resetSettings(sync: StorageAreaLike): Promise<void> {
  await sync.remove(SETTINGS_KEY);
}

// ---------- hosts the user added for networks on servers of their choice (storage.local) ----------
// Per browser, like the host permission each one needs. The worker writes them (one writer, so no
// lost updates); the options page reads them.

export const USER_HOSTS_KEY = 'userHosts';

const UserHostsSchema = v.record(
  v.string(),
  v.pipe(
    v.array(v.string()),
    v.check((hosts) => hosts.every((host) => normalizeHost(host).ok), 'every entry must be a host name'),
  ),
);

export type UserHosts = Partial<Record<NetworkId, string[]>>;

/** Hosts per network; anything unreadable is dropped (the user adds it again), never thrown. */
export async function loadUserHosts(local: StorageAreaLike): Promise<UserHosts> {
  const parsed = v.safeParse(UserHostsSchema, (await local.get(USER_HOSTS_KEY))[USER_HOSTS_KEY]);
  if (!parsed.success) return {};
  return Object.fromEntries(Object.entries(parsed.output).filter(([id]) => isNetworkId(id))) as UserHosts;
}

export async function saveUserHosts(local: StorageAreaLike, network: NetworkId, hosts: readonly string[]): Promise<UserHosts> {
  const next = { ...(await loadUserHosts(local)), [network]: [...new Set(hosts)].sort() };
  await local.set({ [USER_HOSTS_KEY]: next });
  return next;
}

// ---------- private history (storage.local, never synced; issue 14) ----------
// Opt-in and off by default. An entry holds a sent post's scores and the rules that fired, never a
// word of the post and nothing about its audience. Entries live in one item per month (UTC), so
// recording a post rewrites one month, not the whole year, and `history` indexes the months.

export const HISTORY_SETTINGS_KEY = 'historySettings';
export const HISTORY_INDEX_KEY = 'history';
export const HISTORY_MONTH_KEY_PREFIX = 'history:';
/** Entries kept at most: the oldest go first. */
export const HISTORY_MAX_ENTRIES = 5_000;
/** And none older than a year. */
export const HISTORY_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;
/** The panel offers history once, after this many scored posts were sent with it off. */
export const HISTORY_OFFER_AFTER = 3;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Score0to100 = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const RuleCountsSchema = v.pipe(
  v.record(v.pipe(v.string(), v.maxLength(100)), v.pipe(Count, v.minValue(1))),
  v.check((counts) => Object.keys(counts).length <= 200, 'at most 200 rules'),
);

/** One sent post. Times are epoch milliseconds; weeks are the reader's local ones, worked out when shown. */
export const HistoryEntrySchema = v.object({
  at: Count,
  /** A network id; kept as text so entries stay readable if a later release drops that network. */
  network: v.pipe(v.string(), v.maxLength(40)),
  /** The kind of composer: "post", "comment". */
  composer: v.pipe(v.string(), v.maxLength(40)),
  /** The preset it was scored with. */
  preset: v.pipe(v.string(), v.maxLength(200)),
  reciprocity: Score0to100,
  voice: Score0to100,
  /** Its length as the network counts it. */
  length: Count,
  /** Rule id → how many findings of that rule: issues, and strengths. */
  issues: RuleCountsSchema,
  strengths: RuleCountsSchema,
});
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;

const HistorySettingsSchema = v.object({
  schemaVersion: v.literal(1),
  enabled: v.fallback(v.boolean(), false),
  /**
   * Set when the person turned history on while their organisation's default had it off: their
   * choice then stands over that default (as with the other defaults, `overriddenDefaults`).
   */
  overrodeOrganisationDefault: v.fallback(v.boolean(), false),
  /** The panel's one offer: scored posts sent with history off so far (counted up to the offer), and whether it was answered. */
  offer: v.fallback(v.object({ scoredPosts: Count, answered: v.boolean() }), { scoredPosts: 0, answered: false }),
});
export type HistorySettings = v.InferOutput<typeof HistorySettingsSchema>;

export function defaultHistorySettings(): HistorySettings {
  return { schemaVersion: 1, enabled: false, overrodeOrganisationDefault: false, offer: { scoredPosts: 0, answered: false } };
}

export async function loadHistorySettings(local: StorageAreaLike): Promise<HistorySettings> {
  const parsed = v.safeParse(HistorySettingsSchema, (await local.get(HISTORY_SETTINGS_KEY))[HISTORY_SETTINGS_KEY]);
  return parsed.success ? parsed.output : defaultHistorySettings();
}

export interface EffectiveHistory {
  /** Whether sent posts are recorded now. */
  enabled: boolean;
  /** The organisation switched history off and locked it. */
  locked: boolean;
  /** Off because of the organisation's default, which the person may change. */
  fromOrganisationDefault: boolean;
  /** Whether the panel offers history now. */
  offerDue: boolean;
}

/** The person's choice, under the organisation's policy, which can only ever switch history off. */
export function resolveHistory(stored: HistorySettings, managed: ManagedPolicy | null): EffectiveHistory {
  if (managed?.locked.history === false) return { enabled: false, locked: true, fromOrganisationDefault: false, offerDue: false };
  if (managed?.defaults.history === false && !stored.overrodeOrganisationDefault) {
    return { enabled: false, locked: false, fromOrganisationDefault: true, offerDue: false };
  }
  const offerDue = !stored.enabled && !stored.offer.answered && stored.offer.scoredPosts === HISTORY_OFFER_AFTER;
  return { enabled: stored.enabled, locked: false, fromOrganisationDefault: false, offerDue };
}

/** A change to history's settings (clearing the entries is clearHistory's). */
export type HistorySettingsChange = Extract<SettingsChange, { kind: 'history' | 'history-offer' }>;

/** The settings after `change`; throws SettingsChangeRefused with the reason when the policy or the state does not allow it. */
export function changeHistorySettings(stored: HistorySettings, change: HistorySettingsChange, managed: ManagedPolicy | null): HistorySettings {
  const effective = resolveHistory(stored, managed);
  const turningOn = change.kind === 'history' ? change.enabled : change.accept;
  if (turningOn && effective.locked) throw new SettingsChangeRefused('your organisation has switched private history off');
  if (change.kind === 'history-offer') {
    if (!effective.offerDue) throw new SettingsChangeRefused('private history is not on offer now; turn it on in Rapport’s options');
    return { ...stored, enabled: change.accept, offer: { ...stored.offer, answered: true } };
  }
  return {
    ...stored,
    enabled: change.enabled,
    // Chosen while the organisation's default applied: the choice stands over that default.
    overrodeOrganisationDefault: managed?.defaults.history === false ? change.enabled : false,
    // Turning it on or off by hand answers the offer too.
    offer: { ...stored.offer, answered: true },
  };
}

/** Counts a scored post sent with history off, up to the offer and one past it (the offer lasts one draft). */
export function countScoredPostForOffer(stored: HistorySettings): HistorySettings | null {
  if (stored.enabled || stored.offer.answered || stored.offer.scoredPosts > HISTORY_OFFER_AFTER) return null;
  return { ...stored, offer: { ...stored.offer, scoredPosts: stored.offer.scoredPosts + 1 } };
}

const MonthKeySchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/));
const HistoryIndexSchema = v.object({ schemaVersion: v.literal(1), months: v.record(MonthKeySchema, Count) });
type HistoryIndex = v.InferOutput<typeof HistoryIndexSchema>;

/** "2026-11": the UTC month an entry is stored under. */
export function historyMonth(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

async function readHistoryIndex(local: StorageAreaLike): Promise<HistoryIndex> {
  const parsed = v.safeParse(HistoryIndexSchema, (await local.get(HISTORY_INDEX_KEY))[HISTORY_INDEX_KEY]);
  return parsed.success ? parsed.output : { schemaVersion: 1, months: {} };
}

const monthKey = (month: string): string => `${HISTORY_MONTH_KEY_PREFIX}${month}`;

/** A month's entries, oldest first; entries that do not read as entries are left out and counted. */
function readMonth(stored: unknown): { entries: HistoryEntry[]; unreadable: number } {
  if (!Array.isArray(stored)) return { entries: [], unreadable: stored === undefined ? 0 : 1 };
  const entries: HistoryEntry[] = [];
  for (const item of stored) {
    const parsed = v.safeParse(HistoryEntrySchema, item);
    if (parsed.success) entries.push(parsed.output);
  }
  return { entries: entries.sort((a, b) => a.at - b.at), unreadable: stored.length - entries.length };
}

export interface StoredHistory {
  /** Oldest first. */
  entries: HistoryEntry[];
  /** Stored entries that could not be read (damaged storage), left out of `entries`. */
  unreadable: number;
}

export async function loadHistory(local: StorageAreaLike): Promise<StoredHistory> {
  const months = Object.keys((await readHistoryIndex(local)).months).sort();
  if (months.length === 0) return { entries: [], unreadable: 0 };
  const stored = await local.get(months.map(monthKey));
  const read = months.map((month) => readMonth(stored[monthKey(month)]));
  return { entries: read.flatMap((month) => month.entries), unreadable: read.reduce((sum, month) => sum + month.unreadable, 0) };
}

/**
 * Adds entries and keeps the bounds: nothing older than a year, at most 5,000 entries, the oldest
 * dropped first. Writes only the months that changed. Call it only from the worker's one history
 * writer, which runs one change at a time.
 */
export async function appendHistoryEntries(local: StorageAreaLike, added: readonly HistoryEntry[], now = Date.now()): Promise<void> {
  const index = await readHistoryIndex(local);
  const months = new Map<string, HistoryEntry[]>();
  /** Months whose entries changed, to write; months left empty, to remove. */
  const changed = new Set<string>();
  const emptied: string[] = [];
  const load = async (month: string): Promise<HistoryEntry[]> => {
    let entries = months.get(month);
    if (!entries) {
      entries = index.months[month] ? readMonth((await local.get(monthKey(month)))[monthKey(month)]).entries : [];
      months.set(month, entries);
    }
    return entries;
  };
  for (const entry of added) {
    const month = historyMonth(entry.at);
    (await load(month)).push(entry);
    changed.add(month);
  }
  for (const month of changed) index.months[month] = months.get(month)!.sort((a, b) => a.at - b.at).length;

  const oldestKept = now - HISTORY_MAX_AGE_MS;
  let total = Object.values(index.months).reduce((sum, count) => sum + count, 0);
  for (const month of Object.keys(index.months).sort()) {
    const [year, monthNumber] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
    if (Date.UTC(year, monthNumber - 1, 1) >= oldestKept && total <= HISTORY_MAX_ENTRIES) break;
    // A month wholly older than a year goes without being read.
    const entries = Date.UTC(year, monthNumber, 1) <= oldestKept ? [] : await load(month);
    const young = entries.filter((entry) => entry.at >= oldestKept);
    const excess = total - (index.months[month]! - young.length) - HISTORY_MAX_ENTRIES;
    const kept = young.slice(Math.max(0, Math.min(young.length, excess)));
    total -= index.months[month]! - kept.length;
    if (kept.length === index.months[month]) continue;
    if (kept.length === 0) {
      emptied.push(month);
      changed.delete(month);
      delete index.months[month];
    } else {
      months.set(month, kept);
      changed.add(month);
      index.months[month] = kept.length;
    }
  }
  const writes: Record<string, unknown> = { [HISTORY_INDEX_KEY]: index };
  for (const month of changed) writes[monthKey(month)] = months.get(month);
  await local.set(writes);
  if (emptied.length > 0) await local.remove(emptied.map(monthKey));
}

/** Deletes every entry (the settings stay). */
export async function clearHistory(local: StorageAreaLike): Promise<void> {
  const months = Object.keys((await readHistoryIndex(local)).months);
  await local.remove([HISTORY_INDEX_KEY, ...months.map(monthKey)]);
}

// ---------- the worker's note of each draft's last scores (storage.session) ----------
// A sent post is recorded from what the worker itself scored for that draft, never from what a
// page or content script claims. storage.session lives in memory only, outlives the worker's own
// restarts, and is closed to content scripts.

export const DRAFTS_KEY_PREFIX = 'drafts:';
/** Drafts remembered per tab: a thread has up to 25 posts; a page making more composers cannot grow this. */
export const MAX_DRAFTS_PER_TAB = 30;
export const LAST_DRAFT_KEY = 'lastDraft';
export const LAST_SENT_KEY = 'lastSent';

/** What the worker last scored for one draft: a history entry in waiting (`at` is when it was scored), or null when it was not scored (declined, not English). */
export const DraftNoteSchema = v.object({ entry: v.nullable(HistoryEntrySchema) });
export type DraftNote = v.InferOutput<typeof DraftNoteSchema>;

/** The last sent draft the worker saw, and whether it went into history (the popup shows it; tests wait for it). */
export const SentNoteSchema = v.object({ entry: HistoryEntrySchema, recorded: v.boolean() });
export type SentNote = v.InferOutput<typeof SentNoteSchema>;

export const draftsKey = (tabId: number): string => `${DRAFTS_KEY_PREFIX}${tabId}`;

export async function readDraftNotes(session: StorageAreaLike, tabId: number): Promise<Record<string, DraftNote>> {
  const parsed = v.safeParse(v.record(v.string(), DraftNoteSchema), (await session.get(draftsKey(tabId)))[draftsKey(tabId)]);
  return parsed.success ? parsed.output : {};
}

/** The most recently scored draft in the tab, if it was scored. */
export async function currentDraft(session: StorageAreaLike, tabId: number): Promise<HistoryEntry | null> {
  const notes = Object.values(await readDraftNotes(session, tabId)).flatMap((note) => (note.entry ? [note.entry] : []));
  return notes.sort((a, b) => b.at - a.at)[0] ?? null;
}

export async function readLastDraft(session: StorageAreaLike): Promise<HistoryEntry | null> {
  const parsed = v.safeParse(HistoryEntrySchema, (await session.get(LAST_DRAFT_KEY))[LAST_DRAFT_KEY]);
  return parsed.success ? parsed.output : null;
}

export async function readLastSent(session: StorageAreaLike): Promise<SentNote | null> {
  const parsed = v.safeParse(SentNoteSchema, (await session.get(LAST_SENT_KEY))[LAST_SENT_KEY]);
  return parsed.success ? parsed.output : null;
}
