// The command line: options parsed by node:util's parseArgs, with our own words for what it
// rejects ("unknown option --fromat; did you mean --format?") and checks on every value.

import { parseArgs } from 'node:util';
import type { NetworkId } from '../networks';
import type { InputKind } from './input/open';
import { networkIds, networkNames, resolveNetworkName } from './networks';
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from './output/formats';
import { parseGate, type Gate } from './score/gate';
import { closest, didYouMean } from './suggest';
import { quote } from './terminal-text';

export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  preset: { type: 'string' },
  network: { type: 'string' },
  column: { type: 'string' },
  input: { type: 'string' },
  delimiter: { type: 'string' },
  'fail-under': { type: 'string' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const LONG_NAMES = Object.keys(OPTIONS);
const SHORT_NAMES = Object.values(OPTIONS).flatMap((option) => ('short' in option ? [option.short] : []));
const TAKES_VALUE = new Set(Object.entries(OPTIONS).flatMap(([name, option]) => (option.type === 'string' ? [name] : [])));

const DELIMITERS: Record<string, string> = { ',': ',', comma: ',', ';': ';', semicolon: ';', '\t': '\t', tab: '\t', '\\t': '\t', '|': '|', pipe: '|' };

export interface ParsedCommandLine {
  command: string | undefined;
  rest: string[];
  help: boolean;
  version: boolean;
  format: OutputFormat;
  output?: string;
  preset?: string;
  network?: NetworkId;
  column?: string;
  inputKind?: InputKind;
  delimiter?: string;
  gate?: Gate;
  progress: boolean;
}

export type ParseResult = { ok: true; value: ParsedCommandLine } | { ok: false; message: string };

/** Checks the option names ourselves first, so a typo gets a suggestion instead of parseArgs' advice about "--". */
function checkOptionNames(args: readonly string[]): string | undefined {
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg === '--') return undefined;
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0] ?? '';
      if (!LONG_NAMES.includes(name)) return `unknown option ${quote(`--${name}`)}${didYouMean(name, LONG_NAMES, '--')}`;
      const inlineValue = arg.includes('=');
      if (TAKES_VALUE.has(name) && !inlineValue) {
        const next = args[index + 1];
        if (next === undefined || (next.startsWith('-') && next !== '-')) return `--${name} needs a value`;
        index += 1;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      const letter = arg.slice(1, 2);
      if (!SHORT_NAMES.includes(letter as never)) return `unknown option ${quote(arg)}${arg.length > 2 ? didYouMean(arg.slice(1), LONG_NAMES, '--') : ''}`;
    }
  }
  return undefined;
}

export function parseCommandLine(args: readonly string[]): ParseResult {
  const unknown = checkOptionNames(args);
  if (unknown) return { ok: false, message: unknown };
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;

  const format = values.format ?? 'jsonl';
  if (!isOutputFormat(format)) {
    return { ok: false, message: `--format must be ${OUTPUT_FORMATS.join(', ')}, not ${quote(format)}${didYouMean(format, OUTPUT_FORMATS)}` };
  }
  let network: NetworkId | undefined;
  if (values.network !== undefined) {
    const resolved = resolveNetworkName(values.network);
    if (!resolved.ok) {
      const names = networkNames();
      const suggestion = closest(values.network, names);
      return {
        ok: false,
        message: `--network must name one of ${networkIds.join(', ')} (or a name such as Twitter or Facebook Page), not ${quote(values.network)}${suggestion ? `; did you mean ${suggestion}?` : ''}`,
      };
    }
    network = resolved.id;
  }
  const inputKind = values.input;
  if (inputKind !== undefined && inputKind !== 'csv' && inputKind !== 'jsonl') {
    return { ok: false, message: `--input must be csv or jsonl, not ${quote(inputKind)}${didYouMean(inputKind, ['csv', 'jsonl'])}` };
  }
  let delimiter: string | undefined;
  if (values.delimiter !== undefined) {
    delimiter = DELIMITERS[values.delimiter.toLowerCase()];
    if (delimiter === undefined) return { ok: false, message: `--delimiter must be , ; | or tab, not ${quote(values.delimiter)}` };
  }
  let gate: Gate | undefined;
  if (values['fail-under'] !== undefined) {
    const parsedGate = parseGate(values['fail-under']);
    if (!parsedGate.ok) return { ok: false, message: parsedGate.message };
    gate = parsedGate.gate;
  }
  return {
    ok: true,
    value: {
      command,
      rest,
      help: values.help === true,
      version: values.version === true,
      format,
      progress: values['no-progress'] !== true,
      ...(values.output !== undefined ? { output: values.output } : {}),
      ...(values.preset !== undefined ? { preset: values.preset } : {}),
      ...(network ? { network } : {}),
      ...(values.column !== undefined ? { column: values.column } : {}),
      ...(inputKind !== undefined ? { inputKind } : {}),
      ...(delimiter !== undefined ? { delimiter } : {}),
      ...(gate ? { gate } : {}),
    },
  };
}
