// Where a long sentence should be split: shared by the long-sentence rule, which underlines the
// words from there on, and the headline runs, which must not be revealed by deleting them.

import type { Sentence } from '../document';
import type { RuleContext } from './types';

/** Sentences longer than this many prose words read as written, not said. */
export const LONG_SENTENCE_WORDS = 30;

/**
 * Where the long-sentence rule says to split the sentence: the position in its content words of the first word
 * it underlines, or their count when the sentence is not long. That is the first word past the
 * limit (not the closing mark), moved back to the start of a phrase the limit falls inside
 * ("Buy | now"), so deleting the range never leaves half a phrase that reads as something else.
 */
export function splitPoint(ctx: RuleContext, sentence: Sentence): number {
  const words = sentence.contentWords;
  if (words.length <= LONG_SENTENCE_WORDS) return words.length;
  let first = LONG_SENTENCE_WORDS;
  while (first > 0 && ctx.inPhrase(words[first]!) && ctx.inPhrase(words[first - 1]!)) first--;
  return first;
}
