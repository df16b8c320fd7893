// `rapport preset validate|list|show`: what a manager runs before distributing a preset.

import type { Preset } from '../engine';
import { composerKinds, composerLabel, networkIds } from '../networks';
import { builtinPresets, findBuiltinPreset } from '../presets/builtins';
import { limitsFor } from '../presets/limits';
import { NEUTRAL_PRESET } from '../engine/presets/neutral';
import { FILE_PATH, serializePreset } from '../presets/schema';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, writeOut, type CliIO } from './io';
import { readPresetText } from './load-preset';
import { checkPresetText } from './preset-check';
import { closest } from './suggest';
import { quote, showText, terminalSafe } from './terminal-text';

export const PRESET_SUBCOMMANDS = ['validate', 'list', 'show'];

function describeRules(preset: Preset): string {
  const changed = Object.entries(preset.rules)
    .filter(([ruleId, setting]) => {
      const neutral = NEUTRAL_PRESET.rules[ruleId] ?? { enabled: true, weight: 1 };
      return setting.enabled !== neutral.enabled || setting.weight !== neutral.weight;
    })
    .map(([ruleId, setting]) => (setting.enabled ? `${ruleId} ×${setting.weight}` : `${ruleId} off`));
  return changed.length === 0 ? 'as Neutral' : changed.join(', ');
}

/** A few lines a manager can check at a glance against what they meant to write. Preset text is shown escaped. */
export function summarisePreset(preset: Preset): string {
  const { thresholds, signOff } = preset;
  const signOffText = signOff.required
    ? `required (${[...signOff.styles, ...signOff.accepted.map((text) => JSON.stringify(text))].join(', ')})`
    : 'optional';
  const limitLines = networkIds.flatMap((network) =>
    composerKinds(network).map((kind) => {
      const { length, hashtags, links, mentions } = limitsFor(preset, network, kind);
      return `${composerLabel(network, kind)}: ${length} characters, ${hashtags} hashtags, ${links} links, ${mentions} mentions`;
    }),
  );
  const phraseCount = (axis: 'reciprocity' | 'voice') =>
    `+${preset.phrases[axis].raise.length}/−${preset.phrases[axis].lower.length}`;
  return [
    `${showText(preset.name)} (id "${showText(preset.id)}")`,
    ...(preset.description ? [`  ${showText(preset.description)}`] : []),
    `  thresholds:     reciprocity ok ${thresholds.reciprocity.ok} / warn ${thresholds.reciprocity.warn}; voice ok ${thresholds.voice.ok} / warn ${thresholds.voice.warn}`,
    `  rules:          ${describeRules(preset)}`,
    `  banned phrases: ${preset.bannedPhrases.length}`,
    `  sign-off:       ${showText(signOffText)}`,
    `  emoji:          ${preset.emoji}`,
    ...limitLines.map((line, index) => `  ${index === 0 ? 'limits:        ' : '              '} ${line}`),
    `  extra phrases:  reciprocity ${phraseCount('reciprocity')}, voice ${phraseCount('voice')}`,
  ].join('\n');
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

async function validate(path: string, io: CliIO): Promise<number> {
  const name = showText(path);
  const read = await readPresetText(path, io.cwd);
  if (!read.ok) {
    io.stderr.write(terminalSafe(`${name}: 1 problem\n  ${FILE_PATH}: ${read.message}\n`));
    return EXIT_BAD_INPUT;
  }
  const { issues, warnings, preset } = checkPresetText(read.text);
  const warningLines = warnings.map((warning) => `  warning: ${showText(warning)}\n`).join('');
  if (issues.length > 0 || !preset) {
    const problemLines = issues.map((issue) => `  ${showText(issue.path)}: ${showText(issue.message)}\n`).join('');
    const heading = `${name}: ${count(issues.length, 'problem')}${warnings.length > 0 ? `, ${count(warnings.length, 'warning')}` : ''}\n`;
    io.stderr.write(terminalSafe(heading + problemLines + warningLines));
    return EXIT_BAD_INPUT;
  }
  await writeOut(io.stdout, terminalSafe(`${name}: valid\n${summarisePreset(preset)}\n`));
  if (warningLines) io.stderr.write(terminalSafe(warningLines));
  return EXIT_OK;
}

export async function runPreset(subcommand: string, argument: string | undefined, io: CliIO): Promise<number> {
  if (subcommand === 'list') {
    const lines = builtinPresets.map((preset) => `${preset.id.padEnd(20)} ${preset.name}`);
    await writeOut(io.stdout, `${lines.join('\n')}\n`);
    return EXIT_OK;
  }
  if (subcommand === 'show' && argument !== undefined) {
    const preset = findBuiltinPreset(argument);
    if (!preset) {
      const suggestion = closest(argument, builtinPresets.map((candidate) => candidate.id));
      io.stderr.write(terminalSafe(`rapport: no built-in preset ${quote(argument)}${suggestion ? `; did you mean ${suggestion}?` : ''} (see rapport preset list)\n`));
      return EXIT_USAGE;
    }
    await writeOut(io.stdout, serializePreset(preset));
    return EXIT_OK;
  }
  if (subcommand === 'validate' && argument !== undefined) return validate(argument, io);
  return EXIT_USAGE;
}
