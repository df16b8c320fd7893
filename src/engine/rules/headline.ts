// Headline Case ("Are Rich Donors Ruining Higher Education?") marks a title or a news feed, not a
// person talking. Shared by the question and personal-address rules (a headline's question is not
// put to the reader) and the headline-case rule.
//
// Title Case is told from sentence case with names in it by the two rules of headline style (AP,
// Chicago): every word is capitalised except short articles, conjunctions and prepositions, and
// that includes the words running text keeps in lower case: verbs, pronouns, prepositions
// ("Citi Plays It Safe After…", "Director Says Hashtags Are Worsening The Divide"). So a headline
// is a stretch of a sentence, up to a ": ", ";" or "|", in which
//   - no word is in lower case except articles, conjunctions and prepositions ("Barclays Wealth has won six
//     Euromoney Private Banking Awards" and "Come by the East Liberty Farmers Market until…" are
//     sentences with names in them),
//   - at least four capitalised words have four letters or more, and
//   - a verb is capitalised ("Gets", "Continues", an auxiliary), or a word of a closed class
//     (pronoun, preposition, conjunction) after the first word: names and titles of works
//     capitalise their nouns and adjectives ("Copper Creek Golf Course", "A Practical Introduction
//     to the Science of Short Hand, William Gawtress"). Which words are mostly verbs comes from
//     wink-lexicon (lexicons/verb-forms.ts).
// Titles and words in quotation marks neither count nor break it.
//
// Words another rule may flag (phrase-list words, "we/our", passives, capitals, hard words, and
// counts with the word they count: "10 Stocks", "20% off") are transparent: they neither count nor
// break a headline, and never start or end one, so deleting them cannot create a headline or cut
// into another rule's phrase. In a sentence over the long-sentence limit, lower-case words past the
// point where that rule says to split do not break a headline either: deleting them, as it
// suggests, must not reveal one (capitalised words there still count, so a later split point,
// after other text is deleted, can only break a headline, never make one).

import { isProse, type Sentence, type Word } from '../document';
import { isMostlyVerb } from '../lexicons/verb-forms';
import { FIRST_PERSON_PLURAL } from '../lexicons/words';
import type { TextRange } from '../types';
import { passiveSpans } from './passive-shape';
import { splitPoint } from './sentence-split';
import { mayBeHardWord } from './word-difficulty';
import type { RuleContext } from './types';

const LONG_WORD = 4;
const LINK = /:\/\/|www\./;
const MIN_LONG_CAPITALISED = 4;

/** What Title Case leaves in lower case: articles, conjunctions and prepositions (Chicago; AP capitalises the longer prepositions). */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up',
  'via', 'vs', 'v', 'with', 'from', 'into', 'onto', 'over', 'upon', 'about', 'after', 'among', 'until', 'than', 'like', 'near', 'past',
]);

/**
 * Closed-class words (prepositions, conjunctions, pronouns, auxiliaries and modals) that running
 * text writes in lower case and Title Case capitalises. Articles are left out: "The" opens names
 * ("The Japan Times").
 */
const CLOSED_CLASS = new Set([
  'to', 'for', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'over', 'after', 'before', 'about', 'against',
  'above', 'below', 'under', 'between', 'through', 'during', 'without', 'within', 'around', 'ahead', 'across', 'behind',
  'beyond', 'upon', 'up', 'down', 'off', 'out', 'and', 'or', 'but', 'nor', 'yet', 'so', 'as', 'than', 'if', 'when',
  'while', 'because', 'that', 'it', "it's", 'its', 'he', 'she', 'they', 'them', 'him', 'her', 'his', 'their', 'you', 'your',
  "you're", 'me', 'my', 'this', 'these', 'those', 'what', 'who', 'why', 'how', 'which', 'where', 'not',
]);
/** Auxiliaries and modals: capitalised in Title Case, and a clause's verb even as its first word ("Are Rich Donors Ruining…?"). */
const AUXILIARY_VERBS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'must', 'shall', "can't", "won't", "don't", "doesn't", "isn't", "aren't", "couldn't",
  "shouldn't",
]);

// The headlines depend only on the document and its phrase matches, never on claims, so the
// rules that ask share them across both passes.
const runsBySentence = new WeakMap<Sentence, TextRange[]>();

/** Every headline in the sentence, from its first to its last counted capitalised word. */
export function headlineRuns(ctx: RuleContext, sentence: Sentence): TextRange[] {
  let runs = runsBySentence.get(sentence);
  if (!runs) {
    runs = findHeadlines(ctx, sentence);
    runsBySentence.set(sentence, runs);
  }
  return runs;
}

/** Is `offset` strictly inside one of the sentence's headlines (after its start, before its end)? */
export function insideHeadline(ctx: RuleContext, sentence: Sentence, offset: number): boolean {
  return headlineAround(ctx, sentence, offset) !== undefined;
}

/** The sentence's headline `offset` is strictly inside (after its start, before its end), if any. */
export function headlineAround(ctx: RuleContext, sentence: Sentence, offset: number): TextRange | undefined {
  const runs = headlineRuns(ctx, sentence);
  const run = runs[lastRunStartingBefore(runs, offset)];
  return run !== undefined && offset < run.end ? run : undefined;
}

/** Does one of the sentence's headlines overlap `range`? */
export function overlapsHeadline(ctx: RuleContext, sentence: Sentence, range: TextRange): boolean {
  const runs = headlineRuns(ctx, sentence);
  const run = runs[lastRunStartingBefore(runs, range.end)];
  return run !== undefined && run.end > range.start;
}

/**
 * The last run starting before `offset` (−1 when none), by binary search: a long sentence may hold
 * thousands of headlines, and the rules ask once per word. Runs are in text order and never
 * overlap, so their ends are in order too and the last one is the only one that can reach furthest.
 */
function lastRunStartingBefore(runs: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (runs[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function findHeadlines(ctx: RuleContext, sentence: Sentence): TextRange[] {
  const { words, text } = ctx.doc;
  const runs: TextRange[] = [];
  // Most sentences have a lower-case word early on: find it before any other work.
  if (!mayHoldHeadline(words, sentence)) return runs;
  const passive = passiveSpans(ctx.doc, sentence);
  let first = -1;
  let last = -1;
  let long = 0;
  let evidence = false;
  let broken = false;
  let segmentStart = true;
  const close = () => {
    if (!broken && long >= MIN_LONG_CAPITALISED && evidence) runs.push({ start: words[first]!.start, end: words[last]!.end });
    first = -1;
    last = -1;
    long = 0;
    evidence = false;
    broken = false;
    segmentStart = true;
  };
  let previousEnd = -1;
  const split = splitPoint(ctx, sentence);
  for (let position = 0; position < sentence.contentWords.length; position++) {
    const index = sentence.contentWords[position]!;
    const word = words[index]!;
    // A link divides the text too: what follows it is not the same headline ("Read This Book https://… The Royal Art…").
    if (previousEnd >= 0 && (endsSegment(text, previousEnd, word.start) || LINK.test(text.slice(previousEnd, word.start)))) close();
    previousEnd = word.end;
    if (!startsWithLetter(word.text) || word.inQuotes || transparent(ctx, index, word, passive)) {
      segmentStart = false;
      continue;
    }
    if (!word.capitalised) {
      if (!MINOR_WORDS.has(word.key) && position < split) broken = true;
      segmentStart = false;
      continue;
    }
    if (first < 0) first = index;
    last = index;
    if (word.text.length >= LONG_WORD) long++;
    if (AUXILIARY_VERBS.has(word.key) || (!segmentStart && (CLOSED_CLASS.has(word.key) || isMostlyVerb(word.key)))) evidence = true;
    segmentStart = false;
  }
  close();
  return runs;
}

/** A quick test that rules a sentence out: a lower-case word of four letters or more outside any phrase, quotation or entity. */
function mayHoldHeadline(words: Word[], sentence: Sentence): boolean {
  let capitalised = 0;
  for (const index of sentence.contentWords) {
    const word = words[index]!;
    if (word.capitalised && word.text.length >= LONG_WORD) capitalised++;
  }
  return capitalised >= MIN_LONG_CAPITALISED;
}

/** ": ", ";" and "|" end a stretch ("Review: The Show Returns", "Title | Source"); a colon inside "7:30" does not. */
function endsSegment(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === ';' || char === '|') return true;
    if (char === ':' && i + 1 < to && (text[i + 1] === ' ' || text[i + 1] === '\n' || text[i + 1] === '\t')) return true;
  }
  return false;
}

const LETTER_START = /^\p{L}/u;

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Like /^\p{L}/u, with ASCII answered without the regular expression (this runs on every word). */
function startsWithLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_START.test(text);
}

function transparent(ctx: RuleContext, index: number, word: Word, passive: ReadonlySet<number>): boolean {
  const before = ctx.doc.words[index - 1];
  return (
    !isProse(word) ||
    (before !== undefined && before.joinsNext && startsWithDigit(before.text)) ||
    word.allCaps ||
    ctx.inPhrase(index) ||
    FIRST_PERSON_PLURAL.has(word.key) ||
    passive.has(index) ||
    mayBeHardWord(word)
  );
}
