// Shared by the word-list rules: words that are part of a name or a title are the name, not the
// writer's choice of word ("Treasury and Trade Solutions", "Financial Capability Awards").

import type { Word } from '../document';

/**
 * A capitalised match that does not open its sentence, right beside another capitalised word
 * (one space apart: deleting a word in between leaves two, so no deletion can make a name).
 */
export function partOfName(words: Word[], first: number, last: number): boolean {
  const word = words[first]!;
  if (!word.capitalised || word.allCaps) return false;
  const before = words[first - 1];
  if (before === undefined || before.sentence !== word.sentence) return false;
  const after = words[last + 1];
  const beside = (a: Word, b: Word) => b.start - a.end === 1 && a.sentence === b.sentence && (a.capitalised || b.capitalised);
  return (before.capitalised && beside(before, word)) || (after !== undefined && after.capitalised && beside(words[last]!, after));
}
