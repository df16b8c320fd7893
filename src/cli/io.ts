// What a command needs from the process, passed in so tests can run commands in-process.

export interface CliOutput {
  write(chunk: string): boolean;
  /** Present on real streams; used to wait when the reader is slower than the scorer. */
  once?(event: 'drain', listener: () => void): unknown;
}

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: CliOutput;
  stderr: CliOutput;
  /** Relative file arguments are resolved against this. */
  cwd: string;
}

/** Exit codes: 0 all good, 1 some input was bad (and was reported), 2 the command line was wrong. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export async function writeOut(output: CliOutput, chunk: string): Promise<void> {
  if (output.write(chunk) || !output.once) return;
  await new Promise<void>((resolve) => output.once?.('drain', resolve));
}
