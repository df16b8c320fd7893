// Runs the CLI in-process with fake streams: fast, and the same code path as the built file.
import { Readable } from 'node:stream';
import { resolve } from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { CliOutput } from '../../../src/cli/io';

export const cliFixtures = resolve(import.meta.dirname, 'fixtures');
export const calendars = resolve(import.meta.dirname, '../../fixtures/calendars');
export const presetFixtures = resolve(import.meta.dirname, '../../fixtures/presets');

export interface RunOptions {
  stdin?: string | Buffer;
  cwd?: string;
  /** Pretend standard output / standard error are terminals. */
  stdoutIsTTY?: boolean;
  stderr?: CliOutput;
}

export async function run(args: string[], options: RunOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    stdout: { write: (chunk) => out.push(chunk) > 0, isTTY: options.stdoutIsTTY === true },
    stderr: options.stderr ?? { write: (chunk) => err.push(chunk) > 0 },
    cwd: options.cwd ?? cliFixtures,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

export const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Every character a terminal would act on or that reorders text, which output for people must never contain raw. */
export const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
