// Which words are hard to read: shared by the hard-words rule and the headline analysis.
import { isProse, type Word } from '../document';
import { isFamiliar } from '../lexicons/familiar';

/** A rare word is a mouthful when it has this many syllables, or this many letters. */
const MIN_SYLLABLES = 4;
const MIN_LETTERS = 11;

/** Long, lower-case (capitalised words are mostly names) and rare in speech. */
export function mayBeHardWord(word: Word): boolean {
  return isProse(word) && !word.capitalised && (word.syllables >= MIN_SYLLABLES || word.text.length >= MIN_LETTERS) && !isFamiliar(word.key);
}
