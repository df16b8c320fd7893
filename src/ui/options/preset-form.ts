// The preset editor's form state, and the way back to a preset *file*: the form never validates
// on its own; it builds the same file object an import would read and runs it through
// parsePresetObject, then hangs each issue on the field its path names.

import type { Axis, Limits, Preset } from '../../engine';
import { composerKinds, defaultLimits, networkIds, type NetworkId } from '../../networks';
import { limitsFor } from '../../presets/limits';
import { parsePresetObject, PRESET_SCHEMA_VERSION, type PresetIssue } from '../../presets/schema';

export const AXES: readonly Axis[] = ['reciprocity', 'voice'];
export const LIMIT_KEYS: ReadonlyArray<keyof Limits> = ['hashtags', 'links', 'mentions', 'length'];

/** Every composer whose limits the form edits: each kind of each network in the registry. */
export const LIMIT_COMPOSERS: ReadonlyArray<{ network: NetworkId; kind: string }> = networkIds.flatMap((network) =>
  composerKinds(network).map((kind) => ({ network, kind })),
);
export const SIGN_OFF_STYLES = ['initials', 'dash-name'] as const;
export const PHRASE_LISTS = ['raise', 'lower'] as const;

export interface BannedPhraseRow {
  /** Stable key for the row while it is edited (rows can be removed from the middle). */
  key: number;
  phrase: string;
  preferred: string;
  reason: string;
}

/** Text fields hold what was typed, so a half-typed number still shows and gets its own message. */
export interface PresetForm {
  id: string;
  name: string;
  description: string;
  thresholds: Record<Axis, { ok: string; warn: string }>;
  emoji: string;
  signOff: { required: boolean; styles: Record<(typeof SIGN_OFF_STYLES)[number], boolean>; accepted: string };
  /** By network, then composer kind. */
  limits: Record<string, Record<string, Record<keyof Limits, string>>>;
  bannedPhrases: BannedPhraseRow[];
  /** One phrase per line. */
  phrases: Record<Axis, Record<(typeof PHRASE_LISTS)[number], string>>;
  rules: Record<string, { enabled: boolean; weight: string }>;
}

let nextRowKey = 1;
export function newBannedPhraseRow(): BannedPhraseRow {
  nextRowKey += 1;
  return { key: nextRowKey, phrase: '', preferred: '', reason: '' };
}

export function formFromPreset(preset: Preset, ruleIds: readonly string[]): PresetForm {
  const rules: PresetForm['rules'] = {};
  for (const ruleId of new Set([...ruleIds, ...Object.keys(preset.rules)])) {
    const setting = preset.rules[ruleId];
    rules[ruleId] = { enabled: setting?.enabled ?? true, weight: String(setting?.weight ?? 1) };
  }
  const limits: PresetForm['limits'] = {};
  for (const { network, kind } of LIMIT_COMPOSERS) {
    const resolved = limitsFor(preset, network, kind);
    (limits[network] ??= {})[kind] = Object.fromEntries(LIMIT_KEYS.map((key) => [key, String(resolved[key])])) as Record<keyof Limits, string>;
  }
  return {
    id: preset.id,
    name: preset.name,
    description: preset.description,
    thresholds: {
      reciprocity: { ok: String(preset.thresholds.reciprocity.ok), warn: String(preset.thresholds.reciprocity.warn) },
      voice: { ok: String(preset.thresholds.voice.ok), warn: String(preset.thresholds.voice.warn) },
    },
    emoji: preset.emoji,
    signOff: {
      required: preset.signOff.required,
      styles: { initials: preset.signOff.styles.includes('initials'), 'dash-name': preset.signOff.styles.includes('dash-name') },
      accepted: preset.signOff.accepted.join('\n'),
    },
    limits,
    bannedPhrases: preset.bannedPhrases.map((entry) => ({
      ...newBannedPhraseRow(),
      phrase: entry.phrase,
      preferred: entry.preferred ?? '',
      reason: entry.reason ?? '',
    })),
    phrases: {
      reciprocity: { raise: preset.phrases.reciprocity.raise.join('\n'), lower: preset.phrases.reciprocity.lower.join('\n') },
      voice: { raise: preset.phrases.voice.raise.join('\n'), lower: preset.phrases.voice.lower.join('\n') },
    },
    rules,
  };
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A number when the text is one; otherwise the text itself, so the schema names what is wrong. */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The non-blank lines of a textarea, and each one's line number for messages. */
export function listLines(text: string): Array<{ text: string; line: number }> {
  return text
    .split('\n')
    .map((line, index) => ({ text: line.trim(), line: index + 1 }))
    .filter((entry) => entry.text !== '');
}

/** The preset file this form describes: every field spelled out, as an exported file would be. */
export function fileFromForm(form: PresetForm): Record<string, unknown> {
  // A preset lists only the limits it changes: a value equal to the network's own is left out, so
  // the preset keeps following the network if the registry's default changes.
  const limits: Record<string, Record<string, Record<string, number | string>>> = {};
  for (const { network, kind } of LIMIT_COMPOSERS) {
    const fields = form.limits[network]?.[kind];
    if (!fields) continue;
    const defaults = defaultLimits(network, kind);
    const changed = LIMIT_KEYS.map((key) => [key, numberOrText(fields[key])] as const).filter(([key, value]) => value !== defaults[key]);
    if (changed.length > 0) (limits[network] ??= {})[kind] = Object.fromEntries(changed);
  }
  const list = (text: string) => listLines(text).map((entry) => entry.text);
  return {
    version: PRESET_SCHEMA_VERSION,
    id: form.id.trim(),
    name: form.name,
    description: form.description,
    thresholds: Object.fromEntries(
      AXES.map((axis) => [axis, { ok: numberOrText(form.thresholds[axis].ok), warn: numberOrText(form.thresholds[axis].warn) }]),
    ),
    rules: Object.fromEntries(
      Object.entries(form.rules).map(([ruleId, setting]) => [ruleId, { enabled: setting.enabled, weight: numberOrText(setting.weight) }]),
    ),
    bannedPhrases: form.bannedPhrases.map((row) => ({
      phrase: row.phrase,
      ...(row.preferred.trim() === '' ? {} : { preferred: row.preferred }),
      ...(row.reason.trim() === '' ? {} : { reason: row.reason }),
    })),
    signOff: {
      required: form.signOff.required,
      styles: SIGN_OFF_STYLES.filter((style) => form.signOff.styles[style]),
      accepted: list(form.signOff.accepted),
    },
    limits,
    emoji: form.emoji,
    phrases: Object.fromEntries(AXES.map((axis) => [axis, { raise: list(form.phrases[axis].raise), lower: list(form.phrases[axis].lower) }])),
  };
}

export type FormCheck = { ok: true; preset: Preset; file: Record<string, unknown> } | { ok: false; issues: PresetIssue[]; file: Record<string, unknown> };

export function checkForm(form: PresetForm): FormCheck {
  const file = fileFromForm(form);
  const parsed = parsePresetObject(file);
  return parsed.ok ? { ok: true, preset: parsed.preset, file } : { ok: false, issues: parsed.issues, file };
}

/** The textareas that hold one entry per line, by the path of their list in the file. */
export const LINE_LIST_FIELDS: readonly string[] = [
  'signOff.accepted',
  ...AXES.flatMap((axis) => PHRASE_LISTS.map((list) => `phrases.${axis}.${list}`)),
];

/** Every path the form has a control for. */
export function formFieldPaths(form: PresetForm): Set<string> {
  const paths = new Set<string>(['id', 'name', 'description', 'emoji', 'bannedPhrases', 'signOff.required', 'signOff.styles', ...LINE_LIST_FIELDS]);
  for (const axis of AXES) for (const key of ['ok', 'warn']) paths.add(`thresholds.${axis}.${key}`);
  for (const { network, kind } of LIMIT_COMPOSERS) for (const key of LIMIT_KEYS) paths.add(`limits.${network}.${kind}.${key}`);
  form.bannedPhrases.forEach((_row, index) => {
    for (const key of ['phrase', 'preferred', 'reason']) paths.add(`bannedPhrases[${index}].${key}`);
  });
  for (const ruleId of Object.keys(form.rules)) {
    paths.add(`rules.${ruleId}.enabled`);
    paths.add(`rules.${ruleId}.weight`);
  }
  return paths;
}

export interface PlacedIssues {
  /** Messages per field path. */
  byField: Map<string, string[]>;
  /** Issues no single field owns (e.g. "(file)"), shown above the form. */
  general: PresetIssue[];
}

/**
 * Hangs each issue on the control its path names. An issue inside a one-per-line list
 * (`phrases.voice.raise[3]`) goes to that textarea and says which line; a rule path such as
 * `rules.no-such-rule` goes to the general list.
 */
export function placeIssues(issues: readonly PresetIssue[], form: PresetForm): PlacedIssues {
  const fields = formFieldPaths(form);
  const byField = new Map<string, string[]>();
  const general: PresetIssue[] = [];
  const add = (field: string, message: string) => byField.set(field, [...(byField.get(field) ?? []), message]);
  for (const issue of issues) {
    if (fields.has(issue.path)) {
      add(issue.path, issue.message);
      continue;
    }
    const listEntry = /^(.+)\[(\d+)\]$/.exec(issue.path);
    if (listEntry && LINE_LIST_FIELDS.includes(listEntry[1] ?? '')) {
      const field = listEntry[1] ?? '';
      const lines = listLines(lineListText(form, field));
      const entry = lines[Number(listEntry[2])];
      add(field, entry ? `line ${entry.line} (“${entry.text}”): ${issue.message}` : issue.message);
      continue;
    }
    general.push(issue);
  }
  return { byField, general };
}

function lineListText(form: PresetForm, field: string): string {
  if (field === 'signOff.accepted') return form.signOff.accepted;
  const [, axis, list] = field.split('.') as [string, Axis, (typeof PHRASE_LISTS)[number]];
  return form.phrases[axis][list];
}

/** `stem`, or `stem-2`, `stem-3`… whichever is not in `takenIds`; always a valid preset id. */
export function freshId(stem: string, takenIds: ReadonlySet<string>): string {
  const base = stem.slice(0, 60).replace(/-+$/, '');
  let id = base;
  for (let counter = 2; takenIds.has(id); counter += 1) id = `${base}-${counter}`;
  return id;
}

/** A copy of `preset` under an id no other preset uses, named as a copy. */
export function copyOf(preset: Preset, takenIds: ReadonlySet<string>): Preset {
  return { ...structuredClone(preset), id: freshId(`${preset.id}-copy`, takenIds), name: `${preset.name} (copy)`.slice(0, 60) };
}

/** A new preset starts as Neutral, under a name and id of its own. */
export function newPreset(neutral: Preset, takenIds: ReadonlySet<string>): Preset {
  return { ...structuredClone(neutral), id: freshId('my-preset', takenIds), name: 'My preset', description: '' };
}
