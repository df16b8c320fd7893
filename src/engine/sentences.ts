// Sentences exactly as Intl.Segmenter finds them in the whole text, found in pieces of bounded
// length: the segmenter's cost per sentence grows with the length of the string it is given, so
// one call on 1 MB takes minutes.
//
// Unicode's sentence rules (UAX #29) break only after a line break (SB4) or after a terminator
// with its closing marks and spaces (SB11), so a stretch with no terminator is split at its line
// breaks without the segmenter. Elsewhere pieces end where no rule can look across:
//   - after a line break, and before a letter after "!" or "?" (with closing marks and spaces) or
//     a capital after "." with closing marks or spaces: always a boundary;
//   - between two letters, digits or pictographs when no full stop is still waiting for its next
//     letter (rule SB8 reads past digits and symbols to find one): never a boundary, so the
//     sentences either side are joined again.
// Only a run of LONGEST_SENTENCE_PIECE characters with none of these ("1.😀1.😀…" with no letters, line breaks
// or capitals) is cut at an arbitrary point, where a sentence boundary may move.
//
// One more change from the segmenter: a run of blank lines is one blank sentence, not one per
// line. No rule reads blank sentences, and a million empty lines stay one object.

import type { TextRange } from './types';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Pieces are cut at the last safe place at or before this length… */
export const SENTENCE_PIECE_LENGTH = 1024;
/** …or at the first one after it, up to this length. */
const LONGEST_SENTENCE_PIECE = 8 * SENTENCE_PIECE_LENGTH;

/** SB's ATerm and STerm: checked exhaustively against the segmenter (sentences.test.ts). */
const TERMINATOR = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const WHITE_SPACE = /\s/;

const enum Cut {
  /** The segmenter always breaks here. */
  Boundary,
  /** The segmenter never breaks here and reads nothing across it: join the sentences either side. */
  Inside,
}

interface Piece {
  /** Where the piece ends, and what kind of place that is. */
  end: number;
  cut: Cut;
}

/** Sentence ranges covering `text`, as the segmenter gives them for the whole text (runs of blank lines joined). */
export function sentenceRanges(text: string, pieceLength = SENTENCE_PIECE_LENGTH, longestPiece = LONGEST_SENTENCE_PIECE): TextRange[] {
  const out = new SentenceList(text);
  const scanner = new CutScanner(text);
  let start = 0;
  let joinFirst = false;
  while (start < text.length) {
    const piece = scanner.pieceFrom(start, pieceLength, longestPiece);
    segmentPiece(text, start, piece.end, joinFirst, out);
    joinFirst = piece.cut === Cut.Inside;
    start = piece.end;
  }
  return out.ranges;
}

function segmentPiece(text: string, start: number, end: number, joinFirst: boolean, out: SentenceList): void {
  let hasTerminator = false;
  for (let i = start; i < end && !hasTerminator; i++) hasTerminator = (classify(text, i, text.charCodeAt(i)) & TERMINATOR_KIND) !== 0;
  let first = true;
  const add = (from: number, to: number) => {
    out.add(from, to, first && joinFirst);
    first = false;
  };
  if (hasTerminator) {
    for (const segment of segmenter.segment(text.slice(start, end))) add(start + segment.index, start + segment.index + segment.segment.length);
    return;
  }
  // No terminator: only line breaks end sentences (SB4), CR LF counting as one.
  let from = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isParagraphSeparator(code) && !(code === 13 && text.charCodeAt(i + 1) === 10)) {
      add(from, i + 1);
      from = i + 1;
    }
  }
  if (from < end) add(from, end);
}

/** Collects ranges, joining across Inside cuts and joining runs of blank sentences. */
class SentenceList {
  readonly ranges: TextRange[] = [];
  private lastBlank = false;

  constructor(private readonly text: string) {}

  add(start: number, end: number, join: boolean): void {
    const last = this.ranges[this.ranges.length - 1];
    if (last && join) {
      last.end = end;
      this.lastBlank = false;
      return;
    }
    const blank = isBlank(this.text, start, end);
    if (last && blank && this.lastBlank) {
      last.end = end;
      return;
    }
    this.ranges.push({ start, end });
    this.lastBlank = blank;
  }
}

/**
 * Finds where pieces may end. Each piece rescans at most the stretch after its cut, so the walk
 * stays linear.
 */
class CutScanner {
  constructor(private readonly text: string) {}

  pieceFrom(start: number, pieceLength: number, longestPiece: number): Piece {
    const { text } = this;
    const target = start + pieceLength;
    if (target >= text.length) return { end: text.length, cut: Cut.Boundary };
    const limit = Math.min(text.length, start + Math.max(pieceLength, longestPiece));
    let best: Piece | undefined;
    // The state after text[i - 1]:
    /** A full stop whose SB8 look-ahead has not met a letter yet. */
    let fullStopWaiting = false;
    /** Inside a group of a terminator, closing marks, then spaces (SB9–11): which terminator, and how far. */
    let group: Group = Group.None;
    let previousNeutral = false;
    let i = start;
    while (i < limit) {
      const code = text.charCodeAt(i);
      const kind = classify(text, i, code);
      if (i > start) {
        const cut = cutBefore(text.charCodeAt(i - 1), code, kind, group, fullStopWaiting, previousNeutral);
        if (cut !== undefined) best = { end: i, cut };
        if (best && i >= target) return best;
      }
      if (kind & TERMINATOR_KIND) {
        group = kind & FULL_STOP_KIND ? Group.FullStop : Group.Other;
        fullStopWaiting = (kind & FULL_STOP_KIND) !== 0;
      } else if (group !== Group.None && (code === 32 || code === 9)) {
        group |= Group.Spaced;
      } else if (group !== Group.None && !(group & Group.Spaced) && isAsciiClose(code)) {
        group |= Group.Closed;
      } else {
        group = Group.None;
        if (isAsciiLetter(code) || isParagraphSeparator(code)) fullStopWaiting = false;
      }
      previousNeutral = (kind & NEUTRAL_KIND) !== 0;
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    }
    if (best) return best;
    if (limit === text.length) return { end: limit, cut: Cut.Boundary };
    // No safe place within the longest piece: cut between code points anyway (see the header).
    const high = text.charCodeAt(target - 1);
    return { end: high >= 0xd800 && high <= 0xdbff ? target + 1 : target, cut: Cut.Boundary };
  }
}

const enum Group {
  None = 0,
  FullStop = 1,
  Other = 2,
  Closed = 4,
  Spaced = 8,
}

/** The cut allowed before text[i] (code, of `kind`), given the state after text[i - 1] (before). */
function cutBefore(before: number, code: number, kind: number, group: Group, fullStopWaiting: boolean, previousNeutral: boolean): Cut | undefined {
  if (isParagraphSeparator(before) && !(before === 13 && code === 10)) return Cut.Boundary;
  // SB11 with nothing that SB8 or SB8a could hold back: a letter after "?" or "!", a capital after ". " or ".)".
  if (group & Group.Other && isAsciiLetter(code)) return Cut.Boundary;
  if (group & Group.FullStop && group & (Group.Closed | Group.Spaced) && code >= 65 && code <= 90) return Cut.Boundary;
  if (previousNeutral && !fullStopWaiting && kind & NEUTRAL_KIND) return Cut.Inside;
  return undefined;
}

const TERMINATOR_KIND = 1;
const FULL_STOP_KIND = 2;
/** ASCII letters and digits, and pictographs that are not terminators: SB's Upper, Lower, Numeric and Other. */
const NEUTRAL_KIND = 4;
/** Kinds of the non-ASCII code points seen so far (a text uses few). */
const kinds = new Map<number, number>();

function classify(text: string, i: number, code: number): number {
  if (code < 0x80) {
    if (code === 46) return TERMINATOR_KIND | FULL_STOP_KIND;
    if (code === 33 || code === 63) return TERMINATOR_KIND;
    return isAsciiLetter(code) || (code >= 48 && code <= 57) ? NEUTRAL_KIND : 0;
  }
  const point = text.codePointAt(i)!;
  let kind = kinds.get(point);
  if (kind === undefined) {
    const char = String.fromCodePoint(point);
    if (TERMINATOR.test(char)) kind = TERMINATOR_KIND | (point === 0x2024 || point === 0xfe52 || point === 0xff0e ? FULL_STOP_KIND : 0);
    else kind = PICTOGRAPH.test(char) ? NEUTRAL_KIND : 0;
    if (kinds.size < 4096) kinds.set(point, kind);
  }
  return kind;
}

function isParagraphSeparator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x85 || code === 0x2028 || code === 0x2029;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** SB's Close in ASCII: quotation marks and brackets. */
function isAsciiClose(code: number): boolean {
  return code === 34 || code === 39 || code === 40 || code === 41 || code === 91 || code === 93 || code === 123 || code === 125;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 0x80 || !WHITE_SPACE.test(text[i]!)) return false;
  }
  return true;
}
