// `rapport preset validate|list|show`: what a manager runs before distributing a preset.

import { NEUTRAL_PRESET, type Preset } from '../engine';
import { composerKinds, composerLabel, networkIds } from '../networks';
import { builtinPresets, findBuiltinPreset } from '../presets/builtins';
import { limitsFor } from '../presets/limits';
import { serializePreset } from '../presets/schema';
import { readPresetFile } from './load-preset';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, writeOut, type CliIO } from './io';

function describeRules(preset: Preset): string {
  const changed = Object.entries(preset.rules)
    .filter(([ruleId, setting]) => {
      const neutral = NEUTRAL_PRESET.rules[ruleId] ?? { enabled: true, weight: 1 };
      return setting.enabled !== neutral.enabled || setting.weight !== neutral.weight;
    })
    .map(([ruleId, setting]) => (setting.enabled ? `${ruleId} ×${setting.weight}` : `${ruleId} off`));
  return changed.length === 0 ? 'as Neutral' : changed.join(', ');
}

/** A few lines a manager can check at a glance against what they meant to write. */
export function summarisePreset(preset: Preset): string {
  const { thresholds, signOff } = preset;
  const signOffText = signOff.required
    ? `required (${[...signOff.styles, ...signOff.accepted.map((text) => JSON.stringify(text))].join(', ')})`
    : 'optional';
  const limitLines = networkIds.flatMap((network) =>
    composerKinds(network).map((kind) => {
      const limits = limitsFor(preset, network, kind);
      return `${composerLabel(network, kind)}: ${limits.length} characters, ${limits.hashtags} hashtags, ${limits.links} links, ${limits.mentions} mentions`;
    }),
  );
  const phraseCount = (axis: 'reciprocity' | 'voice') =>
    `+${preset.phrases[axis].raise.length}/−${preset.phrases[axis].lower.length}`;
  return [
    `${preset.name} (id "${preset.id}")`,
    ...(preset.description ? [`  ${preset.description}`] : []),
    `  thresholds:     reciprocity ok ${thresholds.reciprocity.ok} / warn ${thresholds.reciprocity.warn}; voice ok ${thresholds.voice.ok} / warn ${thresholds.voice.warn}`,
    `  rules:          ${describeRules(preset)}`,
    `  banned phrases: ${preset.bannedPhrases.length}`,
    `  sign-off:       ${signOffText}`,
    `  emoji:          ${preset.emoji}`,
    ...limitLines.map((line, index) => `  ${(index === 0 ? 'limits:' : '').padEnd(15)} ${line}`),
    `  extra phrases:  reciprocity ${phraseCount('reciprocity')}, voice ${phraseCount('voice')}`,
  ].join('\n');
}

export async function runPreset(subcommand: string | undefined, argument: string | undefined, io: CliIO, usage: string): Promise<number> {
  if (subcommand === 'list') {
    const lines = builtinPresets.map((preset) => `${preset.id.padEnd(20)} ${preset.name}`);
    await writeOut(io.stdout, `${lines.join('\n')}\n`);
    return EXIT_OK;
  }
  if (subcommand === 'show' && argument !== undefined) {
    const preset = findBuiltinPreset(argument);
    if (!preset) {
      io.stderr.write(`rapport: no built-in preset "${argument}" (see rapport preset list)\n`);
      return EXIT_USAGE;
    }
    await writeOut(io.stdout, serializePreset(preset));
    return EXIT_OK;
  }
  if (subcommand === 'validate' && argument !== undefined) {
    const result = await readPresetFile(argument, io.cwd);
    if (!result.ok) {
      const count = result.issues.length;
      io.stderr.write(`${argument}: ${count} problem${count === 1 ? '' : 's'}\n`);
      for (const issue of result.issues) io.stderr.write(`  ${issue.path}: ${issue.message}\n`);
      return EXIT_BAD_INPUT;
    }
    await writeOut(io.stdout, `${argument}: valid\n${summarisePreset(result.preset)}\n`);
    for (const warning of result.warnings) io.stderr.write(`  warning: ${warning}\n`);
    return EXIT_OK;
  }
  io.stderr.write(usage);
  return EXIT_USAGE;
}
