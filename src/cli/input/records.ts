// What the readers hand to the scorer: a post with where it came from, or a record that could
// not be read, with its line. A reader never drops a record silently.

import type { Line } from './lines';

export interface PostRecord {
  line: number;
  text: string;
  /** The row's own network name, when the input has a network column or field. */
  networkName?: string;
  /** Fields echoed into JSONL output: every field but the post text. */
  echo: Record<string, unknown>;
  /** CSV input: the row's cells as read, for CSV output. */
  cells?: readonly string[];
}

export interface UnreadableRecord {
  line: number;
  error: string;
  cells?: readonly string[];
}

export type InputRecord = PostRecord | UnreadableRecord;

export const isUnreadable = (record: InputRecord): record is UnreadableRecord => 'error' in record;

/** Reads batches of lines into records; `end` flushes whatever a last, unfinished record left. */
export interface RecordReader {
  read(lines: readonly Line[]): InputRecord[];
  end(): InputRecord[];
}

/** A problem with the whole input (no header, no text column): nothing can be scored. */
export class InputError extends Error {}
