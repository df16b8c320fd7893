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
// Only a run of LONGEST_SENTENCE_PIECE characters with none of these ("1.😀1.😀…": no letters,
// line breaks or capitals) is cut at an arbitrary point, where a sentence boundary may move.
//
// One more change from the segmenter: a run of blank lines is one blank sentence, not one per
// line. No rule reads blank sentences, and a million empty lines stay one object.

import { rememberedPerCodePoint } from './code-points';
import type { TextRange } from './types';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Pieces are cut at the last safe place at or after this length… */
export const SENTENCE_PIECE_LENGTH = 1024;
/** …or, when there is none, at an arbitrary place after this length. */
const LONGEST_SENTENCE_PIECE = 8 * SENTENCE_PIECE_LENGTH;

/** SB's ATerm and STerm: checked exhaustively against the segmenter (sentences.test.ts). */
const TERMINATOR = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const WHITE_SPACE = /\s/;

const enum Cut {
  None,
  /** The segmenter always breaks here. */
  Boundary,
  /** The segmenter never breaks here and reads nothing across it: join the sentences either side. */
  Inside,
}

/** Kinds of character, as bit flags. */
const TERMINATOR_KIND = 1;
const FULL_STOP_KIND = 2;
/** ASCII letters and digits, and pictographs that are not terminators: SB's Upper, Lower, Numeric and Other. */
const NEUTRAL_KIND = 4;
const LETTER_KIND = 8;
const UPPER_KIND = 16;
const CLOSE_KIND = 32;
const SPACE_KIND = 64;
const SEPARATOR_KIND = 128;

/** Sentence ranges covering `text`, as the segmenter gives them for the whole text (runs of blank lines joined). */
export function sentenceRanges(text: string, pieceLength = SENTENCE_PIECE_LENGTH, longestPiece = LONGEST_SENTENCE_PIECE): TextRange[] {
  const out = new SentenceList(text);
  // A post (most texts) is one piece: the segmenter reads it whole, as it always did.
  if (text.length <= pieceLength) {
    segmentPiece(text, 0, text.length, false, true, true, out);
    return out.ranges;
  }
  let joinFirst = false;
  forEachPiece(text, pieceLength, longestPiece, (start, end, cut, hasTerminator, hasSeparator) => {
    segmentPiece(text, start, end, joinFirst, hasTerminator, hasSeparator, out);
    joinFirst = cut === Cut.Inside;
  });
  return out.ranges;
}

/** Where the pieces the segmenter reads end (for tests that move text across them). */
export function sentencePieceEnds(text: string): number[] {
  const ends: number[] = [];
  forEachPiece(text, SENTENCE_PIECE_LENGTH, LONGEST_SENTENCE_PIECE, (_start, end) => ends.push(end));
  return ends;
}

type PieceVisitor = (start: number, end: number, cut: Cut, hasTerminator: boolean, hasSeparator: boolean) => void;

function forEachPiece(text: string, pieceLength: number, longestPiece: number, visit: PieceVisitor): void {
  // One pass. The state after text[i - 1]: a full stop whose SB8 look-ahead has not met a
  // letter yet; the group (terminator, closing marks, then spaces: SB9–11) text[i - 1] ends, if any.
  let fullStopWaiting = false;
  let group = Group.None;
  let previousKind = 0;
  let pieceStart = 0;
  // The last place a piece may end, its kind, and what the text before it holds.
  let cutAt = -1;
  let cutKind = Cut.None;
  let lastTerminator = -1;
  let lastSeparator = -1;
  let terminatorBeforeCut = -1;
  let separatorBeforeCut = -1;
  const emit = (end: number, kind: Cut, terminator: number, separator: number) => {
    visit(pieceStart, end, kind, terminator >= pieceStart, separator >= pieceStart);
    pieceStart = end;
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const kind = code < 0x80 ? ASCII_KINDS[code]! : classify(text, i);
    if (i > pieceStart) {
      const cut = cutBefore(kind, previousKind, group, fullStopWaiting);
      if (cut !== Cut.None) {
        cutAt = i;
        cutKind = cut;
        terminatorBeforeCut = lastTerminator;
        separatorBeforeCut = lastSeparator;
      }
      if (i - pieceStart >= pieceLength) {
        if (cutAt > pieceStart) emit(cutAt, cutKind, terminatorBeforeCut, separatorBeforeCut);
        else if (i - pieceStart >= Math.max(pieceLength, longestPiece) && !(code >= 0xdc00 && code <= 0xdfff)) emit(i, Cut.Boundary, lastTerminator, lastSeparator);
      }
    }
    // Advance the state past text[i].
    if (kind & TERMINATOR_KIND) {
      group = kind & FULL_STOP_KIND ? Group.FullStop : Group.Other;
      fullStopWaiting = (kind & FULL_STOP_KIND) !== 0;
      lastTerminator = i;
    } else if (group !== Group.None && kind & SPACE_KIND) {
      group |= Group.Spaced;
    } else if (group !== Group.None && !(group & Group.Spaced) && kind & CLOSE_KIND) {
      group |= Group.Closed;
    } else {
      group = Group.None;
      if (kind & (LETTER_KIND | SEPARATOR_KIND)) fullStopWaiting = false;
    }
    if (kind & SEPARATOR_KIND) lastSeparator = i;
    previousKind = code === 13 && text.charCodeAt(i + 1) === 10 ? 0 : kind;
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    // Runs that change nothing but where a piece may end are read tightly, up to where the piece
    // reaches its length and the loop above decides.
    if (previousKind & SEPARATOR_KIND) {
      // Line feeds after a line break (blank lines): a piece may end before each (Boundary).
      const limit = Math.min(text.length, pieceStart + pieceLength);
      let j = i;
      while (j < limit && text.charCodeAt(j) === 10) j++;
      if (j > i) {
        cutAt = j - 1;
        cutKind = Cut.Boundary;
        terminatorBeforeCut = lastTerminator;
        separatorBeforeCut = j - 1 > i ? j - 2 : lastSeparator;
        lastSeparator = j - 1;
        group = Group.None;
        fullStopWaiting = false;
        i = j;
      }
    } else if (group === Group.None && !fullStopWaiting) {
      // Characters other than terminators and line breaks, with no terminator group open and no
      // full stop waiting: each leaves that state as it is (Inside between two letters, digits or pictographs).
      const limit = Math.min(text.length, pieceStart + pieceLength);
      let j = i;
      let kindBefore = previousKind;
      let lastInside = -1;
      while (j < limit) {
        const next = text.charCodeAt(j);
        const nextKind = next < 0x80 ? ASCII_KINDS[next]! : classify(text, j);
        if (nextKind & (TERMINATOR_KIND | SEPARATOR_KIND)) break;
        if (kindBefore & nextKind & NEUTRAL_KIND) lastInside = j;
        kindBefore = nextKind;
        j += next >= 0xd800 && next <= 0xdbff && j + 1 < text.length ? 2 : 1;
      }
      if (lastInside >= 0) {
        cutAt = lastInside;
        cutKind = Cut.Inside;
        terminatorBeforeCut = lastTerminator;
        separatorBeforeCut = lastSeparator;
      }
      previousKind = kindBefore;
      i = j;
    }
  }
  if (pieceStart < text.length) emit(text.length, Cut.Boundary, lastTerminator, lastSeparator);
}

const enum Group {
  None = 0,
  FullStop = 1,
  Other = 2,
  Closed = 4,
  Spaced = 8,
}

/** The cut allowed before a character of `kind`, given the state after the one before it (of previousKind). */
function cutBefore(kind: number, previousKind: number, group: Group, fullStopWaiting: boolean): Cut {
  // After a line break (a CR before LF has no kind, so CR LF stays whole).
  if (previousKind & SEPARATOR_KIND) return Cut.Boundary;
  // SB11 with nothing that SB8 or SB8a could hold back: a letter after "?" or "!", a capital after ". " or ".)".
  if (group & Group.Other && kind & LETTER_KIND) return Cut.Boundary;
  if (group & Group.FullStop && group & (Group.Closed | Group.Spaced) && kind & UPPER_KIND) return Cut.Boundary;
  if (previousKind & NEUTRAL_KIND && kind & NEUTRAL_KIND && !fullStopWaiting) return Cut.Inside;
  return Cut.None;
}

/** SB's Close in ASCII: quotation marks and brackets. */
const ASCII_CLOSE = `"'()[]{}`;

const ASCII_KINDS = (() => {
  const kinds = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const char = String.fromCharCode(code);
    if (code === 46) kinds[code] = TERMINATOR_KIND | FULL_STOP_KIND;
    else if (code === 33 || code === 63) kinds[code] = TERMINATOR_KIND;
    else if (/[A-Z]/.test(char)) kinds[code] = NEUTRAL_KIND | LETTER_KIND | UPPER_KIND;
    else if (/[a-z]/.test(char)) kinds[code] = NEUTRAL_KIND | LETTER_KIND;
    else if (/[0-9]/.test(char)) kinds[code] = NEUTRAL_KIND;
    else if (ASCII_CLOSE.includes(char)) kinds[code] = CLOSE_KIND;
    else if (code === 32 || code === 9) kinds[code] = SPACE_KIND;
    else if (code === 10 || code === 13) kinds[code] = SEPARATOR_KIND;
  }
  return kinds;
})();

const nonAsciiKind = rememberedPerCodePoint((char) => {
  if (char === '\u0085' || char === '\u2028' || char === '\u2029') return SEPARATOR_KIND;
  if (TERMINATOR.test(char)) return TERMINATOR_KIND | (char === '\u2024' || char === '\ufe52' || char === '\uff0e' ? FULL_STOP_KIND : 0);
  return PICTOGRAPH.test(char) ? NEUTRAL_KIND : 0;
});

function classify(text: string, i: number): number {
  return nonAsciiKind(text.codePointAt(i)!);
}

function segmentPiece(text: string, start: number, end: number, joinFirst: boolean, hasTerminator: boolean, hasSeparator: boolean, out: SentenceList): void {
  if (hasTerminator && isAscii(text, start, end)) return asciiSentences(text, start, end, joinFirst, out);
  if (hasTerminator) {
    let first = true;
    for (const segment of segmenter.segment(text.slice(start, end))) {
      out.add(start + segment.index, start + segment.index + segment.segment.length, first && joinFirst);
      first = false;
    }
    return;
  }
  // No terminator: only line breaks end sentences (SB4), CR LF counting as one.
  if (!hasSeparator) return out.add(start, end, joinFirst);
  let from = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code === 10 || code === 13 || code === 0x85 || code === 0x2028 || code === 0x2029) && !(code === 13 && text.charCodeAt(i + 1) === 10)) {
      out.add(from, i + 1, from === start && joinFirst);
      from = i + 1;
      // Empty lines after a blank sentence only lengthen it.
      if (out.endsBlank()) {
        while (i + 1 < end && text.charCodeAt(i + 1) === 10) i++;
        if (i + 1 > from) out.extendLast((from = i + 1));
      }
    }
  }
  if (from < end) out.add(from, end, from === start && joinFirst);
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** SB's classes of ASCII characters (ASCII has no OLetter, Sep, Format or Extend). */
const enum Sb {
  Other,
  CR,
  LF,
  Sp,
  Lower,
  Upper,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
}

const ASCII_SB = (() => {
  const classes = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const char = String.fromCharCode(code);
    classes[code] =
      code === 13 ? Sb.CR
      : code === 10 ? Sb.LF
      : code === 9 || code === 11 || code === 12 || code === 32 ? Sb.Sp
      : /[a-z]/.test(char) ? Sb.Lower
      : /[A-Z]/.test(char) ? Sb.Upper
      : /[0-9]/.test(char) ? Sb.Numeric
      : char === '.' ? Sb.ATerm
      : char === '!' || char === '?' ? Sb.STerm
      : ASCII_CLOSE.includes(char) ? Sb.Close
      : `,-:;`.includes(char) ? Sb.SContinue
      : Sb.Other;
  }
  return classes;
})();

/**
 * The sentences of an ASCII stretch by UAX #29's rules (SB3–SB11), as the segmenter finds them
 * (checked against it in sentences.test.ts): the segmenter's objects cost more than the rules.
 */
function asciiSentences(text: string, start: number, end: number, joinFirst: boolean, out: SentenceList): void {
  if (start === end) return;
  const at = (i: number) => ASCII_SB[text.charCodeAt(i)]!;
  // SB8 looks ahead past everything but letters, line breaks and terminators for a lower-case
  // letter: whether one comes first from each position, worked out from the end.
  const lowerNext = new Uint8Array(end - start + 1);
  for (let i = end - 1; i >= start; i--) {
    const sb = at(i);
    lowerNext[i - start] = sb === Sb.Lower ? 1 : sb === Sb.Upper || sb === Sb.CR || sb === Sb.LF || sb === Sb.ATerm || sb === Sb.STerm ? 0 : lowerNext[i - start + 1]!;
  }
  let from = start;
  // After "SATerm Close* Sp*" ending just before i: the terminator, and whether closing marks or spaces followed it.
  let terminator = Sb.Other;
  let closed = false;
  let spaced = false;
  let beforeTerminator = Sb.Other;
  let previous = at(start);
  if (previous === Sb.ATerm || previous === Sb.STerm) terminator = previous;
  for (let i = start + 1; i < end; i++) {
    const sb = at(i);
    let boundary = false;
    if (previous === Sb.CR || previous === Sb.LF) boundary = !(previous === Sb.CR && sb === Sb.LF); // SB3, SB4
    else if (terminator !== Sb.Other) {
      const justAfter = !closed && !spaced;
      if (terminator === Sb.ATerm && justAfter && sb === Sb.Numeric) boundary = false; // SB6
      else if (terminator === Sb.ATerm && justAfter && sb === Sb.Upper && (beforeTerminator === Sb.Upper || beforeTerminator === Sb.Lower)) boundary = false; // SB7
      else if (terminator === Sb.ATerm && lowerNext[i - start] === 1) boundary = false; // SB8
      else if (sb === Sb.SContinue || sb === Sb.ATerm || sb === Sb.STerm) boundary = false; // SB8a
      else if (!spaced && (sb === Sb.Close || sb === Sb.Sp || sb === Sb.CR || sb === Sb.LF)) boundary = false; // SB9
      else if (sb === Sb.Sp || sb === Sb.CR || sb === Sb.LF) boundary = false; // SB10
      else boundary = true; // SB11
    }
    if (boundary) {
      out.add(from, i, from === start && joinFirst);
      from = i;
    }
    // The state after text[i].
    if (sb === Sb.ATerm || sb === Sb.STerm) {
      terminator = sb;
      closed = false;
      spaced = false;
      beforeTerminator = previous;
    } else if (terminator !== Sb.Other && sb === Sb.Close && !spaced) closed = true;
    else if (terminator !== Sb.Other && sb === Sb.Sp) spaced = true;
    else terminator = Sb.Other;
    previous = sb;
  }
  out.add(from, end, from === start && joinFirst);
}

/** Collects ranges, joining across Inside cuts and joining runs of blank sentences. */
class SentenceList {
  readonly ranges: TextRange[] = [];
  private lastBlank = false;

  constructor(private readonly text: string) {}

  /** The last sentence is blank: adding a blank one after it would only lengthen it. */
  endsBlank(): boolean {
    return this.lastBlank && this.ranges.length > 0;
  }

  extendLast(end: number): void {
    this.ranges[this.ranges.length - 1]!.end = end;
  }

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

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 0x80 || !WHITE_SPACE.test(text[i]!)) return false;
  }
  return true;
}
