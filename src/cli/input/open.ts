// Opening what `rapport score` reads: a file, or standard input for "-". Failures come back as
// plain sentences ("no such file: plan.csv"), never as Node's error codes.

import { open } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { describeFileError } from '../file-errors';
import type { CliIO } from '../io';
import { showText } from '../terminal-text';

export type InputKind = 'csv' | 'jsonl';

export interface OpenedInput {
  /** For messages: the path as typed, or "standard input". */
  name: string;
  bytes: AsyncIterable<unknown>;
  /** Known for files (and stdin redirected from a file): drives the progress bar and the HTML size check. */
  size?: number;
  /** What the file name says it is, if anything. */
  kindFromName?: InputKind;
  /** Releases the file whether or not it was read to the end (standard input is left alone). */
  close(): void;
}

const KIND_BY_EXTENSION: Record<string, InputKind> = { '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.tsv': 'csv', '.tab': 'csv' };
const READ_CHUNK_BYTES = 64 * 1024;

export async function openInput(path: string, io: CliIO): Promise<{ ok: true; input: OpenedInput } | { ok: false; message: string }> {
  if (path === '-') {
    return { ok: true, input: { name: 'standard input', bytes: io.stdin, close: () => undefined, ...(io.stdinSize !== undefined ? { size: io.stdinSize } : {}) } };
  }
  let handle;
  try {
    handle = await open(resolve(io.cwd, path), 'r');
    const info = await handle.stat();
    if (!info.isFile()) {
      await handle.close();
      return { ok: false, message: info.isDirectory() ? `${showText(path)} is a folder, not a file` : `${showText(path)} is not a regular file` };
    }
    const kind = KIND_BY_EXTENSION[extname(path).toLowerCase()];
    const stream = handle.createReadStream({ highWaterMark: READ_CHUNK_BYTES });
    return {
      ok: true,
      input: { name: path, bytes: stream, size: info.size, close: () => void stream.destroy(), ...(kind ? { kindFromName: kind } : {}) },
    };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    return { ok: false, message: describeFileError(error, path, 'read') };
  }
}

/** Without a telling file name: JSONL starts with "{", anything else is read as CSV. */
export function sniffKind(firstText: string): InputKind {
  return firstText.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}
