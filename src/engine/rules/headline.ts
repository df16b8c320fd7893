// Headline Case ("Are Rich Donors Ruining Higher Education?") marks a title or a news feed, not a
// person talking. Shared by the question rule (a headline's question is not put to the reader)
// and the headline-case rule.
//
// A headline is a run of capitalised words — short words ("to", "of", "The") may sit inside it —
// holding at least four capitalised words of four letters or more. Names ("Jim Moss Center") make
// shorter runs. Words another rule may flag (phrase-list words, "we/our", "was", participles,
// capitals, hard words, and counts with the word they count: "10 Stocks", "20% off", "5k
// followers") are transparent: they neither count nor break a run, and never start or end one, so
// deleting them cannot create a headline or cut into another rule's phrase.

import { isProse, type Sentence, type Word } from '../document';
import { BE_FORMS, FIRST_PERSON_PLURAL, IRREGULAR_PARTICIPLES } from '../lexicons/words';
import type { TextRange } from '../types';
import { mayBeHardWord } from './word-difficulty';
import type { RuleContext } from './types';

const LONG_WORD = 4;
const MIN_LONG_CAPITALISED = 4;

// The runs depend only on the document and its phrase matches, never on claims, so the question
// and headline-case rules share them across both passes.
const runsBySentence = new WeakMap<Sentence, TextRange[]>();

/** Every headline run in the sentence, from its first to its last counted capitalised word. */
export function headlineRuns(ctx: RuleContext, sentence: Sentence): TextRange[] {
  let runs = runsBySentence.get(sentence);
  if (!runs) {
    runs = findHeadlineRuns(ctx, sentence);
    runsBySentence.set(sentence, runs);
  }
  return runs;
}

function findHeadlineRuns(ctx: RuleContext, sentence: Sentence): TextRange[] {
  const { words } = ctx.doc;
  const runs: TextRange[] = [];
  let first = -1;
  let lastCapitalised = -1;
  let long = 0;
  const close = () => {
    if (long >= MIN_LONG_CAPITALISED) runs.push({ start: words[first]!.start, end: words[lastCapitalised]!.end });
    first = -1;
    long = 0;
  };
  for (const index of sentence.contentWords) {
    const word = words[index]!;
    if (mayBeFlagged(ctx, index, word)) continue;
    const short = word.text.length < LONG_WORD;
    if (startsWithLetter(word.text) && (word.capitalised || short)) {
      if (first < 0) first = index;
      if (word.capitalised) lastCapitalised = index;
      if (word.capitalised && !short) long++;
    } else {
      close();
    }
  }
  close();
  return runs;
}

const LETTER_START = /^\p{L}/u;

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Like /^\p{L}/u, with ASCII answered without the regular expression (this runs on every word). */
function startsWithLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_START.test(text);
}

function mayBeFlagged(ctx: RuleContext, index: number, word: Word): boolean {
  const before = ctx.doc.words[index - 1];
  return (
    !isProse(word) ||
    startsWithDigit(word.text) ||
    (before !== undefined && before.joinsNext && startsWithDigit(before.text)) ||
    word.allCaps ||
    ctx.inPhrase(index) ||
    FIRST_PERSON_PLURAL.has(word.key) ||
    BE_FORMS.has(word.key) ||
    IRREGULAR_PARTICIPLES.has(word.key) ||
    word.key.endsWith('ed') ||
    word.syllables >= 4 ||
    mayBeHardWord(word)
  );
}
