import { isProse, type Word } from '../document';
import { SPOKEN_SPELLINGS } from '../lexicons/words';
import type { Finding, Rule } from './types';

/** A letter typed three times or more ("soooo", "hiiii", "nooo"): no written word spells one so. */
const DRAWN_OUT = /(\p{L})\1\1/u;
/** One letter over and over is a token of its own ("www", "zzz", "AAA"), not a word drawn out. */
const ONE_LETTER = /^(\p{L})\1*$/u;
const ROMAN_NUMERAL = /^[ivxlcdm]+$/i;

/** "u", "ur": the sound typed in lower case, never a capital ("Jack U", "Ur") nor a path ("r/books"). */
function typedAsSaid(word: Word, text: string): boolean {
  return SPOKEN_SPELLINGS.has(word.text) && text[word.start - 1] !== '/' && text[word.end] !== '/';
}

function drawnOut(word: Word): boolean {
  // Short capitals are acronyms ("AAAS", "BBBS"); longer ones drawn out are shouted words ("NOOOO").
  if (word.allCaps && word.text.length <= 5) return false;
  return DRAWN_OUT.test(word.key) && !ONE_LETTER.test(word.key) && !ROMAN_NUMERAL.test(word.key);
}

export const spokenSpellingRule: Rule = {
  id: 'spoken-spelling',
  axis: 'voice',
  docs: 'Words typed the way they sound (“soooo good”, “hiii”, “see u there”) are informal speech in written form: someone typing as they talk.',
  points: 10,
  label: { strength: 'typed as spoken' },
  skipsOnlyClaimedStrengths: true,
  check(ctx) {
    const { words, text } = ctx.doc;
    const findings: Finding[] = [];
    words.forEach((word, index) => {
      if (!isProse(word) || ctx.inPhrase(index) || ctx.claimed(word)) return;
      const drawn = drawnOut(word);
      if (!drawn && !typedAsSaid(word, text)) return;
      findings.push({
        kind: 'strength',
        range: { start: word.start, end: word.end },
        idea: drawn ? 'drawn out' : 'spelt as said',
        message: drawn ? `“${word.text}”, drawn out, sounds like someone talking` : `“${word.text}” is typed as it is said, like a person texting`,
        why: 'Spelling words as they sound (drawn-out letters, “u” for “you”) is informal speech, a marker of a human voice.',
        strength: 0.6,
      });
    });
    return findings;
  },
};
