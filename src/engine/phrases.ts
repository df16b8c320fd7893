// Linear phrase matching over the document's words: a trie of normalised word sequences.
// Built-in lexicons and preset phrases share it, so nothing a preset says ever becomes a regular
// expression. Matches never cross a mention, hashtag or link, and take the longest phrase at each
// position, left to right, without overlaps.
//
// Both sides are normalised the same way (matching.ts): width and compatibility forms (NFKC), case
// folding, Unicode's confusable letters, and invisible characters (soft hyphens, zero-width
// spaces), so "ｕｔｉｌｉｚｅ", "utіlize" (Cyrillic і) and "util­ize" (soft hyphen) are all "utilize".
//
// Built-in lexicons match words only: "half-price" also finds "half price". A preset's phrases
// keep what the manager wrote (`keepPunctuation`): "A+" needs the "+", "C++" both, "e.g." its
// stops, "like & share" its "&"; only spaces and hyphens between words stand for each other.

import type { Document } from './document';
import { forEachWordLike, keyOf, markAbbreviations } from './document';
import { INVISIBLE, matchingKey, matchingPunctuation } from './matching';
import type { TextRange } from './types';

interface Entry<T> {
  value: T;
  /** The phrase's punctuation, normalised; null when the index ignores punctuation. */
  shape: PhraseShape | null;
}

interface PhraseShape {
  /** Text before the first word ("#" of "#1"), and after the last ("+" of "A+"). */
  prefix: string;
  suffix: string;
  /** Between each two words: null where only spaces or hyphens stand (they match each other). */
  gaps: Array<string | null>;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  entries: Entry<T>[];
}

export interface PhraseIndex<T> {
  root: TrieNode<T>;
  keepPunctuation: boolean;
}

export interface PhraseIndexOptions {
  /** Require the punctuation a phrase carries (preset phrases); built-in lexicons leave it out. */
  keepPunctuation?: boolean;
}

export interface PhraseMatch<T> {
  /** Every value registered for the matched phrase (one phrase may sit in several lists). */
  values: T[];
  firstWord: number;
  lastWord: number;
  range: TextRange;
}

type Segment = { index: number; segment: string };

/** The word-like segments of a phrase, as a post's words are found (forEachWordLike: fast on ASCII, which built-in phrases are). */
function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  forEachWordLike(text, (start, end) => segments.push({ index: start, segment: text.slice(start, end) }));
  return segments;
}

/** Matching keys of a phrase's words, keyed as a post's words are, abbreviations ("e.g.", "U.S.") included, so the two meet. */
function keysOf(text: string, segments: Segment[]): string[] {
  const words = segments.map((segment) => ({ start: segment.index, end: segment.index + segment.segment.length, key: keyOf(segment.segment) }));
  markAbbreviations(text, words);
  return words.map((word) => matchingKey(word.key));
}

/** The punctuation around a phrase's words as a manager wrote it. */
function shapeOf(text: string, segments: Segment[]): PhraseShape {
  const between = (from: number, to: number) => matchingPunctuation(text.slice(from, to));
  const gaps = segments.slice(1).map((segment, index) => {
    const previous = segments[index]!;
    const gap = between(previous.index + previous.segment.length, segment.index);
    return isLooseGap(gap) ? null : withoutSpaces(gap);
  });
  const first = segments[0];
  const last = segments[segments.length - 1];
  return {
    prefix: first ? between(0, first.index).trimStart() : '',
    suffix: last ? between(last.index + last.segment.length, text.length).trimEnd() : '',
    gaps,
  };
}

export function buildPhraseIndex<T>(items: Iterable<{ phrase: string; value: T }>, options: PhraseIndexOptions = {}): PhraseIndex<T> {
  const keepPunctuation = options.keepPunctuation === true;
  const root: TrieNode<T> = { next: new Map(), entries: [] };
  for (const { phrase, value } of items) {
    // Invisible characters inside a word would split it; both sides drop them.
    const text = phrase.replace(INVISIBLE, '');
    const segments = segmentsOf(text);
    const keys = keysOf(text, segments);
    if (keys.length === 0) continue;
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    // Built-in lexicons match words only; a preset's phrases keep their punctuation.
    node.entries.push({ value, shape: keepPunctuation ? shapeOf(text, segments) : null });
  }
  return { root, keepPunctuation };
}

export function matchPhrases<T>(doc: Document, index: PhraseIndex<T>): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  const tokens = tokensOf(doc);
  const { text } = doc;
  let i = 0;
  let matchedUpTo = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!first.prose) {
      i++;
      continue;
    }
    let node = index.root.next.get(first.key);
    let longest: { last: number; range: TextRange; values: T[] } | undefined;
    let j = i;
    while (node) {
      const found = node.entries.length > 0 ? accepted(text, tokens, i, j, node.entries, matchedUpTo) : undefined;
      if (found && (!longest || found.range.end > longest.range.end)) longest = { last: j, range: found.range, values: found.values };
      const here = tokens[j]!;
      const next = tokens[j + 1];
      if (!next || !next.prose || (!index.keepPunctuation && !here.joinsNext)) break;
      j++;
      node = node.next.get(next.key);
    }
    if (longest) {
      matches.push({ values: longest.values, firstWord: first.firstWord, lastWord: tokens[longest.last]!.lastWord, range: longest.range });
      matchedUpTo = longest.range.end;
      i = longest.last + 1;
    } else {
      i++;
    }
  }
  return matches;
}

// ---------- the document's words, as matching sees them ----------

interface Token {
  key: string;
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
  prose: boolean;
  joinsNext: boolean;
}

const tokenCache = new WeakMap<Document, Token[]>();
const NOT_ASCII = /[^\u0000-\u007f]/;

/**
 * The document's words with matching keys. Words that only invisible characters separate
 * ("util\u200Bize") are one token. Plain ASCII text (most posts) needs none of this and keeps its keys.
 */
function tokensOf(doc: Document): Token[] {
  let tokens = tokenCache.get(doc);
  if (tokens) return tokens;
  const ascii = !NOT_ASCII.test(doc.text);
  tokens = [];
  for (let index = 0; index < doc.words.length; index++) {
    const word = doc.words[index]!;
    const prose = word.entity === undefined && !word.signOff;
    const previous = tokens[tokens.length - 1];
    if (!ascii && previous && previous.lastWord === index - 1 && isInvisibleGap(doc.text, previous.end, word.start)) {
      previous.key += word.key;
      previous.end = word.end;
      previous.lastWord = index;
      previous.prose &&= prose;
      previous.joinsNext = word.joinsNext;
      continue;
    }
    tokens.push({ key: word.key, start: word.start, end: word.end, firstWord: index, lastWord: index, prose, joinsNext: word.joinsNext });
  }
  if (!ascii) for (const token of tokens) token.key = matchingKey(token.key);
  tokenCache.set(doc, tokens);
  return tokens;
}

function isInvisibleGap(text: string, from: number, to: number): boolean {
  // No ASCII character is invisible (a space, the commonest gap, answers at once).
  return to > from && text.charCodeAt(from) >= 0x80 && text.slice(from, to).replace(INVISIBLE, '') === '';
}

// ---------- punctuation (preset phrases) ----------

/** How far past a phrase's own punctuation a gap is read: invisible characters beyond that do not hide it. */
const SCAN_SLACK = 64;

function isLooseGap(gap: string): boolean {
  return /^[ -]+$/.test(gap);
}

function withoutSpaces(text: string): string {
  return text.replace(/ /g, '');
}

/**
 * The entries whose punctuation the text around tokens i..j carries, with the range they cover,
 * or undefined. Only entries that cover the most text are kept ("A+" over "A" in "A+").
 */
function accepted<T>(text: string, tokens: Token[], i: number, j: number, entries: Entry<T>[], notBefore: number): { range: TextRange; values: T[] } | undefined {
  const first = tokens[i]!;
  const last = tokens[j]!;
  let best: { range: TextRange; values: T[] } | undefined;
  for (const { value, shape } of entries) {
    let range: TextRange | null = { start: first.start, end: last.end };
    if (shape) range = punctuated(text, tokens, i, j, shape);
    if (!range || range.start < notBefore) continue;
    const length = range.end - range.start;
    if (!best || length > best.range.end - best.range.start) best = { range, values: [value] };
    else if (length === best.range.end - best.range.start) best.values.push(value);
  }
  return best;
}

/** The range tokens i..j take with the phrase's prefix and suffix, or null when the text lacks its punctuation. */
function punctuated(text: string, tokens: Token[], i: number, j: number, shape: PhraseShape): TextRange | null {
  for (let k = i; k < j; k++) {
    const gap = readGap(text, tokens[k]!.end, tokens[k + 1]!.start, (shape.gaps[k - i]?.length ?? 0) + SCAN_SLACK);
    if (gap === null) return null;
    const wanted = shape.gaps[k - i];
    if (wanted === null || wanted === undefined ? !(tokens[k]!.joinsNext && isLooseGap(gap)) : withoutSpaces(gap) !== wanted) return null;
  }
  const start = shape.prefix ? prefixStart(text, tokens[i - 1]?.end ?? 0, tokens[i]!.start, shape.prefix) : tokens[i]!.start;
  const end = shape.suffix ? suffixEnd(text, tokens[j]!.end, tokens[j + 1]?.start ?? text.length, shape.suffix) : tokens[j]!.end;
  return start === null || end === null ? null : { start, end };
}

/** The normalised text between two words, or null when it is longer than `limit` (then no phrase gap can equal it). */
function readGap(text: string, from: number, to: number, limit: number): string | null {
  if (to - from > limit) return null;
  return matchingPunctuation(text.slice(from, to));
}

/**
 * Where the suffix ends when the text after a word starts with it, or null. The character after it
 * must not repeat its last one: "C++" is not found in "C+++", nor "A+" in "A++".
 */
function suffixEnd(text: string, from: number, limit: number, suffix: string): number | null {
  let read = '';
  let index = from;
  const stop = Math.min(limit, from + suffix.length + SCAN_SLACK);
  while (read.length < suffix.length && index < stop) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    read = appendPunctuation(read, char);
    index += char.length;
  }
  if (read !== suffix) return null;
  const after = index < limit ? matchingPunctuation(String.fromCodePoint(text.codePointAt(index)!)) : '';
  return after !== '' && after === suffix[suffix.length - 1] ? null : index;
}

/** Where the prefix starts when the text before a word ends with it, or null; mirrors suffixEnd. */
function prefixStart(text: string, limit: number, to: number, prefix: string): number | null {
  let read = '';
  let index = to;
  const stop = Math.max(limit, to - prefix.length - SCAN_SLACK);
  while (read.length < prefix.length && index > stop) {
    const low = text.charCodeAt(index - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && index - 2 >= stop ? 2 : 1;
    read = appendPunctuation(read, text.slice(index - width, index), true);
    index -= width;
  }
  if (read !== prefix) return null;
  const before = index > limit ? matchingPunctuation(text.slice(index - 1, index)) : '';
  return before !== '' && before === prefix[0] ? null : index;
}

/** Adds one character's normalised form to text read so far (at the front when reading backwards), keeping white space collapsed. */
function appendPunctuation(read: string, char: string, atFront = false): string {
  const piece = matchingPunctuation(char);
  if (piece === ' ' && (atFront ? read.startsWith(' ') : read.endsWith(' '))) return read;
  return atFront ? piece + read : read + piece;
}
