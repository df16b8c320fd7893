// Intl.Segmenter (V8 in Node 20 and Chrome) and twitter-text's regular expressions both slow down
// more than linearly on long inputs: 100,000 characters take seconds in one piece but a few
// milliseconds in pieces. So long stretches are read in pieces.
//
// Words, entities, graphemes and emoji never straddle ASCII white space, so a piece ends after
// white space that no combining mark, joiner or modifier follows (those attach to the character
// before them): reading the text in such pieces finds exactly what reading it whole finds. Only a
// run of LONGEST_PIECE characters without such white space is cut elsewhere (between code points,
// before a character that starts a grapheme where one is near), and only there can a piece
// boundary change what is found. Sentences need more care: sentences.ts.

import { rememberedPerCodePoint } from './code-points';

/** Pieces end at the last white space at or before this length… */
export const PIECE_LENGTH = 1024;
/** …or at the first one after it, up to this length. */
const LONGEST_PIECE = 8 * PIECE_LENGTH;

export interface Piece {
  start: number;
  text: string;
}

export function pieces(text: string, pieceLength = PIECE_LENGTH, longestPiece = LONGEST_PIECE): Piece[] {
  if (text.length <= pieceLength) return [{ start: 0, text }];
  const result: Piece[] = [];
  let start = 0;
  // Where the search for white space last ran out: no cut exists between start and here.
  let noCutBefore = 0;
  while (start < text.length) {
    let end = pieceEnd(text, start, pieceLength, Math.max(pieceLength, longestPiece), noCutBefore);
    if (end < 0) {
      noCutBefore = Math.min(text.length, start + Math.max(pieceLength, longestPiece));
      end = forcedEnd(text, start, pieceLength);
    }
    result.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return result;
}

/** The end of the piece from `start`: the last cut at or before start + pieceLength, else the first one after; −1 when none within longestPiece. */
function pieceEnd(text: string, start: number, pieceLength: number, longestPiece: number, noCutBefore: number): number {
  const target = start + pieceLength;
  if (target >= text.length) return text.length;
  for (let end = target; end > Math.max(start, noCutBefore); end--) if (isCut(text, end)) return end;
  const limit = Math.min(text.length, start + longestPiece);
  for (let end = Math.max(target + 1, noCutBefore + 1); end < limit; end++) if (isCut(text, end)) return end;
  return limit === text.length ? limit : -1;
}

/** After ASCII white space, before a character that does not attach to it. */
function isCut(text: string, end: number): boolean {
  const before = text.charCodeAt(end - 1);
  return (before === 32 || before === 9 || before === 10 || before === 13) && !attachesToPrevious(text, end);
}

/** A cut inside a run with no white space: before a character that starts a grapheme, if one is near, and never inside a surrogate pair. */
function forcedEnd(text: string, start: number, pieceLength: number): number {
  const target = start + pieceLength;
  for (let end = target; end > target - 32 && end > start + 1; end--) if (!attachesToPrevious(text, end) && !isZeroWidthJoiner(text.charCodeAt(end - 1))) return end;
  return isLowSurrogate(text.charCodeAt(target)) ? target + 1 : target;
}

const ATTACHING = /^[\p{M}\p{Cf}\p{Emoji_Modifier}]/u;
const attaching = rememberedPerCodePoint((char) => (isAttachingCharacter(char) ? 1 : 0));

/** A combining mark, format character or skin-tone modifier: `char` is one code point. */
export function isAttachingCharacter(char: string): boolean {
  return ATTACHING.test(char);
}

/** Combining marks, format characters (joiners, variation selectors) and skin-tone modifiers attach to the character before them. */
export function attachesToPrevious(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0xad) return false;
  if (isLowSurrogate(code)) return true;
  return attaching(text.codePointAt(index)!) === 1;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isZeroWidthJoiner(code: number): boolean {
  return code === 0x200d;
}
