import type { Word } from '../document';
import { partOfName } from './names';
import { phraseRule } from './phrase-rule';

export const jargon = phraseRule({
  id: 'jargon',
  axis: 'voice',
  kind: 'issue',
  lexicons: ['buzzwords'],
  points: 16,
  strength: 0.6,
  docs: 'Corporate buzzwords (“leverage”, “synergy”, “solutions”) hide what you mean; inside a name (“Treasury and Trade Solutions”, “the Innovative Services category”) they are the name.',
  label: 'corporate jargon',
  message: (phrase) => `“${phrase}” is corporate jargon`,
  why: 'Buzzwords make a brand sound like a faceless organisation; say the plain thing.',
  skip: (ctx, match) => partOfName(ctx.doc.words, match.firstWord, match.lastWord) || nounPhraseOfCompound(ctx.doc.text, ctx.doc.words, match.entry.phrase, match.firstWord, match.lastWord),
});

/**
 * A listed compound adjective written as two words after "the" is a noun phrase: "the next
 * generation" is the young, where "next-generation platforms" is the buzzword.
 */
function nounPhraseOfCompound(text: string, words: Word[], phrase: string, first: number, last: number): boolean {
  if (!phrase.includes('-') || first === 0) return false;
  const before = words[first - 1]!;
  return before.key === 'the' && before.joinsNext && !text.slice(words[first]!.start, words[last]!.end).includes('-');
}
