// Text inside quotation marks: a quotation of someone else's words (“…” said Sam), or the title of
// a work ('Monica the Medium'). Found in one pass, linearly, pairing “ with ”, ‘ with ’, « with »,
// and straight quotes with their own kind. A double mark opens a quotation wherever a word follows
// it, and a mark closes one where it ends a word (before a space, punctuation or the end). What
// comes before an opening double mark is not asked, so deleting a word before it never turns it
// into an opening mark. A single mark opens only where a word follows it and none ends at it
// ("don't", "Hillary’s" are words). A quotation never runs past the end of a line.

import type { TextRange } from './types';

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '«': '»', '"': '"', "'": "'", '„': '“' };
const CLOSERS = new Set(Object.values(PAIRS));
const ANY_MARK = /["'“”‘’«»„]/;
const MARKS_AND_LINES = /["'“”‘’«»„\n]/g;

function isSpace(char: string | undefined): boolean {
  return char === undefined || char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u00a0';
}

function isWordCharacter(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Every quotation in the text, each from its opening to its closing mark inclusive, in text order. */
export function findQuotations(text: string): TextRange[] {
  const found: TextRange[] = [];
  if (!ANY_MARK.test(text)) return found;
  let open: { mark: string; at: number } | undefined;
  // Only the marks and line ends matter: jump from one to the next.
  for (const { index: i } of text.matchAll(MARKS_AND_LINES)) {
    const char = text[i]!;
    if (char === '\n') {
      open = undefined;
      continue;
    }
    const before = text[i - 1];
    const after = text[i + 1];
    if (open && PAIRS[open.mark] === char && !isSpace(before) && !isWordCharacter(after)) {
      found.push({ start: open.at, end: i + 1 });
      open = undefined;
      continue;
    }
    if (open || !(char in PAIRS) || isSpace(after)) continue;
    const single = char === "'" || char === '‘';
    if (!single || (isWordCharacter(after) && !isWordCharacter(before))) open = { mark: char, at: i };
  }
  return found;
}
