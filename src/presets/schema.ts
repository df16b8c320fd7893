// The preset *file* format: what a manager writes, what the options page imports, what policy pushes.
// Every field except `version` is optional; missing fields come from the preset named in `extends`
// (Neutral when absent), so a file resolves to the fully filled `Preset` the engine consumes.
// Custom rules are data only — phrases, substitutions and counts. Nothing in a file becomes a RegExp.

import * as v from 'valibot';
import type { Axis, AxisPhrases, BannedPhrase, Limits, Preset, PresetLimits, RuleSetting } from '../engine';
import { entitiesIn } from '../engine/document';
import { NEUTRAL_PRESET } from '../engine/presets/neutral';
import { ruleIds } from '../engine/rules';
import { composerKinds, networkIds } from '../networks';
import { builtinPresets, findBuiltinPreset } from './builtins';
import { migrateToCurrent, PRESET_FILE_FORMAT, type JsonObject } from './migrations';

export const PRESET_SCHEMA_VERSION = PRESET_FILE_FORMAT.current;

/** 1 MiB. The largest legal preset (every list full) is about a third of this. */
export const MAX_PRESET_FILE_BYTES = 1024 * 1024;
export const MAX_PHRASE_LENGTH = 100;
export const MAX_PHRASE_LIST_LENGTH = 500;
export const MAX_ACCEPTED_SIGN_OFFS = 50;
export const MAX_SIGN_OFF_LENGTH = 40;
export const MAX_NAME_LENGTH = 60;
export const MAX_DESCRIPTION_LENGTH = 500;
export const MAX_REASON_LENGTH = 200;
export const MAX_RULE_WEIGHT = 5;
/** Deepest nesting the syntax locator follows; real presets nest four levels. */
const MAX_JSON_DEPTH = 64;

const DEFAULT_RULE_SETTING: RuleSetting = { enabled: true, weight: 1 };

export interface PresetIssue {
  /** Field path such as `thresholds.voice.ok` or `bannedPhrases[2].phrase`; `(file)` for the whole file. */
  path: string;
  message: string;
}

export type PresetParseResult =
  | { ok: true; preset: Preset; warnings: string[] }
  | { ok: false; issues: PresetIssue[] };

export const FILE_PATH = '(file)';

// ---------- field schemas ----------

function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return `the text ${JSON.stringify(shown)}`;
  }
  return `${typeof input} ${String(input)}`;
}

const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `expected ${what}, got ${describeValue(issue.input)}`;

/** valibot reports a missing required field through its object's message, with no input. */
const objectMessage =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    issue.type === 'object' && issue.input === undefined
      ? 'required, but missing'
      : `expected ${what}, got ${describeValue(issue.input)}`;

/**
 * valibot's object and record schemas accept arrays (they are objects to `typeof`), so a JSON
 * list where an object belongs must be refused before the object schema sees it.
 */
function jsonObject<TEntries extends v.ObjectEntries>(entries: TEntries, what: string) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isJsonObject, objectMessage(what)),
    v.object(entries, objectMessage(what)),
  );
}

function jsonRecord<TValue extends v.GenericSchema>(value: TValue, what: string) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isJsonObject, objectMessage(what)),
    v.record(v.string(), value, objectMessage(what)),
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CONTROL_CHARACTER = /\p{Cc}/u;
/** Control characters other than the line breaks and tabs a multi-line description may hold. */
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/**
 * Explicit direction embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) make text
 * display in another order than it is stored ("Trojan Source"), so a name could show staff one
 * thing and mean another. The implicit marks (U+200E, U+200F) that right-to-left text needs stay allowed.
 */
const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;

function codePointOf(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)?.[0] ?? '';
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Refuses text that would display differently from what it holds; `lines` allows line breaks and tabs. */
function plainText(lines = false) {
  const control = lines ? CONTROL_EXCEPT_LINES : CONTROL_CHARACTER;
  return [
    v.check(
      (text: string) => !control.test(text),
      (issue) =>
        lines
          ? `must not contain control characters (found ${codePointOf(String(issue.input), control)})`
          : 'must be one line of text (no tabs, line breaks or control characters)',
    ),
    v.check(
      (text: string) => !DIRECTION_CONTROL.test(text),
      (issue) => `must not contain direction-override characters (found ${codePointOf(String(issue.input), DIRECTION_CONTROL)}): they make text display in another order than it is written`,
    ),
  ] as const;
}

/**
 * What a phrase could contain that matching cannot honour: a hashtag, mention, cashtag or link.
 * Phrases are matched in a post's own words, never inside those (limits cap how many a post has).
 */
function entityInPhrase(phrase: string): string | null {
  const entity = entitiesIn(phrase)[0];
  return entity ? phrase.slice(entity.start, entity.end) : null;
}

/**
 * A phrase matched on word boundaries: short, one line, with something to match; its punctuation
 * counts. `matched` is false for text Rapport only writes or compares whole (preferred wording, sign-offs).
 */
function phraseSchema(maxLength: number, what = 'a phrase', matched = true) {
  return v.pipe(
    v.string(expected(what)),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(maxLength, (issue) => `must be at most ${maxLength} characters (this one has ${issue.input.length})`),
    ...plainText(),
    v.regex(LETTER_OR_DIGIT, 'must contain at least one letter or digit'),
    v.check(
      (text) => !matched || entityInPhrase(text) === null,
      (issue) =>
        `must not contain a hashtag, mention or link ("${entityInPhrase(String(issue.input))}"): Rapport matches phrases in a post's own words, not inside those (use "limits" to cap how many a post has)`,
    ),
  );
}

function boundedList<TItem extends v.GenericSchema>(item: TItem, maxItems: number) {
  return v.pipe(
    v.array(item, expected('a list')),
    v.maxLength(maxItems, (issue) => `may hold at most ${maxItems} entries (this one has ${issue.input.length})`),
  );
}

function wholeNumber(min: number, max: number) {
  return v.pipe(
    v.number(expected('a number')),
    v.integer(expected('a whole number')),
    v.minValue(min, (issue) => `must be at least ${min}, got ${issue.input}`),
    v.maxValue(max, (issue) => `must be at most ${max}, got ${issue.input}`),
  );
}

const IdSchema = v.pipe(
  v.string(expected('an id')),
  v.regex(
    /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/,
    'must be 1–64 lowercase letters, digits or dashes, starting and ending with a letter or digit (e.g. "acme-care")',
  ),
);

const ThresholdsFileSchema = jsonObject(
  { ok: v.optional(wholeNumber(0, 100)), warn: v.optional(wholeNumber(0, 100)) },
  'an object with "ok" and "warn"',
);

const RuleSettingFileSchema = jsonObject(
  {
    enabled: v.optional(v.boolean(expected('true or false'))),
    weight: v.optional(
      v.pipe(
        v.number(expected('a number')),
        v.minValue(0, (issue) => `must be at least 0, got ${issue.input}`),
        v.maxValue(MAX_RULE_WEIGHT, (issue) => `must be at most ${MAX_RULE_WEIGHT}, got ${issue.input}`),
      ),
    ),
  },
  'an object such as {"enabled": false} or {"weight": 2}',
);

const BannedPhraseFileSchema = jsonObject(
  {
    phrase: phraseSchema(MAX_PHRASE_LENGTH),
    preferred: v.optional(phraseSchema(MAX_PHRASE_LENGTH, 'the preferred wording', false)),
    reason: v.optional(
      v.pipe(
        v.string(expected('a sentence')),
        v.trim(),
        v.maxLength(MAX_REASON_LENGTH, `must be at most ${MAX_REASON_LENGTH} characters`),
        ...plainText(),
      ),
    ),
  },
  'an object such as {"phrase": "utilize", "preferred": "use"}',
);

const SignOffFileSchema = jsonObject(
  {
    required: v.optional(v.boolean(expected('true or false'))),
    styles: v.optional(
      boundedList(v.picklist(['initials', 'dash-name'], expected('"initials" or "dash-name"')), 2),
    ),
    accepted: v.optional(boundedList(phraseSchema(MAX_SIGN_OFF_LENGTH, 'a sign-off', false), MAX_ACCEPTED_SIGN_OFFS)),
  },
  'an object',
);

const LimitsFileSchema = jsonObject(
  {
    hashtags: v.optional(wholeNumber(0, 100)),
    links: v.optional(wholeNumber(0, 100)),
    mentions: v.optional(wholeNumber(0, 100)),
    length: v.optional(wholeNumber(1, 100_000)),
  },
  'an object such as {"hashtags": 2, "length": 280}',
);

const quotedList = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

const LIMIT_NAMES = ['hashtags', 'links', 'mentions', 'length'] as const;

/**
 * `limits.<network>.<composer kind>`, for every network and kind in the registry. A network or
 * kind this Rapport does not know (from a newer release) is ignored with a warning; a limit written
 * straight under a network, as version 1 had it, is an error that says where it goes now.
 */
const PresetLimitsFileSchema = jsonObject(
  Object.fromEntries(
    networkIds.map((network) => {
      const kinds = composerKinds(network);
      const misplaced = (name: string) =>
        v.optional(v.never(() => `limits are set per kind of composer since version 2: put "${name}" inside ${quotedList(kinds.map((kind) => `${network}.${kind}`))}`));
      return [
        network,
        v.optional(
          jsonObject(
            {
              ...Object.fromEntries(LIMIT_NAMES.filter((name) => !kinds.includes(name)).map((name) => [name, misplaced(name)])),
              ...Object.fromEntries(kinds.map((kind) => [kind, v.optional(LimitsFileSchema)])),
            },
            `an object keyed by composer kind (${quotedList(kinds)})`,
          ),
        ),
      ];
    }),
  ),
  `an object keyed by network (${quotedList(networkIds)})`,
);

const AxisPhrasesFileSchema = jsonObject(
  {
    raise: v.optional(boundedList(phraseSchema(MAX_PHRASE_LENGTH), MAX_PHRASE_LIST_LENGTH)),
    lower: v.optional(boundedList(phraseSchema(MAX_PHRASE_LENGTH), MAX_PHRASE_LIST_LENGTH)),
  },
  'an object with "raise" and/or "lower" lists',
);

/** Version 2 of the preset file. Unknown fields are ignored with a warning (see `unknownFieldWarnings`). */
export const PresetFileSchema = jsonObject(
  {
    version: v.literal(PRESET_SCHEMA_VERSION, expected(`${PRESET_SCHEMA_VERSION}`)),
    /** A built-in preset id or name to start from; Neutral when absent. */
    extends: v.optional(v.string(expected('a built-in preset id'))),
    id: v.optional(IdSchema),
    name: v.optional(
      v.pipe(
        v.string(expected('a name')),
        v.trim(),
        v.nonEmpty('must not be empty'),
        v.maxLength(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`),
        ...plainText(),
      ),
    ),
    description: v.optional(
      v.pipe(
        v.string(expected('a description')),
        v.trim(),
        v.maxLength(MAX_DESCRIPTION_LENGTH, `must be at most ${MAX_DESCRIPTION_LENGTH} characters`),
        ...plainText(true),
      ),
    ),
    thresholds: v.optional(
      jsonObject(
        { reciprocity: v.optional(ThresholdsFileSchema), voice: v.optional(ThresholdsFileSchema) },
        'an object with "reciprocity" and/or "voice"',
      ),
    ),
    rules: v.optional(jsonRecord(RuleSettingFileSchema, 'an object keyed by rule id')),
    bannedPhrases: v.optional(boundedList(BannedPhraseFileSchema, MAX_PHRASE_LIST_LENGTH)),
    signOff: v.optional(SignOffFileSchema),
    limits: v.optional(PresetLimitsFileSchema),
    emoji: v.optional(v.picklist(['welcome', 'neutral', 'discouraged'], expected('"welcome", "neutral" or "discouraged"'))),
    phrases: v.optional(
      jsonObject(
        { reciprocity: v.optional(AxisPhrasesFileSchema), voice: v.optional(AxisPhrasesFileSchema) },
        'an object with "reciprocity" and/or "voice"',
      ),
    ),
  },
  'an object',
);

export type PresetFile = v.InferOutput<typeof PresetFileSchema>;

// ---------- type-level proof that a file is a partial Preset ----------

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/**
 * Every file field except the format's own (`version`, `extends`) is exactly a Preset field, made
 * optional; `limits`, whose keys come from the registry at run time, is checked for what it holds.
 */
export type PresetFileMatchesPreset = Assert<
  Equal<
    { [K in keyof Omit<PresetFile, 'version' | 'extends' | 'limits'>]-?: NonNullable<PresetFile[K]> },
    {
      [K in keyof Omit<Preset, 'limits'>]-?: NonNullable<
        K extends 'rules' ? Record<string, Partial<RuleSetting>> : K extends 'bannedPhrases' ? BannedPhrase[] : DeepPartial<Preset[K]>
      >;
    }
  >
>;
type Extends<A, B> = [A] extends [B] ? true : false;
export type PresetFileLimitsMatchPreset = Assert<
  Extends<NonNullable<PresetFile['limits']>, { [network: string]: { [kind: string]: Partial<Limits> | undefined } | undefined }>
>;

// ---------- text-level checks ----------

function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** Control characters other than tab/CR/LF, and U+FFFD from a failed UTF-8 decode, mean this is not a text file. */
const BINARY_MARKER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;

/**
 * Where JSON.parse failed. Engines word (and sometimes omit) the position differently, so this
 * small scanner finds the first offending character itself. Runs only after JSON.parse threw.
 */
export function locateJsonSyntaxError(text: string): { offset: number; problem: string } {
  let index = 0;
  const fail = (problem: string): never => {
    throw { offset: index, problem };
  };
  const skipWhitespace = () => {
    while (index < text.length && ' \t\n\r'.includes(text.charAt(index))) index += 1;
  };
  const expectCharacter = (character: string, problem: string) => {
    if (text.charAt(index) !== character) fail(index >= text.length ? 'the file ends too early' : problem);
    index += 1;
  };
  const readString = () => {
    index += 1;
    for (;;) {
      if (index >= text.length) fail('a "quoted" text is never closed');
      const code = text.charCodeAt(index);
      if (code === 0x22) {
        index += 1;
        return;
      }
      if (code < 0x20) fail('a line break or control character inside "quoted" text (write \\n instead)');
      if (code === 0x5c) {
        const escape = text.charAt(index + 1);
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) fail('\\u must be followed by four hex digits');
          index += 6;
        } else if ('"\\/bfnrt'.includes(escape) && escape !== '') index += 2;
        else fail(`unknown escape \\${escape}`);
      } else index += 1;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const readValue = (depth: number): void => {
    if (depth > MAX_JSON_DEPTH) fail('nested too deeply');
    skipWhitespace();
    const character = text.charAt(index);
    if (character === '') fail('the file ends where a value was expected');
    if (character === '{') {
      index += 1;
      skipWhitespace();
      if (text.charAt(index) === '}') {
        index += 1;
        return;
      }
      for (;;) {
        skipWhitespace();
        if (text.charAt(index) !== '"') fail('expected a "quoted" field name (no trailing commas or comments in JSON)');
        readString();
        skipWhitespace();
        expectCharacter(':', "expected ':' after the field name");
        readValue(depth + 1);
        skipWhitespace();
        if (text.charAt(index) === ',') {
          index += 1;
          continue;
        }
        expectCharacter('}', "expected ',' or '}' after a field's value");
        return;
      }
    }
    if (character === '[') {
      index += 1;
      skipWhitespace();
      if (text.charAt(index) === ']') {
        index += 1;
        return;
      }
      for (;;) {
        readValue(depth + 1);
        skipWhitespace();
        if (text.charAt(index) === ',') {
          index += 1;
          continue;
        }
        expectCharacter(']', "expected ',' or ']' after a list entry");
        return;
      }
    }
    if (character === '"') return readString();
    NUMBER.lastIndex = index;
    if (NUMBER.test(text)) {
      index = NUMBER.lastIndex;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, index)) {
        index += literal.length;
        return;
      }
    }
    fail(`unexpected ${JSON.stringify(character)} where a value was expected`);
  };
  try {
    readValue(0);
    skipWhitespace();
    if (index < text.length) fail('unexpected text after the end of the JSON value');
  } catch (thrown) {
    if (typeof thrown === 'object' && thrown !== null && 'offset' in thrown && 'problem' in thrown) {
      return thrown as { offset: number; problem: string };
    }
    throw thrown;
  }
  return { offset: text.length, problem: 'invalid JSON' };
}

// ---------- parsing ----------

/** Parses and resolves the text of a preset file. Never throws; every problem comes back with a field path. */
export function parsePresetFile(text: string): PresetParseResult {
  const fileIssue = (message: string): PresetParseResult => ({ ok: false, issues: [{ path: FILE_PATH, message }] });
  // String length is a lower bound on UTF-8 size, so a 10 MB file is refused before any work on it.
  if (text.length > MAX_PRESET_FILE_BYTES || utf8ByteLength(text) > MAX_PRESET_FILE_BYTES) {
    // Measuring a huge string exactly is wasted work; its length alone already says "too large".
    const size = text.length > 16 * MAX_PRESET_FILE_BYTES ? `more than ${formatSize(16 * MAX_PRESET_FILE_BYTES)}` : formatSize(utf8ByteLength(text));
    return fileIssue(`the file is ${size}; preset files are limited to ${formatSize(MAX_PRESET_FILE_BYTES)}`);
  }
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const binary = BINARY_MARKER.exec(withoutBom);
  if (binary) {
    return fileIssue(
      `this is not a preset file: it is not plain UTF-8 text (character U+${binary[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${lineAndColumn(withoutBom, binary.index)})`,
    );
  }
  if (withoutBom.trim() === '') return fileIssue(`the file is empty; a preset file is a JSON object such as {"version": ${PRESET_SCHEMA_VERSION}}`);
  let raw: unknown;
  try {
    raw = JSON.parse(withoutBom);
  } catch {
    const { offset, problem } = locateJsonSyntaxError(withoutBom);
    return fileIssue(`not valid JSON at ${lineAndColumn(withoutBom, offset)}: ${problem}`);
  }
  return parsePresetObject(raw);
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path === '' ? String(key) : `.${String(key)}`;
  }
  return path === '' ? FILE_PATH : path;
}

/** Parses an already-decoded preset (from storage or policy). Runs migrations first. */
export function parsePresetObject(raw: unknown): PresetParseResult {
  if (!isJsonObject(raw)) {
    return {
      ok: false,
      issues: [{ path: FILE_PATH, message: `expected a JSON object such as {"version": ${PRESET_SCHEMA_VERSION}, "name": "…"}, got ${describeValue(raw)}` }],
    };
  }
  const migrated = migrateToCurrent(raw, PRESET_FILE_FORMAT);
  if (!migrated.ok) return { ok: false, issues: [{ path: migrated.path, message: migrated.message }] };

  const parsed = v.safeParse(PresetFileSchema, migrated.document);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })) };
  }
  const file = parsed.output;
  const issues: PresetIssue[] = [];

  const base = file.extends === undefined ? NEUTRAL_PRESET : findBuiltinPreset(file.extends);
  if (!base) {
    issues.push({
      path: 'extends',
      message: `no built-in preset "${file.extends}"; use one of ${builtinPresets.map((preset) => `"${preset.id}"`).join(', ')}`,
    });
  }
  // Read rule ids from the raw document: the schema's record drops keys such as "__proto__".
  const rawRules = migrated.document.rules;
  if (isJsonObject(rawRules)) {
    for (const ruleId of Object.keys(rawRules)) {
      if (!ruleIds.includes(ruleId)) {
        issues.push({ path: `rules.${ruleId}`, message: `unknown rule "${ruleId}"; known rules: ${ruleIds.join(', ')}` });
      }
    }
  }
  if (!base || issues.length > 0) return { ok: false, issues };

  const preset = resolvePresetFile(file, base);
  issues.push(...consistencyIssues(preset));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, preset, warnings: unknownFieldWarnings(migrated.document, PRESET_FILE_SHAPE, '') };
}

// ---------- resolving a file against its base ----------

/** Appends `extra` to `base`, dropping case-insensitive duplicates; an entry in `extra` replaces the base's. */
function mergeByKey<T>(base: readonly T[], extra: readonly T[] | undefined, keyOf: (item: T) => string): T[] {
  if (!extra) return [...base];
  const merged = new Map<string, T>();
  for (const item of [...base, ...extra]) {
    const key = keyOf(item).toLocaleLowerCase('en');
    merged.delete(key);
    merged.set(key, item);
  }
  return [...merged.values()];
}

const samePhrase = (phrase: string) => phrase;

function mergeAxisPhrases(base: AxisPhrases, extra: Partial<AxisPhrases> | undefined): AxisPhrases {
  return {
    raise: mergeByKey(base.raise, extra?.raise, samePhrase),
    lower: mergeByKey(base.lower, extra?.lower, samePhrase),
  };
}

function withoutUndefined<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

function slugify(name: string): string | undefined {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? undefined : slug;
}

/** Per network and composer kind, field by field; kinds with no change of their own are left out. */
function mergeLimits(base: PresetLimits, file: PresetFile['limits']): PresetLimits {
  const merged: PresetLimits = {};
  for (const network of networkIds) {
    for (const kind of composerKinds(network)) {
      const limits = { ...base[network]?.[kind], ...withoutUndefined(file?.[network]?.[kind]) };
      if (Object.keys(limits).length === 0) continue;
      merged[network] ??= {};
      merged[network][kind] = limits;
    }
  }
  return merged;
}

/** Lists grow the base's (so "extends" keeps the base's terminology); scalars and objects override field by field. */
export function resolvePresetFile(file: PresetFile, base: Preset): Preset {
  const rules: Record<string, RuleSetting> = { ...base.rules };
  for (const [ruleId, setting] of Object.entries(file.rules ?? {})) {
    rules[ruleId] = { ...DEFAULT_RULE_SETTING, ...base.rules[ruleId], ...withoutUndefined(setting) };
  }
  const bannedPhrases: BannedPhrase[] = mergeByKey(
    base.bannedPhrases,
    file.bannedPhrases?.map((entry) => ({ ...withoutUndefined(entry), phrase: entry.phrase })),
    (entry) => entry.phrase,
  );
  const threshold = (axis: Axis) => ({ ...base.thresholds[axis], ...withoutUndefined(file.thresholds?.[axis]) });
  return {
    id: file.id ?? (file.name !== undefined ? slugify(file.name) : undefined) ?? base.id,
    name: file.name ?? file.id ?? base.name,
    description: file.description ?? (file.id === undefined && file.name === undefined ? base.description : ''),
    thresholds: { reciprocity: threshold('reciprocity'), voice: threshold('voice') },
    rules,
    bannedPhrases,
    signOff: { ...base.signOff, ...withoutUndefined(file.signOff) },
    limits: mergeLimits(base.limits, file.limits),
    emoji: file.emoji ?? base.emoji,
    phrases: {
      reciprocity: mergeAxisPhrases(base.phrases.reciprocity, file.phrases?.reciprocity),
      voice: mergeAxisPhrases(base.phrases.voice, file.phrases?.voice),
    },
  };
}

/** Checks that need the resolved preset: a file may set one threshold and clash with the base's other. */
function consistencyIssues(preset: Preset): PresetIssue[] {
  const issues: PresetIssue[] = [];
  for (const axis of ['reciprocity', 'voice'] as const) {
    const { ok, warn } = preset.thresholds[axis];
    if (warn > ok) issues.push({ path: `thresholds.${axis}.warn`, message: `must not be above ok (warn is ${warn}, ok is ${ok})` });
  }
  const { required, styles, accepted } = preset.signOff;
  if (required && styles.length === 0 && accepted.length === 0) {
    issues.push({
      path: 'signOff.styles',
      message: 'a sign-off is required but no style ("initials", "dash-name") or accepted sign-off is given',
    });
  }
  const lists: Array<[string, readonly unknown[]]> = [
    ['bannedPhrases', preset.bannedPhrases],
    ['phrases.reciprocity.raise', preset.phrases.reciprocity.raise],
    ['phrases.reciprocity.lower', preset.phrases.reciprocity.lower],
    ['phrases.voice.raise', preset.phrases.voice.raise],
    ['phrases.voice.lower', preset.phrases.voice.lower],
  ];
  for (const [path, list] of lists) {
    if (list.length > MAX_PHRASE_LIST_LENGTH) {
      issues.push({ path, message: `with the base preset's entries this list holds ${list.length}; the limit is ${MAX_PHRASE_LIST_LENGTH}` });
    }
  }
  return issues;
}

// ---------- warnings for fields the schema does not know ----------

interface SchemaShape {
  type: string;
  entries?: Record<string, SchemaShape>;
  wrapped?: SchemaShape;
  item?: SchemaShape;
  value?: SchemaShape;
  pipe?: SchemaShape[];
}

// valibot schemas are plain objects carrying these fields; read them structurally.
const PRESET_FILE_SHAPE = PresetFileSchema as unknown as SchemaShape;

/** Walks the input alongside the schema and names fields the schema would silently drop (often typos). */
function unknownFieldWarnings(input: unknown, schema: SchemaShape, path: string): string[] {
  if (schema.type === 'optional' && schema.wrapped) return unknownFieldWarnings(input, schema.wrapped, path);
  const piped = schema.type === 'custom' ? schema.pipe?.findLast((item) => item.type === 'object' || item.type === 'record') : undefined;
  if (piped) return unknownFieldWarnings(input, piped, path);
  const join = (key: string) => (path === '' ? key : `${path}.${key}`);
  if (schema.type === 'object' && schema.entries && isJsonObject(input)) {
    const entries = schema.entries;
    return Object.keys(input).flatMap((key) =>
      Object.hasOwn(entries, key)
        ? unknownFieldWarnings(input[key], entries[key] as SchemaShape, join(key))
        : [`${join(key)}: unknown field, ignored`],
    );
  }
  if (schema.type === 'array' && schema.item && Array.isArray(input)) {
    const item = schema.item;
    return input.flatMap((entry, index) => unknownFieldWarnings(entry, item, `${path}[${index}]`));
  }
  if (schema.type === 'record' && schema.value && isJsonObject(input)) {
    const value = schema.value;
    return Object.keys(input).flatMap((key) => unknownFieldWarnings(input[key], value, join(key)));
  }
  return [];
}

// ---------- writing ----------

/** The file form of a resolved preset: every field spelled out, so it reads back identically. */
export function presetToFile(preset: Preset): PresetFile {
  return { version: PRESET_SCHEMA_VERSION, ...structuredClone(preset) };
}

export function serializePreset(preset: Preset): string {
  return `${JSON.stringify(presetToFile(preset), null, 2)}\n`;
}
