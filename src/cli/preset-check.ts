// `preset validate` lists every problem in one pass. The engine's validator works in stages (the
// version, then the fields, then rule ids and `extends`, then how the values fit together) and
// stops at the first stage that fails, which is right for an import but makes a manager fix a file
// in rounds. Here the same validator runs again on the file with each reported value taken out, so
// later stages still get to look; what they say is collected, and the unknown-field warnings the
// valid remainder yields are reported beside the errors.

import type { Preset } from '../engine';
import { PRESET_SCHEMA_VERSION, parsePresetFile, parsePresetObject, FILE_PATH, type PresetIssue, type PresetParseResult } from '../presets/schema';

export interface PresetCheck {
  issues: PresetIssue[];
  warnings: string[];
  /** The resolved preset, when there are no issues. */
  preset?: Preset;
}

/** Enough passes for every stage; each pass takes at least one value out or stops. */
const MAX_PASSES = 8;

type Step = string | number;

/** "bannedPhrases[2].phrase" → ["bannedPhrases", 2, "phrase"]. Rule ids never contain "." or "[". */
function pathSteps(path: string): Step[] {
  const steps: Step[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [part];
    if (match[1]) steps.push(match[1]);
    for (const index of match[2]?.matchAll(/\[(\d+)\]/g) ?? []) steps.push(Number(index[1]));
  }
  return steps;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Takes the value at `steps` out of `document` (mutating it). A list entry is taken out whole, so
 * one bad field does not leave an entry that fails again for a missing field. Entries are marked
 * and removed after a pass, so the other paths of the pass still point at the right entries.
 */
function takeOut(document: Record<string, unknown>, steps: readonly Step[], marked: Set<unknown[]>): boolean {
  let parent: unknown = document;
  for (let index = 0; index < steps.length; index += 1) {
    const step = steps[index] as Step;
    if (Array.isArray(parent) && typeof step === 'number') {
      if (step >= parent.length) return false;
      parent[step] = TAKEN;
      marked.add(parent);
      return true;
    }
    if (!isObject(parent) || !Object.hasOwn(parent, String(step))) return false;
    if (index === steps.length - 1) {
      delete parent[String(step)];
      return true;
    }
    parent = parent[String(step)];
  }
  return false;
}

const TAKEN = Symbol('taken out');

const parentOf = (path: string) => path.slice(0, Math.max(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))));

export function checkPresetText(text: string): PresetCheck {
  const first = parsePresetFile(text);
  if (first.ok) return { issues: [], warnings: first.warnings, preset: first.preset };
  if (first.issues.some((issue) => issue.path === FILE_PATH)) return { issues: first.issues, warnings: [] };

  // parsePresetFile accepted the text as a JSON object; work on a copy of it.
  const document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Record<string, unknown>;
  const issues: PresetIssue[] = [];
  const seen = new Set<string>();
  const takenOut: string[] = [];
  let result: PresetParseResult = first;
  for (let pass = 0; pass < MAX_PASSES && !result.ok; pass += 1) {
    const marked = new Set<unknown[]>();
    const takenInEarlierPasses = [...takenOut];
    let progress = false;
    for (const issue of result.issues) {
      const key = `${issue.path}\u0000${issue.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        // A value compared with one that was taken out was compared with the base preset's value instead.
        const related = takenInEarlierPasses.find((path) => parentOf(path) !== '' && parentOf(path) === parentOf(issue.path));
        issues.push(related ? { ...issue, message: `${issue.message} (compared with the base preset's value, since ${related} is invalid)` } : issue);
      }
      if (issue.path === 'version') {
        document.version = PRESET_SCHEMA_VERSION;
        progress = true;
      } else if (takeOut(document, pathSteps(issue.path), marked)) {
        takenOut.push(issue.path);
        progress = true;
      }
    }
    for (const list of marked) {
      const kept = list.filter((entry) => entry !== TAKEN);
      list.splice(0, list.length, ...kept);
    }
    if (!progress) break;
    result = parsePresetObject(document);
  }
  return { issues, warnings: result.ok ? result.warnings : [] };
}
