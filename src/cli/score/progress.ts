// A progress bar on standard error, only when a person is watching it (a terminal) and the input is
// big enough to wait for. Piped or redirected runs, and small files, print nothing extra.

import cliProgress from 'cli-progress';
import type { CliOutput } from '../io';

/** About two seconds of scoring on this project's reference machine. */
export const LARGE_INPUT_BYTES = 2 * 1024 * 1024;

export interface Progress {
  advance(bytes: number, posts: number): void;
  stop(): void;
}

const silent: Progress = { advance: () => undefined, stop: () => undefined };

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export function startProgress(stream: CliOutput, totalBytes: number | undefined, wanted: boolean): Progress {
  if (!wanted || !stream.isTTY || totalBytes === undefined || totalBytes < LARGE_INPUT_BYTES) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format: 'rapport {bar} {percentage}% · {done} of {size} · {posts} posts · {eta_formatted} left',
      barsize: 24,
      fps: 5,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let read = 0;
  bar.start(totalBytes, 0, { done: megabytes(0), size: megabytes(totalBytes), posts: 0 });
  return {
    advance(bytes, posts) {
      read += bytes;
      bar.update(Math.min(read, totalBytes), { done: megabytes(read), posts });
    },
    stop: () => bar.stop(),
  };
}
