import { isProse, type Sentence } from '../document';
import { commands } from './commands';
import { headlineRuns } from './headline';
import type { Finding, Rule, RuleContext } from './types';

/**
 * Openers of questions that set up a pitch or a fact rather than ask ("Want 20% off?", "Did you
 * know…?", "Ever wondered…?"): no credit wherever they stand.
 */
const LEAD_IN_OPENERS = [
  ['want'], ['wanna'], ['need'], ['looking', 'for'], ['ready', 'to'], ['ready', 'for'], ['tired', 'of'], ['wish'],
  ['did', 'you', 'know'], ['do', 'you', 'know', 'what'], ['ever', 'wonder'], ['ever', 'wondered'], ['struggling', 'with'],
  ['guess', 'what'], ['who', 'knew'], ['who', 'says'], ['why', 'not'], ['what', 'if'], ['how', 'about'],
];
/** A sentence that answers the question before it ("No time to cook? Here's…"). */
const ANSWER_OPENERS = new Set(["here's", 'introducing', 'meet', 'answer', 'yes', 'no', 'yep', 'nope', 'spoiler', 'hint']);
/** Words that report someone else's question ("she asked whether…?", "people ask: …?"). */
const REPORTING = new Set(['asked', 'asks', 'asking', 'wondered', 'wonders', 'wondering', 'ask']);
/** A question of at most this many words before more text is a heading ("Rainy Saturday?"), not a question to answer. */
const HEADING_WORDS = 3;
const OPENING_QUOTES = new Set(['"', '“', '‘', '«']);
const CLOSING_QUOTES = new Set(['"', '”', '’', '»']);

/** How many of the last prose sentences count as "near the end". */
const NEAR_END = 2;

export const question: Rule = {
  id: 'question',
  axis: 'reciprocity',
  docs: 'A genuine question to the reader, best near the end, opens a conversation. Teasers (“Did you know…?”), questions the post answers itself, quoted questions and questions whose answer is behind a link do not.',
  points: 30,
  label: { strength: 'asks the reader a real question', issue: 'no question for the reader' },
  check(ctx) {
    const { doc } = ctx;
    // Most posts ask nothing: stop before any of the work below.
    if (!doc.sentences.some((sentence) => sentence.question)) return [];
    const sentences = doc.sentences.filter((sentence) => sentence.contentWords.length > 0);
    const lastSale = lastStart(ctx, ['hard-sell', 'engagement-bait'], false);
    const lastCallToAction = lastStart(ctx, ['company-cta'], true);
    const firstOwnWord = doc.words.findIndex((word) => isProse(word) && !ctx.claimed(word));
    const findings: Finding[] = [];
    const own = ownWordsAhead(ctx);
    sentences.forEach((sentence, index) => {
      if (!sentence.question) return;
      // A question with a sales pitch after it leads into the pitch; so does an opening question
      // followed by a call to action ("Do you know the checks? Watch our video"). Distance does
      // not matter and claimed text is passed over, so deleting flagged text cannot change this.
      if (lastSale >= sentence.start) return;
      const opensPost = firstOwnWord < 0 || firstOwnWord >= sentence.firstWord;
      if (opensPost && lastCallToAction >= sentence.start) return;
      if (headlineRuns(ctx, sentence).length > 0) return;
      if (opensWithLeadIn(ctx, sentence) || isQuotedOrReported(ctx, sentence)) return;
      const next = sentences[index + 1];
      if (answersItself(ctx, own, sentence)) return;
      if (next) {
        // "Rainy Saturday? Our reading corner…": a heading. Only unclaimed words count, so deleting
        // flagged words inside the question cannot shorten it into one.
        const ownWords = sentence.contentWords.filter((i) => !ctx.claimed(doc.words[i]!)).length;
        if (ownWords <= HEADING_WORDS) return;
      }
      const mark = questionMark(doc.text, sentence);
      if (ctx.claimed({ start: mark, end: mark + 1 })) return;
      // "What's the secret? https://…": the answer is behind the link.
      if (linkFollows(ctx, own, mark)) return;
      const start = doc.words[sentence.contentWords[0]!]!.start;
      const nearEnd = index >= sentences.length - NEAR_END;
      findings.push({
        kind: 'strength',
        range: { start, end: mark + 1 },
        message: nearEnd ? 'You asked the reader a real question' : 'You asked a real question; ending on it invites more replies',
        why: 'Questions that invite an answer draw more comments and start a dialogue.',
        strength: nearEnd ? 1 : 0.6,
      });
    });
    return findings;
  },
};

/** Where the last match of the given lists (and, if asked, the last command for the company) starts; −1 when none. */
function lastStart(ctx: RuleContext, lexicons: string[], withCommands: boolean): number {
  let last = -1;
  for (const id of lexicons) for (const match of ctx.lexicon(id)) last = Math.max(last, match.range.start);
  if (withCommands) for (const command of commands(ctx)) if (command.forCompany) last = Math.max(last, command.match.range.start);
  return last;
}

function opensWithLeadIn(ctx: RuleContext, sentence: Sentence): boolean {
  const keys = sentence.contentWords.slice(0, 4).map((index) => ctx.doc.words[index]!.key);
  return LEAD_IN_OPENERS.some((opener) => opener.every((key, i) => keys[i] === key));
}

/**
 * For each word index, the index of the first unclaimed prose word at or after it (words.length
 * when none): the writer's own next word, found in one pass so every question asks in O(1).
 */
function ownWordsAhead(ctx: RuleContext): Int32Array {
  const { words } = ctx.doc;
  const ahead = new Int32Array(words.length + 1);
  ahead[words.length] = words.length;
  for (let i = words.length - 1; i >= 0; i--) ahead[i] = isProse(words[i]!) && !ctx.claimed(words[i]!) ? i : ahead[i + 1]!;
  return ahead;
}

/**
 * The post answers the question in the next sentence ("Here's how", "Introducing…", "Yes:"). The
 * writer's next unclaimed word is read, so deleting flagged text cannot bring an answer forward.
 */
function answersItself(ctx: RuleContext, own: Int32Array, sentence: Sentence): boolean {
  const next = ctx.doc.words[own[sentence.endWord]!];
  return next !== undefined && ANSWER_OPENERS.has(next.key);
}

/** Inside quotation marks, or after "asked", the question is someone else's. */
function isQuotedOrReported(ctx: RuleContext, sentence: Sentence): boolean {
  const { text, words } = ctx.doc;
  let open = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    const char = text[i]!;
    // A straight quote opens when no quote is open, and closes otherwise.
    if (char === '"') open = open > 0 ? open - 1 : open + 1;
    else if (OPENING_QUOTES.has(char)) open++;
    else if (CLOSING_QUOTES.has(char) && open > 0 && !(char === '’' && /\p{L}/u.test(text[i + 1] ?? ''))) open--;
    else if ((char === '?' || char === '？') && open > 0) return true;
  }
  return sentence.contentWords.some((index) => REPORTING.has(words[index]!.key));
}

/** A link straight after the question, before any other own (unclaimed) word of the writer's. */
function linkFollows(ctx: RuleContext, own: Int32Array, mark: number): boolean {
  const { words, entities } = ctx.doc;
  // Hashtags and mentions in between do not matter: deleting one must not change the answer.
  const link = entities[firstAfter(entities, mark, (entity) => entity.kind === 'url')];
  if (!link) return false;
  const firstWordAfter = words[own[firstAfter(words, mark, () => true)]!];
  return firstWordAfter === undefined || firstWordAfter.start > link.start;
}

/** Index of the first item starting after `offset` that passes `keep` (binary search, then a scan), or items.length. */
function firstAfter<T extends { start: number }>(items: T[], offset: number, keep: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.start > offset) high = middle;
    else low = middle + 1;
  }
  while (low < items.length && !keep(items[low]!)) low++;
  return low;
}

function questionMark(text: string, sentence: Sentence): number {
  for (let i = sentence.end - 1; i >= sentence.start; i--) if (text[i] === '?' || text[i] === '？' || text[i] === '¿') return i;
  return sentence.end - 1;
}
