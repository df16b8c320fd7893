// Imperatives that open a clause ("Watch our video", "… – check out the awards", "Register: …")
// and numbered teasers ("8 tips for …: link"). Shared by the company-cta rule, which flags them,
// and the question rule, which does not count a question that only leads into one.

import type { Sentence, Word } from '../document';
import { SECOND_PERSON } from '../lexicons/words';
import { insideHeadline } from './headline';
import type { LexiconMatch, RuleContext } from './types';

/** Words that may come before an imperative without changing it ("Please register", "So, vote"). */
const SOFTENERS = new Set(['please', 'pls', 'plz', 'kindly', 'so', 'now', 'then', 'and', 'just', 'simply', 'also', 'do', 'go', 'come', 'today', 'tonight']);
/** Punctuation that opens a new clause (or a sentence the segmenter kept together, as in "only. 8 tips"), or " - ". */
const CLAUSE_MARKS = new Set([':', ';', ',', '.', '!', '?', '…', '–', '—', '(', ')']);
const SPACE = /\s/;
const TEASER_NOUNS = new Set([
  'tips', 'ways', 'reasons', 'steps', 'things', 'stocks', 'articles', 'ideas', 'secrets', 'mistakes', 'lessons',
  'habits', 'facts', 'signs', 'tricks', 'hacks', 'rules', 'questions', 'books', 'apps', 'tools', 'places', 'trends',
  'strategies', 'myths', 'examples', 'quotes', 'charts', 'stats',
]);

export interface Command {
  sentence: Sentence;
  /** The imperative phrase, or the teaser's number and noun. */
  match: { range: LexiconMatch['range']; firstWord: number; lastWord: number };
  /** The verb's words, lower case ("check out"); empty for a teaser. */
  verb: string;
  teaser: boolean;
  /**
   * Does the command send the reader off for the company? Verbs that always do ("click",
   * "register", "subscribe", "vote") always count; the others ("watch", "book", "read") unless
   * their clause speaks to the reader and points at nothing of the company's ("our", "us", "here",
   * "now", a link): "book meetings before you go" is advice, "watch the video" is not. An advice
   * verb ("take", "try") pointing at the company's thing ("take our survey:") is one too.
   */
  forCompany: boolean;
  /** An everyday advice verb ("try", "keep", "stuff"): a tip for the reader, never a call to action. */
  advice: boolean;
  /** "Buy", "Shop", "Order" opening a clause: the hard-sell rule's, not the call-to-action rule's. */
  selling: boolean;
}

/** Imperatives that ask the reader to act for the company whatever follows them. */
export const ALWAYS_FOR_COMPANY = new Set(['click', 'register', 'download', 'vote', 'donate', 'retweet', 'rsvp', 'nominate', 'show your support', 'support us']);
/**
 * Imperatives that sell ("Buy", "Shop", "Order", "Book"): a hard sell, like the phrases they start
 * ("buy now", "book now"), so that breaking such a phrase never turns it into a different finding.
 */
const SELLING = new Set(['buy', 'shop', 'order', 'book', 'grab', 'sign up', 'subscribe']);
/** Words after the verb that point at a page or press for now: a call to action whatever the verb. */
const POINTERS = new Set(['here', 'below', 'link', 'bio', 'now', 'today', 'website', 'site', 'page', 'livestream', 'stream']);
/** Words that make an imperative ask for the company's thing ("watch our video", "join us"). */
export const COMPANY_WORDS = new Set(['our', 'ours', 'us']);

const cache = new WeakMap<RuleContext, Command[]>();

/** The commands in the document, worked out once per rule context (the question rule and company-cta both ask). */
export function commands(ctx: RuleContext): Command[] {
  let found = cache.get(ctx);
  if (!found) {
    found = findCommands(ctx);
    cache.set(ctx, found);
  }
  return found;
}

function findCommands(ctx: RuleContext): Command[] {
  const { doc } = ctx;
  const openers = ctx.lexicon('imperative-opener');
  const advice = ctx.lexicon('advice-verb');
  const found: Command[] = [];
  if (openers.length === 0 && advice.length === 0 && !doc.words.some((word) => TEASER_NOUNS.has(word.key))) return found;
  const verbAt = new Map<number, { match: LexiconMatch; opener: boolean }>();
  for (const match of advice) verbAt.set(match.firstWord, { match, opener: false });
  for (const match of openers) verbAt.set(match.firstWord, { match, opener: true });
  const hasLink = doc.entities.some((entity) => entity.kind === 'url');
  const seen = new Set<number>();
  for (const sentence of doc.sentences) {
    const content = sentence.contentWords;
    let after: SentenceMarks | undefined;
    let firstAfterSofteners: Int32Array | undefined;
    let lastColon: number | undefined;
    // Claimed words (another issue's text) are passed over, so deleting them cannot turn a word
    // into a clause opener. Before claims are known (the engine's first pass) none are claimed.
    let previous: Word | undefined;
    const gap: Gap = { from: -1, clearTo: -1 };
    for (let position = 0; position < content.length; position++) {
      const word = doc.words[content[position]!]!;
      const before = previous;
      if (!ctx.claimed(word)) previous = word;
      if (before && !opensClause(doc.text, before, word, gap)) continue;
      firstAfterSofteners ??= skipSofteners(doc.words, content);
      const first = firstAfterSofteners[position]! >= 0 ? firstAfterSofteners[position] : undefined;
      // "Kindly send": the clause opens at "Kindly" and, once "Kindly" is claimed, at "send" too; one command.
      if (first === undefined || seen.has(first)) continue;
      seen.add(first);
      const verb = verbAt.get(first);
      // "Would 'The Affair' Be Easier To Watch…": inside Title Case a capital marks the title, not a new clause.
      if (verb && !insideHeadline(ctx, sentence, doc.words[first]!.start)) {
        after ??= marksOf(ctx, sentence);
        const last = verb.match.lastWord;
        const pointer = after.pointer > last || after.link > doc.words[last]!.end;
        const key = keysOf(doc.words, verb.match.firstWord, last);
        const forCompany = verb.opener && (ALWAYS_FOR_COMPANY.has(key) || SELLING.has(key) || pointer || after.company > last || !(after.reader > last));
        found.push({
          sentence,
          match: { range: verb.match.range, firstWord: first, lastWord: last },
          verb: key,
          teaser: false,
          forCompany,
          advice: !verb.opener && !pointer,
          selling: verb.opener && SELLING.has(key),
        });
      }
      const teaser = numberedTeaser(doc.words, content[position]!, hasLink, () => (lastColon ??= lastColonIn(doc.text, sentence)));
      if (teaser) found.push({ sentence, match: teaser, verb: '', teaser: true, forCompany: true, advice: false, selling: false });
    }
  }
  return found;
}

/** Where in a sentence the last pointer word, company word, reader word (outside other phrases: "tell us" is an invitation) and link are. */
interface SentenceMarks {
  pointer: number;
  company: number;
  reader: number;
  /** Start offset of the last link in the sentence, −1 when none. */
  link: number;
}

function marksOf(ctx: RuleContext, sentence: Sentence): SentenceMarks {
  const { words, entities } = ctx.doc;
  const marks: SentenceMarks = { pointer: -1, company: -1, reader: -1, link: -1 };
  for (let i = sentence.firstWord; i < sentence.endWord; i++) {
    const word = words[i]!;
    if (word.entity !== undefined || ctx.inPhrase(i)) continue;
    if (POINTERS.has(word.key)) marks.pointer = i;
    else if (COMPANY_WORDS.has(word.key)) marks.company = i;
    else if (SECOND_PERSON.has(word.key)) marks.reader = i;
  }
  // Only the sentence's own entities (found by binary search): this runs for every sentence with a command.
  let low = 0;
  let high = entities.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (entities[middle]!.start < sentence.start) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < entities.length && entities[i]!.start < sentence.end; i++) if (entities[i]!.kind === 'url') marks.link = entities[i]!.start;
  return marks;
}

/**
 * The gap after the last unclaimed word, as far as it is known to hold no clause mark. When
 * claimed words follow, the gap grows word by word; only its new part is read.
 */
interface Gap {
  from: number;
  clearTo: number;
}

/**
 * A new clause starts after a colon, semicolon, comma, dash or bracket, or where a capitalised
 * word follows a lower-case one with no full stop between (a sentence whose "." or "!" was lost).
 */
function opensClause(text: string, previous: Word, word: Word, gap: Gap): boolean {
  if (gap.from !== previous.end) {
    gap.from = previous.end;
    gap.clearTo = previous.end;
  }
  if (hasClauseBreak(text, previous.end, word.start, gap.clearTo)) return true;
  // A hyphen at the gap's end is read again once the gap is longer (it may turn out spaced).
  gap.clearTo = Math.max(previous.end, word.start - 1);
  return word.capitalised && !word.allCaps && !previous.capitalised && /^\p{Ll}/u.test(previous.text);
}

/** Does the gap between two words hold a clause mark or a spaced hyphen? Read in place from `readFrom`: this runs for every word. */
function hasClauseBreak(text: string, from: number, to: number, readFrom = from): boolean {
  for (let i = Math.max(from, readFrom); i < to; i++) {
    const char = text[i]!;
    if (CLAUSE_MARKS.has(char)) return true;
    if (char === '-' && i > from && i + 1 < to && SPACE.test(text[i - 1]!) && SPACE.test(text[i + 1]!)) return true;
  }
  return false;
}

function keysOf(words: Word[], first: number, last: number): string {
  let key = words[first]!.key;
  for (let i = first + 1; i <= last; i++) key += ` ${words[i]!.key}`;
  return key;
}

/** Where the sentence's last colon is, −1 when it has none (searched once per sentence). */
function lastColonIn(text: string, sentence: Sentence): number {
  for (let i = sentence.end - 1; i >= sentence.start; i--) if (text.charCodeAt(i) === 58) return i;
  return -1;
}

/** For each position in a sentence's content words, the first word at or after it that is not a softener (−1 when none); one pass from the end. */
function skipSofteners(words: Word[], content: number[]): Int32Array {
  const first = new Int32Array(content.length);
  let next = -1;
  for (let i = content.length - 1; i >= 0; i--) {
    if (!SOFTENERS.has(words[content[i]!]!.key)) next = content[i]!;
    first[i] = next;
  }
  return first;
}

/**
 * "8 tips for …" opening a clause, as a title: beside a link, or followed by a colon in its
 * sentence. (Whether more text follows is not asked: deleting that text must not make a teaser.)
 */
function numberedTeaser(words: Word[], numberIndex: number, hasLink: boolean, lastColonInSentence: () => number): Command['match'] | undefined {
  const count = words[numberIndex]!;
  const noun = words[numberIndex + 1];
  if (!noun || !/^\d{1,2}$/.test(count.text) || !count.joinsNext || !TEASER_NOUNS.has(noun.key)) return undefined;
  if (!hasLink && lastColonInSentence() < noun.end) return undefined;
  return { range: { start: count.start, end: noun.end }, firstWord: numberIndex, lastWord: numberIndex + 1 };
}
