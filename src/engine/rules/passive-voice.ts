import { ADJECTIVAL_PARTICIPLES, PHRASAL_STATES } from '../lexicons/words';
import type { Word } from '../document';
import { overlapsHeadline } from './headline';
import { passiveShapes } from './passive-shape';
import { quote, type Finding, type Rule } from './types';

/** "got soaked", "get paid": everyday speech, not an official hiding who acted. */
const GET_FORMS = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
/**
 * A subject that names who the sentence is about, so the passive hides no one: "I've been hooked",
 * "you were missed", "we were hacked" (something done to the writer, not by them).
 */
const PERSONAL_SUBJECTS = new Set([
  'i', "i'm", "i've", "i'd", "i'll", 'you', "you're", "you've", "you'll", "you'd", 'he', 'she', 'they', "he's", "she's",
  "they're", "they've", "she'll", "he'll", "they'll", 'we', "we're", "we've", "we'd", "we'll",
]);
/** How far after the participle a "by" still names the actor. */
const BY_WINDOW = 3;

export const passiveVoice: Rule = {
  id: 'passive-voice',
  axis: 'voice',
  docs: 'Passive voice without an actor (“mistakes were made”) hides who did what. States (“is located in”, “is linked to your account”) and questions to the reader hide nothing; in a headline, the headline-case hint speaks for it.',
  points: 10,
  label: { issue: 'hides who acts' },
  check(ctx) {
    const { words } = ctx.doc;
    const findings: Finding[] = [];
    for (const sentence of ctx.doc.sentences) {
      // "Which version of iOS is installed?": a question asks the reader; it reports no action of the writer's.
      if (sentence.question) continue;
      for (const { auxiliary, participle } of passiveShapes(ctx.doc, sentence)) {
        if (GET_FORMS.has(words[auxiliary]!.key) || namesPerson(words, auxiliary)) continue;
        if (isState(words, participle) || namesActor(words, participle)) continue;
        if (isHypothetical(ctx.doc.text, words, auxiliary) || describesPresentState(words, auxiliary, participle) || reportedToWriter(words, auxiliary) || DEGREE.has(words[participle - 1]!.key)) continue;
        if (ctx.inPhrase(auxiliary) || ctx.inPhrase(participle)) continue;
        const range = { start: words[auxiliary]!.start, end: words[participle]!.end };
        // "Why The Match Should Have Been Called Off": inside a headline the headline-case hint
        // speaks for the words, once.
        if (overlapsHeadline(ctx, sentence, range)) continue;
        findings.push({
          kind: 'issue',
          range,
          message: `“${quote(ctx, range)}” doesn’t say who did it`,
          why: 'Passive voice hiding the actor sounds evasive; say who did what (“we made a mistake”).',
        });
      }
    }
    return findings;
  },
};

/** Is the word before the auxiliary (or before "have"/"has"/a modal before it) a personal pronoun? */
function namesPerson(words: Word[], be: number): boolean {
  for (let k = be - 1; k >= Math.max(0, be - 3); k--) {
    const word = words[k]!;
    if (!word.joinsNext || word.sentence !== words[be]!.sentence) return false;
    if (PERSONAL_SUBJECTS.has(word.key)) return true;
    if (!AUXILIARIES.has(word.key)) return false;
  }
  return false;
}

const AUXILIARIES = new Set(['have', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', "'ll", 'not', 'never', 'just', 'also', 'been']);

/** A participle used as an adjective: "we're excited", "it's located in", "fed up". */
function isState(words: Word[], participle: number): boolean {
  const word = words[participle]!;
  if (ADJECTIVAL_PARTICIPLES.has(word.key)) return true;
  const next = words[participle + 1];
  if (!word.joinsNext || next === undefined || (next.key !== 'up' && next.key !== 'out')) return false;
  // "fed up", "stressed out"; "is made up of" says what something consists of.
  return PHRASAL_STATES.has(word.key) || words[participle + 2]?.key === 'of';
}

/** Words that make the clause after them a supposition: nothing was done, so no one is hidden. */
const SUPPOSING = new Set(['if', 'unless', 'whether', 'imagine', 'suppose']);
const HYPOTHETICAL_MODALS = new Set(['would', 'could', 'might']);
/** How far back in its clause a supposing word still governs the passive. */
const CLAUSE_REACH = 6;

/** "if the roles were reversed", "it would be shown on every screen": a supposition, not an action. */
function isHypothetical(text: string, words: Word[], auxiliary: number): boolean {
  for (let k = auxiliary - 1; k >= 0 && k >= auxiliary - CLAUSE_REACH; k--) {
    const word = words[k]!;
    if (word.sentence !== words[auxiliary]!.sentence || /[,;:]/.test(text.slice(word.end, words[k + 1]!.start))) return false;
    if (SUPPOSING.has(word.key)) return true;
    // Only right before the auxiliary ("would be", "would not be"): further back it is another verb's.
    if (HYPOTHETICAL_MODALS.has(word.key)) return k === auxiliary - 1 || (k === auxiliary - 2 && words[k + 1]!.key === 'not');
  }
  return false;
}

const PRESENT_BE = new Set(['is', 'are', 'am', "isn't", "aren't"]);
/** Degree adverbs grade adjectives, not actions: "are fairly valued", "is highly rated". */
const DEGREE = new Set(['fairly', 'highly', 'really', 'reasonably', 'incredibly', 'deeply', 'extremely', 'hugely', 'poorly', 'badly', 'richly']);
const STATE_ADVERBS = new Set(['already', 'still', 'now', 'currently']);
const RELATIVES = new Set(['that', 'which', 'who']);

/**
 * "Your booking is already confirmed", "the router that is plugged into the wall": a present state
 * of something, the action long done (not "is being looked into", an action under way).
 */
function describesPresentState(words: Word[], auxiliary: number, participle: number): boolean {
  if (!PRESENT_BE.has(words[auxiliary]!.key)) return false;
  let adverb = false;
  for (let k = auxiliary + 1; k < participle; k++) {
    if (words[k]!.key === 'being') return false;
    if (STATE_ADVERBS.has(words[k]!.key)) adverb = true;
  }
  const before = words[auxiliary - 1];
  return adverb || (before !== undefined && before.joinsNext && before.sentence === words[auxiliary]!.sentence && RELATIVES.has(before.key)) || observedState(words, auxiliary);
}

/** Words that present what follows as a state someone sees or feels about: "sorry your card is blocked", "looks like the posts are deleted". */
const OBSERVING = new Set(['sorry', 'glad', 'seems', 'seem', 'appears', 'appear']);
const OBSERVING_VERBS = new Set(['looks', 'look', 'sounds', 'sound']);
/** How many words a subject may take between "your" and the verb ("your account", "your new bank card"). */
const SUBJECT_REACH = 4;
/** Words that start another clause: what comes before them governs that clause, not this one. */
const CONJUNCTIONS = new Set(['but', 'and', 'or', 'so', 'because', 'while', 'when', 'although', 'though', 'as', 'since']);

/**
 * The reader's thing in a present state ("your account is locked"), or a state someone observes
 * ("looks like all the tweets are erased", "sorry your order is stuck"): a description of how
 * things are, where saying who did it would be false or sound like blame.
 */
function observedState(words: Word[], auxiliary: number): boolean {
  return someWordBackInClause(
    words,
    auxiliary,
    (word, k) =>
      (word.key === 'your' && auxiliary - k - 1 >= 1 && auxiliary - k - 1 <= SUBJECT_REACH) ||
      OBSERVING.has(word.key) ||
      (word.key === 'like' && k > 0 && words[k - 1]!.joinsNext && OBSERVING_VERBS.has(words[k - 1]!.key)),
  );
}

/** Verbs of learning what happened from someone: "sorry to hear", "glad to read". */
const HEARING = new Set(['hear', 'heard', 'hearing', 'read', 'reading']);

/**
 * "So sorry to hear your order was scanned as delivered": the writer repeats what the reader told
 * them, and who did it is what they are asking about, not what they are hiding. A past passive
 * told without it ("your order was cancelled") still counts.
 */
function reportedToWriter(words: Word[], auxiliary: number): boolean {
  return someWordBackInClause(words, auxiliary, (word) => HEARING.has(word.key));
}

/**
 * Does a word before the auxiliary, in its clause, pass the test? Read back only through words
 * joined by white space, and not past a conjunction ("sorry, but prices are raised" is an action).
 */
function someWordBackInClause(words: Word[], auxiliary: number, test: (word: Word, index: number) => boolean): boolean {
  for (let k = auxiliary - 1; k >= 0 && k >= auxiliary - CLAUSE_REACH; k--) {
    const word = words[k]!;
    if (word.sentence !== words[auxiliary]!.sentence || !word.joinsNext || CONJUNCTIONS.has(word.key)) return false;
    if (test(word, k)) return true;
  }
  return false;
}

/** "was delayed by the storm", "was delayed due to a late aircraft": the actor or the cause is named. */
function namesActor(words: Word[], participle: number): boolean {
  for (let k = participle + 1; k <= participle + BY_WINDOW && k < words.length; k++) {
    if (words[k]!.sentence !== words[participle]!.sentence) return false;
    const key = words[k]!.key;
    const next = words[k + 1]?.key;
    if (key === 'by' || (key === 'due' && next === 'to') || (key === 'because' && next === 'of')) return true;
  }
  return false;
}
