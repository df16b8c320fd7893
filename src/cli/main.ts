// The `rapport` command: a thin shell around src/engine. Parses arguments, picks the command,
// and returns an exit code instead of exiting, so tests run it in-process with fake streams.

import { parseArgs } from 'node:util';
import { networkIds, resolveNetworkName } from '../networks';
import { choosePreset } from './load-preset';
import { runPreset } from './preset-command';
import { inputKind, runScore } from './score-command';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, writeOut, type CliIO } from './io';

/** Posts are scored for this network when --network is not given. */
const DEFAULT_NETWORK = networkIds[0]!;

export const USAGE = `Usage:
  rapport score FILE|- [--format jsonl|table] [--preset NAME|FILE] [--network ${networkIds.join('|')}] [--column NAME]
      Scores every post in FILE: .jsonl (one object with "text" per line; other fields are echoed),
      .csv (header row; the "text" column), or - for JSONL on stdin. --column NAME picks another
      CSV column or JSONL field (CSV names match ignoring case). --network (default ${DEFAULT_NETWORK})
      sets the network's post limits and length counting; names such as "Twitter" work too.
      Writes one JSON object per record, in order, with reciprocity, voice and hints.
      A record that cannot be read yields {"line", "error"}; the run goes on and exits with 1.
  rapport preset validate FILE    check a preset file; prints a summary or each problem with its field path
  rapport preset list             list the built-in presets
  rapport preset show NAME        print a built-in preset as a file to start your own from
  rapport --help

Exit codes: 0 success, 1 some input was invalid (reported), 2 wrong command line.
`;

const OPTIONS = {
  format: { type: 'string' },
  preset: { type: 'string' },
  network: { type: 'string' },
  column: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usageError(io: CliIO, message: string): number {
  io.stderr.write(`rapport: ${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}

export async function runCli(args: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;

  if (values.help || command === 'help') {
    await writeOut(io.stdout, USAGE);
    return EXIT_OK;
  }
  if (command === 'preset') {
    if (rest.length > 2) return usageError(io, `unexpected arguments: ${rest.slice(2).join(' ')}`);
    return runPreset(rest[0], rest[1], io, USAGE);
  }
  if (command !== 'score') {
    return usageError(io, command === undefined ? 'no command given' : `unknown command "${command}"`);
  }

  if (rest.length !== 1 || rest[0] === undefined) return usageError(io, 'score takes exactly one FILE (or - for stdin)');
  const input = rest[0];
  const kind = inputKind(input);
  if (!kind) return usageError(io, `cannot tell the format of "${input}"; use a .jsonl, .ndjson or .csv file, or - for JSONL on stdin`);

  const format = values.format ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'table') return usageError(io, `--format must be jsonl or table, not "${format}"`);
  const network = values.network === undefined ? DEFAULT_NETWORK : resolveNetworkName(values.network);
  if (network === undefined) return usageError(io, `--network must be one of ${networkIds.join(', ')}, not "${values.network}"`);

  let preset;
  if (values.preset !== undefined) {
    const chosen = await choosePreset(values.preset, io.cwd);
    if (!chosen.ok) {
      io.stderr.write(`rapport: --preset ${values.preset} cannot be used:\n`);
      for (const issue of chosen.issues) io.stderr.write(`  ${issue.path}: ${issue.message}\n`);
      return EXIT_BAD_INPUT;
    }
    for (const warning of chosen.warnings) io.stderr.write(`rapport: preset warning: ${warning}\n`);
    preset = chosen.preset;
  }

  return runScore(
    { input, format, preset, network, column: values.column ?? 'text' },
    kind,
    io,
  );
}
