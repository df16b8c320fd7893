import type { Word } from '../document';
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
  skip: (ctx, match) => partOfName(ctx.doc.words, match.firstWord, match.lastWord),
});

/**
 * A capitalised buzzword that does not open its sentence, right beside another capitalised word
 * (one space apart: deleting a word in between leaves two, so no deletion can make a name).
 */
function partOfName(words: Word[], first: number, last: number): boolean {
  const word = words[first]!;
  if (!word.capitalised || word.allCaps) return false;
  const before = words[first - 1];
  if (before === undefined || before.sentence !== word.sentence) return false;
  const after = words[last + 1];
  const beside = (a: Word, b: Word) => b.start - a.end === 1 && a.sentence === b.sentence && (a.capitalised || b.capitalised);
  return (before.capitalised && beside(before, word)) || (after !== undefined && after.capitalised && beside(words[last]!, after));
}
