import { NOT_NAMES, SECOND_PERSON } from '../lexicons/words';
import { isProse, type Word } from '../document';
import { headlineRuns } from './headline';
import type { Finding, Rule } from './types';

/** Words after which a capitalised word is the name of the person spoken to ("Thanks Amelia!", "Sorry, Omar."). */
const ADDRESSING = new Set(['hi', 'hey', 'hello', 'thanks', 'thank', 'you', 'congrats', 'congratulations', 'sorry', 'welcome', 'morning', 'cheers', 'bye']);
const AFTER_NAME = /^\s*(?:[.!?,…]|$)/;
/** Question words that open a question to the readers. */
const ASKING = new Set(['who', "who's", 'what', "what's", 'which', 'how', "how's", 'anyone', 'any', 'has', 'have', 'does', 'do', 'would', 'should', 'got']);

/** Connectives that open a sentence with a comma ("Meanwhile, your…", "Still, I…"): not the name of someone spoken to. */
const CONNECTIVES = new Set([
  'meanwhile', 'still', 'however', 'anyway', 'anyways', 'besides', 'otherwise', 'instead', 'then', 'plus', 'also', 'again',
  'overall', 'now', 'today', 'tonight', 'tomorrow', 'yesterday', 'sadly', 'luckily', 'honestly', 'seriously', 'unfortunately',
  'fortunately', 'finally', 'first', 'firstly', 'second', 'secondly', 'lastly', 'next', 'remember', 'note', 'please', 'sure',
  'right', 'look', 'listen', 'friends', 'everyone', 'guys', 'folks', 'all', 'here', 'there', 'ps', 'btw', 'update', 'reminder',
]);
/** After ", Name, " these carry the sentence on: the name was its subject ("the operator, Gala, is…"). */
const CARRIES_ON = new Set(['is', 'was', 'are', 'were', 'has', 'will', 'would', 'said', 'says', 'who', 'which', 'and', 'or']);

/**
 * A capitalised word between commas that is not someone spoken to: a connective, an abbreviation
 * ("Thursday, Oct. 29"), one of a list or a place pair ("China, Turkey, Russia", "Columbia, Mo."),
 * or a name in apposition ("the operator, Gala, is…"). The neighbours are read only where they
 * touch the comma (", " exactly): deleting a word there leaves a wider gap, never a new reason to
 * refuse a name.
 */
function notAName(words: Word[], text: string, index: number): boolean {
  const word = words[index]!;
  if (CONNECTIVES.has(word.key)) return true;
  if (word.text.length <= 3 && text[word.end] === '.') return true;
  const before = words[index - 1];
  if (before !== undefined && before.capitalised && !ADDRESSING.has(before.key) && !NOT_NAMES.has(before.key) && text.slice(before.end, word.start) === ', ') return true;
  const next = words[index + 1];
  if (next !== undefined && text.slice(word.end, next.start) === ', ' && (CARRIES_ON.has(next.key) || (next.capitalised && !NOT_NAMES.has(next.key)))) return true;
  return false;
}

export const personalAddress: Rule = {
  id: 'personal-address',
  axis: 'voice',
  docs: 'Speaking to someone by name (“Thanks, Lucy!”, “Ravi, what did you learn?”) or putting a question to “you” is how a person talks to a person (personalisation, Liebrecht et al. 2021).',
  points: 12,
  label: { strength: 'talks to someone' },
  check(ctx) {
    const { words, text } = ctx.doc;
    const findings: Finding[] = [];
    words.forEach((word, index) => {
      if (!word.capitalised || word.allCaps || !isProse(word) || NOT_NAMES.has(word.key) || ADDRESSING.has(word.key)) return;
      // A name is followed by a mark or opens its sentence: test that before anything costlier.
      const opensSentence = ctx.doc.sentences[word.sentence]!.contentWords[0] === index;
      if (!opensSentence && !AFTER_NAME.test(text.slice(word.end, word.end + 2))) return;
      if (ctx.claimed(word)) return;
      const before = words[index - 1];
      const sentence = ctx.doc.sentences[word.sentence]!;
      const gapBefore = before ? text.slice(before.end, word.start) : '';
      const afterComma = before !== undefined && before.sentence === word.sentence && /^\s*,\s+$/.test(gapBefore);
      const afterAddressing = before !== undefined && before.sentence === word.sentence && ADDRESSING.has(before.key) && /^[\s,]+$/.test(gapBefore);
      const after = text.slice(word.end, word.end + 2);
      // "…, Lucy!", "Thanks Amelia!", or "Ravi, what did you…" opening a sentence that speaks to "you".
      const vocative =
        ((afterComma || afterAddressing) && AFTER_NAME.test(after)) ||
        (opensSentence && text[word.end] === ',' && sentence.contentWords.some((i) => SECOND_PERSON.has(words[i]!.key)));
      if (!vocative || notAName(words, text, index)) return;
      findings.push({
        kind: 'strength',
        range: { start: word.start, end: word.end },
        message: `You speak to ${word.text} by name`,
        why: 'Addressing the person by name is personal; it is what people do and avatars do not.',
        strength: 1,
      });
    });
    for (const sentence of ctx.doc.sentences) {
      if (!sentence.question || headlineRuns(ctx, sentence).length > 0) continue;
      // A question put to "you", or a wh-question to the readers ("Who's coming?", "What should we add?").
      const firstIndex = sentence.contentWords[0];
      const first = firstIndex === undefined ? undefined : words[firstIndex];
      const you = sentence.contentWords.map((i) => words[i]!).find((candidate: Word) => SECOND_PERSON.has(candidate.key) && !ctx.claimed(candidate)) ??
        (first && ASKING.has(first.key) && !ctx.claimed(first) && sentence.contentWords.length > 2 ? first : undefined);
      if (!you) continue;
      findings.push({
        kind: 'strength',
        range: { start: you.start, end: you.end },
        idea: 'asks you',
        message: 'You ask the readers something directly',
        why: 'Asking “you” something is conversation, not a notice.',
        strength: 0.5,
      });
    }
    return findings;
  },
};
