// Intl.Segmenter (V8 in Node 20 and Chrome) and twitter-text's regular expressions both slow down
// more than linearly on long inputs: 100,000 characters take seconds in one piece but a few
// milliseconds in pieces. Posts are short, so this only matters for pasted essays and fuzzing.
// Pieces end where no word, sentence or entity can straddle them when such a place exists:
// a line break, then a sentence end, then any white space; only a run with no white space at all
// is cut hard (on a code point boundary, never inside a surrogate pair).

/** Texts up to this length are processed in one piece, as they are. */
export const SINGLE_PIECE_LIMIT = 1024;
const PIECE_MIN = 256;

export interface Piece {
  start: number;
  text: string;
}

export function pieces(text: string): Piece[] {
  if (text.length <= SINGLE_PIECE_LIMIT) return [{ start: 0, text }];
  const result: Piece[] = [];
  let start = 0;
  while (start < text.length) {
    const end = pieceEnd(text, start);
    result.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return result;
}

function pieceEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + SINGLE_PIECE_LIMIT);
  if (limit === text.length) return limit;
  let lineBreak = -1;
  let sentenceEnd = -1;
  let space = -1;
  for (let i = start + PIECE_MIN; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      lineBreak = i + 1;
    } else if (code === 32 || code === 9) {
      space = i + 1;
      const before = text.charCodeAt(i - 1);
      if (before === 46 || before === 33 || before === 63) sentenceEnd = i + 1;
    }
  }
  if (lineBreak > 0) return lineBreak;
  if (sentenceEnd > 0) return sentenceEnd;
  if (space > 0) return space;
  const code = text.charCodeAt(limit - 1);
  // Never leave a high surrogate at the end of a piece.
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}
