// The `rapport` command: a thin shell around src/engine. Parses arguments, picks the command,
// and returns an exit code instead of exiting, so tests run it in-process with fake streams.

import { NEUTRAL_PRESET } from '../engine/presets/neutral';
import { parseCommandLine } from './arguments';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, writeOut, type CliIO } from './io';
import { choosePreset } from './load-preset';
import { PRESET_SUBCOMMANDS, runPreset } from './preset-command';
import { runScore } from './score-command';
import { didYouMean } from './suggest';
import { quote, terminalSafe } from './terminal-text';
import { USAGE } from './usage';
import { version } from '../../package.json';

export { USAGE };

const COMMANDS = ['score', 'preset', 'help'];

function usageError(io: CliIO, message: string): number {
  io.stderr.write(terminalSafe(`rapport: ${message}\nRun "rapport --help" for the commands and options.\n`));
  return EXIT_USAGE;
}

export async function runCli(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseCommandLine(args);
  if (!parsed.ok) return usageError(io, parsed.message);
  const options = parsed.value;
  const { command, rest } = options;

  if (options.version) {
    await writeOut(io.stdout, `${version}\n`);
    return EXIT_OK;
  }
  if (options.help || command === 'help') {
    await writeOut(io.stdout, USAGE);
    return EXIT_OK;
  }
  if (command === 'preset') {
    const [subcommand, argument, ...extra] = rest;
    if (extra.length > 0) return usageError(io, `unexpected arguments: ${extra.map((value) => quote(value)).join(' ')}`);
    if (subcommand !== undefined && !PRESET_SUBCOMMANDS.includes(subcommand)) {
      return usageError(io, `unknown preset command ${quote(subcommand)}${didYouMean(subcommand, PRESET_SUBCOMMANDS)}`);
    }
    if (subcommand === undefined || (subcommand !== 'list' && argument === undefined)) return usageError(io, 'preset needs a command: validate FILE, list or show NAME');
    return runPreset(subcommand, argument, io);
  }
  if (command !== 'score') {
    return usageError(io, command === undefined ? 'no command given' : `unknown command ${quote(command)}${didYouMean(command, COMMANDS)}`);
  }

  const [input, ...extra] = rest;
  if (input === undefined || extra.length > 0) return usageError(io, 'score takes exactly one FILE (or - for standard input)');
  if (options.format === 'html' && options.output === undefined && io.stdout.isTTY) {
    return usageError(io, '--format html writes a file: add --output report.html (or redirect standard output)');
  }

  let preset = NEUTRAL_PRESET;
  if (options.preset !== undefined) {
    const chosen = await choosePreset(options.preset, io.cwd);
    if (!chosen.ok) {
      io.stderr.write(terminalSafe(`rapport: --preset ${quote(options.preset)} cannot be used:\n`));
      for (const issue of chosen.issues) io.stderr.write(terminalSafe(`  ${issue.path}: ${issue.message}\n`));
      return EXIT_BAD_INPUT;
    }
    for (const warning of chosen.warnings) io.stderr.write(terminalSafe(`rapport: preset warning: ${warning}\n`));
    preset = chosen.preset;
  }

  return runScore(
    {
      input,
      format: options.format,
      preset,
      progress: options.progress,
      ...(options.inputKind ? { inputKind: options.inputKind } : {}),
      ...(options.output !== undefined ? { output: options.output } : {}),
      ...(options.network ? { network: options.network } : {}),
      ...(options.column !== undefined ? { column: options.column } : {}),
      ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}),
      ...(options.gate ? { gate: options.gate } : {}),
    },
    io,
  );
}
