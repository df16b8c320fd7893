// Words whose most frequent part of speech is a verb ("returns" is a noun first, "gets" a verb),
// from wink-lexicon (MIT), a curated lexicon of common English words with their parts of speech.
// verb-forms.json is written by `npm run lexicons:verbs` (tests/bench/verb-forms.ts).

import verbs from './verb-forms.json';

const WORDS: ReadonlySet<string> = new Set(verbs.words);

/** Is this lower-case word most often a verb? */
export function isMostlyVerb(key: string): boolean {
  return WORDS.has(key);
}
