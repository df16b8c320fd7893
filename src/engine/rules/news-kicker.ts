import { FIRST_PERSON_SINGULAR, SECOND_PERSON } from '../lexicons/words';
import type { Sentence, Word } from '../document';
import type { TextRange } from '../types';
import { overlapsHeadline } from './headline';
import { cutOff, nextNonSpace, previousNonSpace, type OnePlaceFinding, type Rule, type RuleContext } from './types';

const SPACE = /\s/;
const LETTER = /\p{L}/u;
const QUOTATION_MARKS = new Set(['"', '“', '‘', "'", '«', '„']);
const OPENING_BRACKETS = new Set(['(', '[', '（']);

/** A word a kicker's topic may hold: capitalised (not "I") or a figure ("Review", "Q3 Results", "WATCH"). */
function labelLike(word: Word): boolean {
  return (word.capitalised && !FIRST_PERSON_SINGULAR.has(word.key)) || /^\d/.test(word.text);
}

export const newsKicker: Rule = {
  id: 'news-kicker',
  axis: 'voice',
  docs: '“Review: The Show Returns”, “Photo: The…”: a capitalised topic, a colon and a capitalised headline is a news feed’s format, not someone talking. Numbered steps (“2: tap Share”), a speaker before a quotation (“Sam Lee: “…”) and a label before words to the reader or in the first person (“PSA: If you…”, “Sam Lee: I’m…”) are not.',
  points: 8,
  label: { issue: 'news-feed format' },
  // Other issues' words may come before the topic: deleting them at the start of a sentence
  // ("Acme is proud to sponsor Shadow Catchers: …") then cannot bring a kicker forward.
  readsClaimsForIssues: true,
  check(ctx) {
    const { words, text } = ctx.doc;
    // "Acme: is proud to…": without its colon this is the third-person rule's, which costs more.
    const thirdPersonVerbs = new Set(ctx.lexicon('third-person-verb').map((match) => match.firstWord));
    const findings: OnePlaceFinding[] = [];
    // Only sentences with a colon can have a kicker: find the colons once, in order.
    let colon = text.indexOf(':');
    for (const sentence of ctx.doc.sentences) {
      if (colon < 0) break;
      if (colon < sentence.start) colon = text.indexOf(':', sentence.start);
      if (colon < 0 || colon >= sentence.end) continue;
      const content = sentence.contentWords;
      // Read once per sentence, so that a sentence of many colons stays linear: where the writer's
      // own words start (other issues' words may come before a topic) and the last capitalised word.
      let ownFrom = 0;
      while (ownFrom < content.length && ctx.claimed(words[content[ownFrom]!]!)) ownFrom++;
      let lastCapital = content.length - 1;
      while (lastCapital >= 0 && !(words[content[lastCapital]!]!.capitalised && !FIRST_PERSON_SINGULAR.has(words[content[lastCapital]!]!.key))) lastCapital--;
      let lastPersonal = content.length - 1;
      while (lastPersonal >= 0 && !speaksAsOrToSomeone(ctx, words[content[lastPersonal]!]!)) lastPersonal--;
      const facts = { ownFrom, lastCapital, lastPersonal, thirdPersonVerbs };
      // The topic is the words before the sentence's first colon that a space follows. When those
      // words are a headline (the headline-case rule's issue), the next colon is read as the first,
      // as it would be with the headline deleted ("Ten Ways …: The Show Returns Review: The…").
      for (let from = 0; ; ) {
        let end = from;
        while (end < content.length && !(text[words[content[end]!]!.end] === ':' && SPACE.test(text[words[content[end]!]!.end + 1] ?? ''))) end++;
        if (end === content.length) break;
        const kicker = kickerEndingAt(ctx, sentence, end, facts);
        if (kicker === 'headline') {
          from = end + 1;
          continue;
        }
        if (kicker) {
          findings.push({
            kind: 'issue',
            range: kicker,
            message: '“Topic:” before a headline reads like a news feed; say it as a sentence',
            why: 'Headline and announcement formats sound like a faceless feed, not a person talking.',
            strength: 1,
          });
        }
        break;
      }
    }
    return findings;
  },
};

/** The kicker whose topic ends at the sentence's content word `end` (before a colon), 'headline' when the topic is one, or undefined. */
function kickerEndingAt(ctx: RuleContext, sentence: Sentence, end: number, facts: { ownFrom: number; lastCapital: number; lastPersonal: number; thirdPersonVerbs: ReadonlySet<number> }): TextRange | 'headline' | undefined {
  const { words, text } = ctx.doc;
  const content = sentence.contentWords;
  // A label: capitalised words or figures ending at the colon, with only other issues' words
  // before them in the sentence; at least one word with letters ("2:" numbers a step).
  // The label's words run together: a comma or a full stop ends it ("Hi Dana, Review:").
  let first = end;
  while (first > 0 && labelLike(words[content[first - 1]!]!) && words[content[first - 1]!]!.joinsNext) first--;
  if (!labelLike(words[content[end]!]!) || facts.ownFrom < first) return undefined;
  const topic = content.slice(first, end + 1).map((index) => words[index]!);
  const last = topic[topic.length - 1]!;
  if (!topic.some((word) => LETTER.test(word.text))) return undefined;
  // A capitalised word anywhere after the colon, not only next: deleting text can only remove a kicker, never make one.
  if (facts.lastCapital <= end) return undefined;
  if (facts.thirdPersonVerbs.has(content[end + 1]!)) return undefined;
  // "Sam Lee: “We…”": a speaker and their words, an attribution the rubric credits.
  if (QUOTATION_MARKS.has(nextNonSpace(text, last.end + 1))) return undefined;
  // "(Hint: ask your team…)": a label inside brackets is an aside in a sentence, not a feed's kicker.
  if (OPENING_BRACKETS.has(previousNonSpace(text, topic[0]!.start))) return undefined;
  const range = { start: topic[0]!.start, end: last.end + 1 };
  // A topic that is itself a headline is the headline-case rule's: one hint for the words.
  if (overlapsHeadline(ctx, sentence, range)) return 'headline';
  // "PSA: If you're driving tonight…", "Photo: I took this at dawn", "Sam Lee: I'm no fan of…":
  // words that speak to the reader or as "I" are a person's sentence or a speaker's own words, not
  // a feed's headline. Only unclaimed ones count, so deleting another issue's text cannot make a kicker.
  return facts.lastPersonal > end ? undefined : range;
}

function speaksAsOrToSomeone(ctx: RuleContext, word: Word): boolean {
  return (FIRST_PERSON_SINGULAR.has(word.key) || SECOND_PERSON.has(word.key)) && !ctx.claimed(word) && !cutOff(ctx.doc.text, word);
}
