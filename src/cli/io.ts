// What a command needs from the process, passed in so tests can run commands in-process.

export interface CliOutput {
  write(chunk: string): boolean;
  /** Present on real streams; used to wait when the reader is slower than the scorer. */
  once?(event: 'drain', listener: () => void): unknown;
  /** True when a person is watching: progress bars and visible escapes depend on it. */
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: CliOutput;
  stderr: CliOutput;
  /** Relative file arguments are resolved against this. */
  cwd: string;
  /** Size in bytes when standard input is a regular file (`rapport score - < big.csv`), for the progress bar. */
  stdinSize?: number;
}

/** Exit codes: 0 all good, 1 some input was bad (and was reported), 2 the command line was wrong, 3 a post is below --fail-under. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_BELOW_THRESHOLD = 3;

/** Writes, and waits only when the stream asks us to; most writes return no promise at all. */
export function writeOut(output: CliOutput, chunk: string): Promise<void> | undefined {
  if (output.write(chunk) || !output.once) return undefined;
  return new Promise<void>((resolve) => output.once?.('drain', resolve));
}
