// The one tokenization pass every rule reads: words and sentences from Intl.Segmenter, mentions,
// hashtags, links and cashtags from twitter-text, emoji from Unicode properties, and the writer's
// sign-off. All ranges are UTF-16 offsets into the text exactly as given.

import type { LengthCounting, TextRange } from './types';
import { PIECE_LENGTH, attachesToPrevious, isAttachingCharacter, pieces } from './chunks';
import { rememberedPerCodePoint } from './code-points';
import { extractEntitiesAndLinks } from './entities';
import { findQuotations } from './quotations';
import { countingKey, measureLength } from './length';
import { countEmoji, findEmoji } from './pictographs';
import { sentenceRanges } from './sentences';
import { syllables } from './syllables';

export type EntityKind = 'mention' | 'hashtag' | 'url' | 'cashtag';

export interface Entity extends TextRange {
  kind: EntityKind;
}

export interface Word extends TextRange {
  text: string;
  /**
   * Lower case, with ’ folded to ' — the key phrase lists are matched on. For entity words, the
   * entities as written ("#thanks @ann"), which no list holds.
   */
  key: string;
  /** Index into Document.sentences. */
  sentence: number;
  /**
   * Set when the word is part of a mention, hashtag, link or cashtag: then it is all the entity
   * words that follow one another in its sentence ("https://t.co/x #tag @ann" is one word), the
   * kind being the first one's. Rules only ask whether prose stands beside a word, and a pile of
   * 100,000 hashtags costs one word, not 100,000.
   */
  entity?: EntityKind;
  /** Part of the sign-off ("^JS", "– Sam"); not counted as prose. */
  signOff: boolean;
  /** Only white space, a hyphen, slash, apostrophe or ampersand separates it from the next word in its sentence. */
  joinsNext: boolean;
  capitalised: boolean;
  allCaps: boolean;
  syllables: number;
  /** Inside quotation marks: a quotation or the title of a work. */
  inQuotes: boolean;
}

export interface Sentence extends TextRange {
  /** Word indices [firstWord, endWord). */
  firstWord: number;
  endWord: number;
  /** Prose words: not in an entity or the sign-off. */
  contentWords: number[];
  question: boolean;
}

export interface SignOff extends TextRange {
  style: 'initials' | 'dash-name';
  /** The whole sign-off as written ("^Sue, store manager"). */
  text: string;
  /** The signature without a role after it ("^Sue"): what a preset's accepted list is compared with. */
  name: string;
}

export interface Document {
  text: string;
  words: Word[];
  sentences: Sentence[];
  entities: Entity[];
  /** Emoji and emoticons, listed when first asked for: a draft may hold a million, and only a preset with an emoji policy reads them one by one. */
  emojiRanges(): TextRange[];
  emojiCount: number;
  signOff?: SignOff;
  /** Mentions before any prose: the post is a reply to them. */
  leadingMentions: number;
  /** A retweet marker ("RT @name", "MT @name"): the credit, and where the quoted text begins. */
  retweet?: { marker: TextRange; quotedFrom: number };
  /** Text in quotation marks, marks included. */
  quotations: TextRange[];
  /**
   * Someone else's words, which the writer cannot edit: the text after a retweet marker, and
   * quotations of three words or more (shorter ones are titles, terms or scare quotes). In text
   * order, not overlapping.
   */
  othersWords: TextRange[];
  /** The text's length in a network's unit (twitter-text weighted, UTF-16, code points, graphemes). */
  lengthIn(counting: LengthCounting): number;
  readingGrade: number;
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

const JOINING_CHARACTERS = new Set([' ', '\t', '\n', '\r', '\u00a0', '-', '‐', '–', '/', "'", '’', '&', '+']);
const HAS_LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
// Sign-offs at the very end, before any trailing links, hashtags or a "1/2" thread counter, in
// the shapes care and community teams use: initials ("^JS", "/CB", "*TS", "-KC", "--JV", "– JV"),
// a dash and a first name ("– Sam", "-Anwar", "~ Eilish M."), either with a role after a comma
// ("^Sue, store manager", "– Hana, Leeds store"), or a name and a role on their own after the
// last sentence ("Joe, kitchen lead").
const TRAILER = String.raw`\.?(?:\s+(?:https?:\/\/\S+|#\S+|\d\/\d))*\s*$`;
const ROLE = String.raw`(?:,\s?(\p{L}[\p{L}'&]*(?: \p{L}[\p{L}'&]*){0,3}))?`;
const SIGN_OFF = new RegExp(
  String.raw`(?:^|\s)(?:(\^\p{L}{1,12}|[/*]\p{Lu}{1,3}|-{1,2}\p{Lu}{2,3}|[–—~]\s?\p{Lu}{2,3})|((?:-{1,2}|[–—~])\s?\p{Lu}\p{Ll}{1,15}(?: \p{Lu}\.?)?))(?![\p{L}])` + ROLE + TRAILER,
  'u',
);
/** "Joe, kitchen lead": a name and a role, alone after the last sentence. */
const NAME_AND_ROLE = new RegExp(String.raw`(?:[.!?…)]\s+|\n\s*)(\p{Lu}\p{Ll}{1,15}), (\p{Ll}+(?: \p{Ll}+){0,3})` + TRAILER, 'u');
/** The last word of a role in "Name, role". */
const ROLE_NOUNS = new Set([
  'lead', 'manager', 'team', 'store', 'shop', 'branch', 'support', 'care', 'chef', 'editor', 'director', 'head', 'founder',
  'ceo', 'host', 'crew', 'desk', 'office', 'staff', 'volunteer', 'coordinator', 'officer', 'agent', 'advisor', 'adviser',
  'engineer', 'designer', 'librarian', 'owner', 'baker', 'barista', 'captain', 'parks', 'warden', 'ranger', 'nurse',
]);
const SIGN_OFF_WINDOW = 120;

/** The hashtags, mentions, cashtags and links in a text, as the engine finds them. */
export function entitiesIn(text: string): readonly Entity[] {
  return parseDocument(text).entities;
}

export function parseDocument(text: string): Document {
  const { entities, links } = extractEntitiesAndLinks(text);
  const signOff = findSignOff(text);
  const sentences: Sentence[] = [];
  const sentenceBounds = segmentSentences(text);
  const words = segmentWords(text, sentenceBounds, entities, signOff);

  let wordIndex = 0;
  for (const bound of sentenceBounds) {
    const firstWord = wordIndex;
    while (wordIndex < words.length && words[wordIndex]!.start < bound.end) wordIndex++;
    const contentWords: number[] = [];
    for (let i = firstWord; i < wordIndex; i++) if (isProse(words[i]!)) contentWords.push(i);
    // Written out, not spread from `bound`: V8 keeps fields added after a spread out of line (see README.md, Measuring), and every rule reads sentences.
    sentences.push({ start: bound.start, end: bound.end, firstWord, endWord: wordIndex, contentWords, question: isQuestion(text, bound) });
  }

  let leadingMentions = 0;
  for (const entity of entities) {
    if (entity.kind !== 'mention') break;
    const gap = text.slice(leadingMentions === 0 ? 0 : entities[leadingMentions - 1]!.end, entity.start);
    if (!/^[\s.]*$/.test(gap)) break;
    leadingMentions++;
  }

  const lengths = new Map<string, number>();
  let emoji: TextRange[] | undefined;
  const retweet = findRetweet(words, entities);
  const quotations = findQuotations(text);
  markQuoted(words, quotations);
  return {
    text,
    words,
    sentences,
    entities,
    // A method, not a getter: V8 builds an object literal with a getter in it on a slow path, once per draft.
    emojiRanges() {
      return (emoji ??= findEmoji(text));
    },
    emojiCount: countEmoji(text),
    signOff,
    leadingMentions,
    retweet,
    quotations,
    othersWords: othersWordsIn(words, quotations, retweet?.quotedFrom, text.length),
    lengthIn(counting) {
      const key = countingKey(counting);
      let length = lengths.get(key);
      if (length === undefined) {
        length = measureLength(text, entities, counting, links);
        lengths.set(key, length);
      }
      return length;
    },
    readingGrade: readingGrade(words, sentences),
  };
}

/** Marks the words inside quotation marks (both lists are in text order). */
function markQuoted(words: Word[], quotations: TextRange[]): void {
  let q = 0;
  for (const word of words) {
    while (q < quotations.length && quotations[q]!.end <= word.start) q++;
    if (q === quotations.length) return;
    if (word.start > quotations[q]!.start && word.end < quotations[q]!.end) word.inQuotes = true;
  }
}

/** A quotation this long is someone's words, not a title or a scare-quoted term. */
const QUOTATION_WORDS = 3;

function othersWordsIn(words: Word[], quotations: TextRange[], quotedFrom: number | undefined, length: number): TextRange[] {
  const spans: TextRange[] = [];
  let w = 0;
  for (const quotation of quotations) {
    if (quotedFrom !== undefined && quotation.end > quotedFrom) break;
    while (w < words.length && words[w]!.start <= quotation.start) w++;
    let count = 0;
    for (let k = w; k < words.length && words[k]!.end < quotation.end && count < QUOTATION_WORDS; k++) count++;
    if (count >= QUOTATION_WORDS) spans.push(quotation);
  }
  if (quotedFrom !== undefined && quotedFrom < length) spans.push({ start: quotedFrom, end: length });
  return spans;
}

export function isProse(word: Word): boolean {
  return word.entity === undefined && !word.signOff;
}

const SINGLE_LETTER = /^\p{Alphabetic}$/u;
/** UAX #29 MidLetter and MidNumLet characters other than apostrophes: ".", ":", "·", fullwidth forms… */
const INNER_WORD_PUNCTUATION = new Set(['.', ':', '\u00b7', '\u0387', '\u05f4', '\u2027', '\ufe13', '\ufe52', '\ufe55', '\uff0e', '\uff1a']);

function isLetterAt(text: string, index: number): boolean {
  return SINGLE_LETTER.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** The code point ending just before `index`, read whole when it is an astral (surrogate pair) one. */
function isLetterBefore(text: string, index: number): boolean {
  const low = text.charCodeAt(index - 1);
  const isPair = low >= 0xdc00 && low <= 0xdfff && index >= 2 && text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff;
  return isLetterAt(text, isPair ? index - 2 : index - 1);
}

/**
 * Word-like segments that are the same in every ICU. Node's ICU keeps "water.Today", "bar.com" and
 * "a:b" as one word (UAX #29 MidLetter); Chromium's splits them. Always splitting at such
 * punctuation between letters makes the panel (Chromium) and the CLI (Node) score a text identically.
 */
export function* wordLikeSegments(text: string): Generator<{ index: number; segment: string }> {
  for (const { segment, index, isWordLike } of wordSegmenter.segment(text)) {
    if (!isWordLike) continue;
    let from = 0;
    for (let i = 1; i < segment.length - 1; i++) {
      const c = segment[i];
      if (INNER_WORD_PUNCTUATION.has(c!) && isLetterBefore(segment, i) && isLetterAt(segment, i + 1)) {
        yield { index: index + from, segment: segment.slice(from, i) };
        from = i + 1;
      }
    }
    yield { index: index + from, segment: segment.slice(from) };
  }
}

const NO_RANGES: readonly TextRange[] = [];

/**
 * Every word-like segment of `text`, as wordLikeSegments gives them, but faster, and as ranges
 * (a word the caller passes over is never copied): tokens of plain ASCII (between ASCII white
 * space) are split here by the few UAX #29 rules that can apply to them, runs of emoji hold no
 * word and are passed over, and only the other stretches go through Intl.Segmenter, whose
 * per-segment objects dominate the cost. UAX #29 always breaks at white space, so tokens can be
 * split separately, and long stretches are handed over in pieces. Stretches in `passOver` (in
 * text order, each from a token's start to another's) are not read: the caller knows their words.
 */
export function forEachWordLike(text: string, visit: (start: number, end: number) => void, passOver = NO_RANGES): void {
  // The stretch the segmenter still has to read, from complexFrom to where the scan is.
  let complexFrom = -1;
  const flushComplex = (end: number) => {
    if (complexFrom < 0) return;
    for (const piece of pieces(text.slice(complexFrom, end))) {
      for (const segment of wordLikeSegments(piece.text)) {
        const start = complexFrom + piece.start + segment.index;
        visit(start, start + segment.segment.length);
      }
    }
    complexFrom = -1;
  };
  /**
   * A token beyond plain ASCII. A run of emoji in it is passed over when the segmenter breaks on
   * both sides of it: the character after each side neither attaches to the one before (a mark,
   * joiner or modifier) nor follows a joiner.
   */
  const readComplexToken = (start: number, end: number) => {
    // A stretch for the segmenter ends before a long one would grow longer (not before a mark, which belongs to the space).
    if (complexFrom >= 0 && start - complexFrom > PIECE_LENGTH && !attachesToPrevious(text, start)) flushComplex(start);
    let wordlessFrom = -1;
    for (let k = start; k < end; ) {
      const code = text.charCodeAt(k);
      const low = text.charCodeAt(k + 1);
      const pair = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(low);
      const width = pair ? 2 : 1;
      // One look-up per code point: does it attach to the one before (as in attachesToPrevious), and is it wordless?
      const kind = code < 0xa9 ? 0 : complexKind(pair ? (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : code);
      const lone = !pair && code >= 0xd800 && code <= 0xdfff;
      const separable = !(isLowSurrogate(code) || kind & ATTACHES) && text.charCodeAt(k - 1) !== 0x200d;
      if (lone || kind & WORDLESS) {
        if (wordlessFrom < 0 && separable) wordlessFrom = k;
        else if (wordlessFrom < 0 && complexFrom < 0) complexFrom = k === start ? segmenterStart(text, start) : k;
      } else {
        if (wordlessFrom >= 0 && separable) flushComplex(wordlessFrom);
        else if (wordlessFrom >= 0 && complexFrom < 0) complexFrom = wordlessFrom;
        wordlessFrom = -1;
        if (complexFrom < 0) complexFrom = k === start ? segmenterStart(text, start) : k;
      }
      k += width;
    }
    if (wordlessFrom >= 0) flushComplex(wordlessFrom);
  };
  let i = 0;
  let passed = 0;
  while (i < text.length) {
    if (isAsciiSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // Indices are checked before reading: V8 reads past an array's end slowly.
    while (passed < passOver.length && passOver[passed]!.start < i) passed++;
    if (passed < passOver.length && passOver[passed]!.start === i) {
      flushComplex(i);
      i = passOver[passed]!.end;
      continue;
    }
    let end = i;
    let plain = true;
    let underscore = false;
    while (end < text.length && !isAsciiSpace(text.charCodeAt(end))) {
      const code = text.charCodeAt(end);
      // Beyond ASCII, leave everything to the segmenter.
      if (code > 0x7e) plain = false;
      else if (code === 95) underscore = true;
      end++;
    }
    // "_" joins words (ExtendNumLet), but the segmenter calls "_" alone no word and "__" a word: leave those to it.
    if (plain && underscore && hasLoneUnderscores(text, i, end)) plain = false;
    if (plain) {
      flushComplex(i);
      splitPlainToken(text, i, end, visit);
    } else {
      readComplexToken(i, end);
    }
    i = end;
  }
  flushComplex(text.length);
}

/**
 * Where the segmenter must start to read the token at `index` as in the whole text: a mark or
 * joiner opening a token belongs to the white space before it (UAX #29 WB4), and spaces keep
 * together (WB3d), so " \u200D🅰" is one word starting at the first space.
 */
function segmenterStart(text: string, index: number): number {
  if (!attachesToPrevious(text, index)) return index;
  if (text.charCodeAt(index - 1) === 9) return index - 1;
  let start = index;
  while (start > 0 && text.charCodeAt(start - 1) === 32) start--;
  return start;
}

/** A run of "_" with no letter or digit beside it. */
function hasLoneUnderscores(text: string, start: number, end: number): boolean {
  let runHasAlphanumeric = false;
  let runHasUnderscore = false;
  for (let k = start; k <= end; k++) {
    const code = k < end ? text.charCodeAt(k) : 0;
    if (code === 95) runHasUnderscore = true;
    else if (isAsciiAlphanumeric(code)) runHasAlphanumeric = true;
    else {
      if (runHasUnderscore && !runHasAlphanumeric) return true;
      runHasUnderscore = false;
      runHasAlphanumeric = false;
    }
  }
  return false;
}

/**
 * Pictographs (not the letter-like ones, "🅰" or "Ⓜ"), with their modifiers, joiners, variation
 * selectors, keycap and tag marks, and lone surrogates: never part of a word (checked in
 * document.test.ts).
 */
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0e\ufe0f\u20e3\u{e0020}-\u{e007f}]/u;
const LETTER_OR_NUMBER = /[\p{Alphabetic}\p{N}]/u;
const ATTACHES = 1;
const WORDLESS = 2;
/** A code point's kind for reading a token beyond ASCII: ATTACHES (chunks.ts's attachesToPrevious) and WORDLESS (an emoji part, not a letter). */
const complexKind = rememberedPerCodePoint(
  (char) => (isAttachingCharacter(char) ? ATTACHES : 0) | (EMOJI_PART.test(char) && !LETTER_OR_NUMBER.test(char) ? WORDLESS : 0),
);

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Words of an ASCII token: runs of letters, digits and "_" (WB9–10, WB13a–b join them). A "'"
 * between letters or digits stays inside the word ("don't": WB6–7, WB11–12), as do "." "," ";"
 * between digits ("1,000", "3.5": WB11–12). Every other mark breaks, including "." and ":"
 * between letters, where wordLikeSegments splits the segmenter's "bar.com" and "a:b" too.
 */
function splitPlainToken(text: string, start: number, end: number, visit: (start: number, end: number) => void): void {
  let wordStart = -1;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (isWordCharacter(code)) {
      if (wordStart < 0) wordStart = k;
      continue;
    }
    if (wordStart >= 0 && k + 1 < end && joinsInside(code, text.charCodeAt(k - 1), text.charCodeAt(k + 1))) continue;
    if (wordStart >= 0) visit(wordStart, k);
    wordStart = -1;
  }
  if (wordStart >= 0) visit(wordStart, end);
}

function joinsInside(mark: number, before: number, after: number): boolean {
  const digits = isAsciiDigit(before) && isAsciiDigit(after);
  if (mark === 39) return digits || (isAsciiLetter(before) && isAsciiLetter(after));
  return digits && (mark === 46 || mark === 44 || mark === 59);
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isWordCharacter(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 95;
}

/** Contractions typed without the apostrophe ("cant", "im"), read as the contraction. Words that are also ordinary words ("its", "well", "ill", "lets") are left alone. */
const INFORMAL_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['cant', "can't"], ['dont', "don't"], ['im', "i'm"], ['ive', "i've"], ['youre', "you're"], ['youve', "you've"], ['youll', "you'll"],
  ['didnt', "didn't"], ['doesnt', "doesn't"], ['isnt', "isn't"], ['arent', "aren't"], ['wasnt', "wasn't"], ['werent', "weren't"],
  ['couldnt', "couldn't"], ['wouldnt', "wouldn't"], ['shouldnt', "shouldn't"], ['havent', "haven't"], ['hasnt', "hasn't"],
  ['wont', "won't"], ['theyre', "they're"], ['thats', "that's"], ['whats', "what's"], ['heres', "here's"], ['theres', "there's"],
  ['weve', "we've"], ['itll', "it'll"], ['thatll', "that'll"],
]);

const LONGEST_INFORMAL_SPELLING = Math.max(...[...INFORMAL_SPELLINGS.keys()].map((spelling) => spelling.length));

export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  const folded = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  // Only short words can be an informal spelling (and a megabyte-long one is not hashed for nothing).
  return folded.length <= LONGEST_INFORMAL_SPELLING ? (INFORMAL_SPELLINGS.get(folded) ?? folded) : folded;
}

/** Only white space, hyphens, slashes, apostrophes or ampersands between two words. */
function isJoiningGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!JOINING_CHARACTERS.has(text[i]!)) return false;
  return true;
}

function segmentSentences(text: string): TextRange[] {
  const bounds: TextRange[] = [];
  for (const range of sentenceRanges(text)) splitAtLowerCaseStarts(text, range.start, range.end, bounds);
  return bounds;
}

const ABBREVIATIONS = new Set(['etc', 'vs', 'approx', 'incl', 'ca', 'cf', 'eg', 'ie', 'mr', 'mrs', 'ms', 'dr', 'st', 'no']);
const LETTERS_AND_STOPS_AT_END = /([\p{L}.]+)$/u;

/**
 * Unicode's sentence rules do not break before a lower-case letter, digit or punctuation
 * ("Done. our turn", "Out now. 8 tips"), but posts often start sentences that way; break there
 * too, except after an abbreviation. A break follows a terminal mark (. ! ? …), any closing marks
 * (" ' ’ ” ) ]) and at least one space, before anything but a capital; read in one pass.
 */
function splitAtLowerCaseStarts(text: string, start: number, end: number, bounds: TextRange[]): void {
  let from = start;
  if (hasTerminalMark(text, start, end)) {
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
      let next = i + 1;
      while (next < end && isClosingMark(text.charCodeAt(next))) next++;
      const spaces = next;
      while (next < end && isWhiteSpace(text.charCodeAt(next))) next++;
      if (next === spaces || next === end || isUpperCase(text.codePointAt(next)!)) continue;
      const before = LETTERS_AND_STOPS_AT_END.exec(text.slice(Math.max(start, i - 12), i))?.[1] ?? '';
      if (!before.includes('.') && !ABBREVIATIONS.has(before.toLowerCase())) {
        bounds.push({ start: from, end: next });
        from = next;
      }
      i = next - 1;
    }
  }
  bounds.push({ start: from, end });
}

function isClosingMark(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 93 || code === 0x2019 || code === 0x201d;
}

/** JavaScript's \s. */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isUpperCase(point: number): boolean {
  if (point < 0x80) return point >= 65 && point <= 90;
  return UPPER_START.test(String.fromCodePoint(point));
}

/** Does the sentence hold a terminal mark? Read from the end, where most sentences have theirs (a long one may be a megabyte of emoji with none). */
function hasTerminalMark(text: string, start: number, end: number): boolean {
  for (let i = end - 1; i >= start; i--) {
    const code = text.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63 || code === 0x2026) return true;
  }
  return false;
}

function segmentWords(text: string, sentenceBounds: TextRange[], entities: Entity[], signOff: SignOff | undefined): Word[] {
  const words: Word[] = [];
  let sentence = 0;
  let entity = 0;
  // Entity words, each with where its first entity starts; their text and key are read once the run is whole (linear).
  const runs: Word[] = [];
  const runEntityStarts: number[] = [];
  forEachWordLike(
    text,
    (start, end) => {
      while (sentence < sentenceBounds.length - 1 && sentenceBounds[sentence]!.end <= start) sentence++;
      while (entity < entities.length && entities[entity]!.end <= start) entity++;
      const inside = entity < entities.length && entities[entity]!.start < end ? entities[entity]!.kind : undefined;
      const previous = words[words.length - 1];
      if (inside !== undefined && previous?.entity !== undefined && previous.sentence === sentence) {
        previous.end = end;
        return;
      }
      if (inside !== undefined) runEntityStarts.push(Math.min(start, entities[entity]!.start));
      const raw = text.slice(start, end);
      const key = keyOf(raw);
      const shape = letterShape(raw, key);
      words.push({
        start,
        end,
        text: raw,
        key,
        sentence,
        entity: inside,
        signOff: signOff !== undefined && start >= signOff.start && end <= signOff.end,
        joinsNext: false,
        capitalised: (shape & CAPITALISED) !== 0,
        allCaps: (shape & ALL_CAPS) !== 0,
        syllables: shape & HAS_LETTERS ? syllables(key) : 1,
        inQuotes: false,
      });
      if (inside !== undefined) runs.push(words[words.length - 1]!);
    },
    entityRunInteriors(text, sentenceBounds, entities),
  );
  // The key is the entities as written, "#" or "@" included, so that no word list reads a tag as a
  // word ("#thanks" is not "thanks"). A run keeps its first word's letter shape and syllables: no
  // rule reads them on words that are not prose.
  runs.forEach((run, index) => {
    run.text = text.slice(run.start, run.end);
    run.key = keyOf(text.slice(runEntityStarts[index], run.end));
  });
  markAbbreviations(text, words);
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1]!;
    word.joinsNext = word.sentence === next.sentence && isProse(word) && isProse(next) && isJoiningGap(text, word.end, next.start);
  }
  return words;
}

/**
 * Where a run of entities needs no reading word by word: entities separated only by spaces or
 * tabs, in one sentence, make one entity word whatever lies inside them, so the words from the
 * second entity's start to the last one's start only stretch it. The run's first entity starts a
 * token and its first and last hold an ASCII letter or digit, so the entity word exists before the
 * interior and reaches as far after it. On a pile of 100,000 hashtags this is nearly all the text.
 */
function entityRunInteriors(text: string, sentenceBounds: readonly TextRange[], entities: readonly Entity[]): readonly TextRange[] {
  // A run with an interior has three entities or more; most posts have fewer.
  if (entities.length < 3) return NO_RANGES;
  const interiors: TextRange[] = [];
  let sentence = 0;
  let first = 0;
  while (first < entities.length) {
    const opening = entities[first]!;
    while (sentence < sentenceBounds.length - 1 && sentenceBounds[sentence]!.end <= opening.start) sentence++;
    let last = first;
    // The run's last entity read (where reading resumes) holds a word too, so the entity word ends where it would.
    let resume = first;
    if (startsToken(text, opening.start) && hasAsciiAlphanumeric(text, opening.start, opening.end)) {
      const sentenceEnd = sentenceBounds[sentence]?.end ?? text.length;
      while (last + 1 < entities.length && entities[last + 1]!.end <= sentenceEnd && isSpacesOrTabs(text, entities[last]!.end, entities[last + 1]!.start)) {
        last++;
        if (hasAsciiAlphanumeric(text, entities[last]!.start, entities[last]!.end)) resume = last;
      }
    }
    if (resume >= first + 2) interiors.push({ start: entities[first + 1]!.start, end: entities[resume]!.start });
    first = last + 1;
  }
  return interiors;
}

function startsToken(text: string, index: number): boolean {
  return index === 0 || isAsciiSpace(text.charCodeAt(index - 1));
}

function hasAsciiAlphanumeric(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAsciiAlphanumeric(text.charCodeAt(i))) return true;
  return false;
}

/** At least one character, and only spaces and tabs. */
function isSpacesOrTabs(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * "U.S.", "U.K.", "e.g.": single letters joined by full stops are one abbreviation, not the words
 * "U" (read as "you") and "S". Each piece gets the whole abbreviation as its key, so no word list
 * matches a piece on its own.
 */
export function markAbbreviations(text: string, words: ReadonlyArray<{ start: number; end: number; key: string }>): void {
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j + 1 < words.length && words[j]!.end - words[j]!.start === 1 && text[words[j]!.end] === '.' && words[j + 1]!.start === words[j]!.end + 1 && words[j + 1]!.end - words[j + 1]!.start === 1) j++;
    if (j > i) {
      const key = words.slice(i, j + 1).map((word) => word.key).join('.');
      for (let k = i; k <= j; k++) words[k]!.key = key;
    }
    i = j + 1;
  }
}

const HAS_LETTERS = 1;
const CAPITALISED = 2;
const ALL_CAPS = 4;

/**
 * Whether a word has letters, starts with a capital, and is all capitals, as bit flags. Plain
 * ASCII is read a character at a time (this runs on every word); anything else goes through the
 * Unicode-aware expressions, with the same answers.
 */
function letterShape(raw: string, key: string): number {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x80) return unicodeLetterShape(raw, key);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
  }
  if (upper + lower === 0) return 0;
  const first = raw.charCodeAt(0);
  return HAS_LETTERS | (first >= 65 && first <= 90 ? CAPITALISED : 0) | (upper > 0 && lower === 0 ? ALL_CAPS : 0);
}

function unicodeLetterShape(raw: string, key: string): number {
  if (!HAS_LETTER.test(raw)) return 0;
  return HAS_LETTERS | (UPPER_START.test(raw) ? CAPITALISED : 0) | (raw !== key && raw === raw.toUpperCase() ? ALL_CAPS : 0);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const letterOrDigit = rememberedPerCodePoint((char) => (LETTER_OR_DIGIT.test(char) ? 1 : 0));

function isQuestion(text: string, bound: TextRange): boolean {
  // A sentence is a question when a "?" follows its last letter or digit ("Really?!", "ok? .").
  // A "?" with a letter straight after it is damaged text ("Companyâ??s"), not a question.
  for (let i = bound.end - 1; i >= bound.start; i--) {
    const code = text.charCodeAt(i);
    // White space, ASCII punctuation and halves of surrogate pairs are neither (read one unit at a
    // time, an astral letter is two halves); a sentence may be a million lines or emoji long.
    if (code <= 32 || code === 33 || code === 46 || (code >= 0xd800 && code <= 0xdfff)) continue;
    // "?", "？" or "¿".
    if (code === 63 || code === 0xff1f || code === 0xbf) return !HAS_LETTER.test(text[i + 1] ?? '');
    if (letterOrDigit(code) === 1) return false;
  }
  return false;
}

/** "RT @name" / "MT @name" (or "RT Name:"): everything after it is someone else's words. */
function findRetweet(words: Word[], entities: Entity[]): Document['retweet'] {
  const marker = words.find((word) => (word.text === 'RT' || word.text === 'MT') && word.entity === undefined);
  if (!marker) return undefined;
  const mention = entities.find((entity) => entity.start >= marker.end);
  const credited = mention && mention.kind === 'mention' && mention.start - marker.end <= 2 ? mention : undefined;
  const end = credited ? credited.end : marker.end;
  return { marker: { start: marker.start, end }, quotedFrom: end };
}

function findSignOff(text: string): SignOff | undefined {
  const from = Math.max(0, text.length - SIGN_OFF_WINDOW);
  const tail = text.slice(from);
  const match = SIGN_OFF.exec(tail);
  // "– Reuters https://…", "- The National": a dash and a name before a link, or a word that is
  // not a name, credits a source rather than signs the post.
  const source = match?.[2] !== undefined && (/https?:\/\//.test(match[0]) || NOT_A_NAME.has(match[2].replace(/^[-–—~\s]+/, '').split(' ')[0]!.toLowerCase()));
  if (match && !source) {
    const name = match[1] ?? match[2]!;
    const start = from + match.index + match[0].indexOf(name);
    const whole = match[3] ? tail.slice(start - from, tail.indexOf(match[3], start - from + name.length) + match[3].length) : name;
    return { start, end: start + whole.length, style: match[1] ? 'initials' : 'dash-name', text: whole, name };
  }
  const named = NAME_AND_ROLE.exec(tail);
  const role = named?.[2]?.split(' ') ?? [];
  if (named && ROLE_NOUNS.has(role.at(-1)!) && !NOT_A_NAME.has(named[1]!.toLowerCase()) && !NOT_A_NAME.has(role[0]!)) {
    const start = from + named.index + named[0].indexOf(named[1]!);
    const whole = `${named[1]}, ${named[2]}`;
    return { start, end: start + whole.length, style: 'dash-name', text: whole, name: named[1]! };
  }
  return undefined;
}

/** Capitalised words that open a closing line but are not a name ("Thanks, support team"). */
const NOT_A_NAME = new Set(['thanks', 'cheers', 'regards', 'best', 'love', 'hi', 'hello', 'hey', 'sincerely', 'yours', 'warmly', 'from', 'the', 'a', 'an', 'your', 'our', 'my', 'his', 'her', 'their']);


/** Flesch–Kincaid grade over prose words; 0 when there are none. */
function readingGrade(words: Word[], sentences: Sentence[]): number {
  let wordCount = 0;
  let syllableCount = 0;
  for (const word of words) {
    if (!isProse(word) || !HAS_LETTER.test(word.text)) continue;
    wordCount++;
    syllableCount += word.syllables;
  }
  const sentenceCount = sentences.filter((sentence) => sentence.contentWords.length > 0).length;
  if (wordCount === 0 || sentenceCount === 0) return 0;
  const grade = 0.39 * (wordCount / sentenceCount) + 11.8 * (syllableCount / wordCount) - 15.59;
  return Math.max(0, Math.round(grade * 10) / 10);
}
