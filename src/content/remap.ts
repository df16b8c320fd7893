import type { TextRange } from '../engine/types';

/** One contiguous change between two versions of a text: `removed` UTF-16 units at `start` became `inserted`. */
export interface TextEdit {
  start: number;
  removed: number;
  inserted: number;
}

/** The smallest single edit turning `before` into `after` (common prefix and suffix trimmed). */
export function diffTexts(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) suffix++;
  return { start: prefix, removed: before.length - prefix - suffix, inserted: after.length - prefix - suffix };
}

/**
 * Where a hint's range lies after an edit, so its underline stays on its words while the next
 * result is on its way. An edit that touches the range itself invalidates it (null).
 */
export function remapRange(range: TextRange, edit: TextEdit): TextRange | null {
  const editEnd = edit.start + edit.removed;
  if (editEnd <= range.start) {
    const shift = edit.inserted - edit.removed;
    return { start: range.start + shift, end: range.end + shift };
  }
  if (edit.start >= range.end) return range;
  return null;
}
