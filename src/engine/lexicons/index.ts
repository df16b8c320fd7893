// Every built-in lexicon, compiled once into one phrase index so a single pass over the words
// finds all of them and the longest phrase wins where lists overlap.

import { buildPhraseIndex, type PhraseIndex } from '../phrases';
import { buzzwords } from './buzzwords';
import {
  acknowledgement,
  boilerplate,
  broadcast,
  candour,
  companyCallToAction,
  empathy,
  engagementBait,
  hardSell,
  imperativeOpeners,
  interjections,
  invitations,
  redirects,
  adviceVerbs,
  thirdPersonVerbs,
  usefulContent,
} from './own';
import { plainWords } from './plain-words';
import type { Lexicon, LexiconEntry } from './types';

export const lexicons: readonly Lexicon[] = [
  boilerplate,
  broadcast,
  hardSell,
  engagementBait,
  companyCallToAction,
  invitations,
  redirects,
  candour,
  acknowledgement,
  empathy,
  usefulContent,
  thirdPersonVerbs,
  interjections,
  buzzwords,
  plainWords,
  imperativeOpeners,
  adviceVerbs,
];

export interface LexiconValue {
  lexicon: string;
  entry: LexiconEntry;
}

let index: PhraseIndex<LexiconValue> | undefined;

/** Built lazily on first use: about a thousand phrases, a few milliseconds. */
export function builtinIndex(): PhraseIndex<LexiconValue> {
  index ??= buildPhraseIndex(
    lexicons.flatMap((lexicon) => lexicon.entries.map((entry) => ({ phrase: entry.phrase, value: { lexicon: lexicon.id, entry } }))),
  );
  return index;
}
