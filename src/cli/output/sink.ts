// Where a report goes: standard output, or --output FILE. A file is written under a temporary name
// beside it and renamed at the end, so an interrupted or failed run never leaves half a report
// where the last good one was.

import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { writeOut, type CliOutput } from '../io';
import { describeFileError } from '../file-errors';

/** Writing the report failed (a full disk, a vanished folder); the message says so in plain words. */
export class OutputFailed extends Error {}

export interface Sink {
  /** Resolves only when the destination asked us to wait; most writes return nothing. */
  write(chunk: string): Promise<void> | undefined;
  /** True when the destination is a person's terminal. */
  readonly isTTY: boolean;
  close(): Promise<void>;
  /** Drops what was written (a file is removed; standard output cannot be taken back). */
  abort(): Promise<void>;
}

export function stdoutSink(stdout: CliOutput): Sink {
  return {
    write: (chunk) => writeOut(stdout, chunk),
    isTTY: stdout.isTTY === true,
    close: async () => undefined,
    abort: async () => undefined,
  };
}

export async function fileSink(path: string, cwd: string): Promise<{ ok: true; sink: Sink } | { ok: false; message: string }> {
  const target = resolve(cwd, path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  let stream: WriteStream;
  try {
    stream = createWriteStream(temporary, { flags: 'wx' });
    await new Promise<void>((ready, fail) => {
      stream.once('open', () => ready());
      stream.once('error', fail);
    });
  } catch (error) {
    return { ok: false, message: describeFileError(error, path, 'write') };
  }
  let failure: unknown;
  stream.on('error', (error) => (failure = error));
  const finish = () =>
    new Promise<void>((done, fail) => {
      stream.end(() => (failure ? fail(failure) : done()));
    });
  return {
    ok: true,
    sink: {
      write(chunk) {
        if (failure) throw new OutputFailed(describeFileError(failure, path, 'write'));
        return writeOut(stream, chunk);
      },
      isTTY: false,
      async close() {
        try {
          await finish();
          await rename(temporary, target);
        } catch (error) {
          await rm(temporary, { force: true });
          throw new OutputFailed(describeFileError(error, path, 'write'));
        }
      },
      async abort() {
        await finish().catch(() => undefined);
        await rm(temporary, { force: true });
      },
    },
  };
}
