import { IRREGULAR_PARTICIPLES } from '../lexicons/words';
import { isProse, type Word } from '../document';
import { aimedAtSomeone } from './addressee';
import { genuineThanks, toEveryone } from './thanks-frame';
import { quote, type Finding, type Rule, type RuleContext } from './types';

/** Praise that, put before any noun, credits someone's work: "great shot", "fair point", "lovely photo". */
const PRAISE = new Set([
  'great', 'fantastic', 'awesome', 'amazing', 'beautiful', 'lovely', 'nice', 'brilliant', 'wonderful', 'excellent', 'good',
  'fair', 'cool', 'gorgeous', 'stunning', 'superb', 'fab', 'fabulous', 'terrific', 'incredible', 'impressive', 'smart', 'clever',
]);
/** Nouns after praise that describe the company's offer or the day, not someone's contribution. */
const NOT_A_CONTRIBUTION = new Set([
  'news', 'morning', 'afternoon', 'evening', 'night', 'day', 'weekend', 'week', 'deal', 'deals', 'offer', 'offers', 'price',
  'prices', 'savings', 'value', 'rate', 'rates', 'selection', 'range', 'time', 'times', 'to', 'and', 'for', 'in', 'at', 'of',
  'with', 'on', 'as', 'the', 'a', 'an', 'our', 'we', 'it', 'is', 'this', 'that',
]);
/** Thanks to "everyone" or "all our followers": acknowledgement of no one in particular counts less. */
const GENERIC_STRENGTH = 0.4;

/** Progress updates: "I've checked", "we've fixed", "it's sorted", "all done". */
const DONE_WORDS = new Set(['fixed', 'sorted', 'done', 'resolved', 'updated', 'sent', 'booked', 'refunded', 'corrected', 'cancelled', 'canceled', 'changed', 'processed']);
const PERFECT_SUBJECTS = new Set(["i've", "we've", "i have", 'i', 'we']);
const STATE_SUBJECTS = new Set(["it's", "that's", 'all', 'everything', "everything's", "you're", 'now']);

/** A mention alone is weak evidence of acknowledging someone: it is also how replies and tags look. */
const MENTION_STRENGTH = 0.1;
const RETWEET_STRENGTH = 0.1;

export const acknowledgement: Rule = {
  id: 'acknowledgement',
  axis: 'reciprocity',
  docs: 'Thanking, crediting, congratulating and welcoming other people; replying to or naming someone in the text counts a little.',
  points: 24,
  label: { strength: 'acknowledges others' },
  check(ctx) {
    const findings: Finding[] = [];
    for (const match of genuineThanks(ctx)) {
      findings.push({
        kind: 'strength',
        range: match.range,
        message: `“${quote(ctx, match.range)}” acknowledges someone`,
        why: 'Thanks, credit and congratulations treat readers as people and invite them back.',
        // "Thanks to everyone!" credits no one in particular.
        strength: toEveryone(ctx, match.lastWord) ? GENERIC_STRENGTH : 1,
      });
    }
    // One by one: spreading 100,000 findings into push() overflows the stack.
    for (const finding of praiseAndProgress(ctx)) findings.push(finding);
    // "So proud of you, Sam": pride aimed at someone (the broadcast rule leaves it alone).
    for (const match of ctx.lexicon('broadcast')) {
      if (!aimedAtSomeone(ctx.doc.words, match.lastWord) || ctx.claimed(match.range)) continue;
      findings.push({
        kind: 'strength',
        range: match.range,
        message: `“${quote(ctx, match.range)}” is pride in someone else`,
        why: 'Credit and congratulations aimed at a person acknowledge them; that is not self-promotion.',
      });
    }
    const { retweet } = ctx.doc;
    if (retweet && !ctx.claimed(retweet.marker)) {
      findings.push({
        kind: 'strength',
        range: { ...retweet.marker },
        message: 'You pass on someone else’s words, with credit',
        why: 'Quoting and crediting others acknowledges them, though sharing alone is not a conversation.',
        strength: RETWEET_STRENGTH,
      });
    }
    // A mention counts when it opens a reply or sits inside what you say ("with @ann and the
    // team"); a tag trailing after the post ("… https://… @partner") labels rather than talks to
    // someone.
    // Only unclaimed words count as "what you say", so deleting flagged text cannot demote a
    // mention to a tag. A sign-off counts too: deleting the text after "^JS" turns it into one.
    const lastOwnWord = ctx.doc.words.findLast((word) => word.entity === undefined && !ctx.claimed(word));
    ctx.doc.entities.forEach((entity, index) => {
      if (entity.kind !== 'mention') return;
      // Where it stands first, the claims after: a pile of 100,000 mentions trails the prose.
      const reply = index < ctx.doc.leadingMentions;
      const proseAfter = lastOwnWord !== undefined && lastOwnWord.start > entity.end;
      if ((!reply && !proseAfter) || ctx.claimed(entity) || (retweet && entity.end === retweet.marker.end)) return;
      findings.push({
        kind: 'strength',
        range: { start: entity.start, end: entity.end },
        message: `You mention ${quote(ctx, entity)}`,
        why: 'Talking to and about other people is part of a conversation, though a tag alone says little.',
        strength: MENTION_STRENGTH,
      });
    });
    return findings;
  },
};

/** Word `i` opens its sentence or clause. */
function opens(words: Word[], text: string, i: number): boolean {
  const before = words[i - 1];
  return !before || before.sentence !== words[i]!.sentence || !isProse(before) || /[,;:!?.(–—-]\s*$/.test(text.slice(before.end, words[i]!.start));
}

/** "That's a fair question", "What a lovely photo", "Such a good idea": praise after an exclaiming opener. */
function praiseAfterExclaiming(words: Word[], text: string, i: number): boolean {
  const article = words[i - 1];
  const opener = words[i - 2];
  if (!article || !opener || (article.key !== 'a' && article.key !== 'an') || !opener.joinsNext || !article.joinsNext) return false;
  return (opener.key === "that's" || opener.key === 'what' || opener.key === 'such') && opens(words, text, i - 2);
}

/** Praise before a noun at the start of a clause, and progress updates, found by their shape. */
function praiseAndProgress(ctx: RuleContext): Finding[] {
  const { words, text } = ctx.doc;
  const findings: Finding[] = [];
  const skips = { perfect: { from: -1, to: -1 }, state: { from: -1, to: -1 } };
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!;
    // Cheapest test first: this runs on every word.
    if (!PRAISE.has(word.key) && !PERFECT_SUBJECTS.has(word.key) && !STATE_SUBJECTS.has(word.key)) continue;
    const next = words[i + 1]!;
    if (!isProse(word) || !word.joinsNext || ctx.claimed(word) || ctx.claimed(next)) continue;
    if (PRAISE.has(word.key) && (opens(words, text, i) || praiseAfterExclaiming(words, text, i)) && /^\p{L}+$/u.test(next.text) && !NOT_A_CONTRIBUTION.has(next.key) && !next.key.endsWith('ly')) {
      const range = { start: word.start, end: next.end };
      findings.push({
        kind: 'strength',
        range,
        message: `“${quote(ctx, range)}” credits someone’s contribution`,
        why: 'Praising what someone made or said acknowledges them and invites them back.',
      });
      continue;
    }
    const progress = progressUpdate(words, i, skips);
    if (progress !== undefined && !ctx.claimed({ start: word.start, end: words[progress]!.end })) {
      const range = { start: word.start, end: words[progress]!.end };
      findings.push({
        kind: 'strength',
        range,
        idea: 'progress',
        message: `“${quote(ctx, range)}” tells the person what you have done`,
        why: 'A progress update answers the person and shows someone is on their case.',
        strength: 0.6,
      });
      i = progress;
    }
  }
  return findings;
}

const PERFECT_FILLERS = new Set(['have', 'just', 'already', 'now']);
const STATE_FILLERS = new Set(['all', 'now', 'is', 'been', 'just', 'already', 'has']);

/** The first word from `from` on that is not a joined filler. `run` remembers the last run skipped, so "now now now…" is read once. */
function skipFillers(words: Word[], from: number, fillers: ReadonlySet<string>, run: { from: number; to: number }): number {
  if (from >= run.from && from <= run.to) return run.to;
  let verb = from;
  while (verb < words.length && fillers.has(words[verb]!.key) && words[verb]!.joinsNext) verb++;
  run.from = from;
  run.to = verb;
  return verb;
}

/** "I've checked", "we've sent", "it's fixed", "all sorted now": the index of the verb, or undefined. */
function progressUpdate(words: Word[], i: number, skips: { perfect: { from: number; to: number }; state: { from: number; to: number } }): number | undefined {
  const word = words[i]!;
  const next = words[i + 1];
  if (!next || !word.joinsNext) return undefined;
  if (PERFECT_SUBJECTS.has(word.key)) {
    if ((word.key === 'i' || word.key === 'we') && !['have', 'just', 'already'].includes(next.key)) return undefined;
    const verb = skipFillers(words, i + 1, PERFECT_FILLERS, skips.perfect);
    const participle = words[verb];
    if (!participle || participle.sentence !== word.sentence) return undefined;
    return (participle.key.endsWith('ed') && participle.key.length > 4) || IRREGULAR_PARTICIPLES.has(participle.key) ? verb : undefined;
  }
  if (STATE_SUBJECTS.has(word.key)) {
    const verb = skipFillers(words, i + 1, STATE_FILLERS, skips.state);
    const state = words[verb];
    return state && state.sentence === word.sentence && DONE_WORDS.has(state.key) ? verb : undefined;
  }
  return undefined;
}
