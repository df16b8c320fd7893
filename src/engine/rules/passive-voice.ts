import { ADJECTIVAL_PARTICIPLES, BE_FORMS, IRREGULAR_PARTICIPLES } from '../lexicons/words';
import { isProse, type Word } from '../document';
import { quote, type Finding, type Rule } from './types';

/** "got soaked", "get paid": everyday speech, not an official hiding who acted. */
const GET_FORMS = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
/** A subject that names who the sentence is about, so the passive hides no one. */
const PERSONAL_SUBJECTS = new Set(['she\'ll', 'he\'ll', 'they\'ll', 'i', "i'm", "i've", "i'd", "i'll", 'you', "you're", "you've", "you'll", "you'd", 'he', 'she', 'they', "he's", "she's", "they're", "they've"]);
const BETWEEN = new Set(['not', 'been', 'being', 'also', 'just', 'now', 'already', 'still', 'always', 'never', 'all', "n't"]);
/** How far after the participle a "by" still names the actor. */
const BY_WINDOW = 3;

export const passiveVoice: Rule = {
  id: 'passive-voice',
  axis: 'voice',
  docs: 'Passive voice without an actor (“mistakes were made”) hides who did what.',
  points: 10,
  label: { issue: 'hides who acts' },
  check(ctx) {
    const { words } = ctx.doc;
    const findings: Finding[] = [];
    // The last run of in-between words skipped: a later start inside it ends where it ended ("been been been…" stays linear).
    const skipped = { from: -1, to: -1 };
    for (let i = 0; i < words.length; i++) {
      if (!BE_FORMS.has(words[i]!.key) || GET_FORMS.has(words[i]!.key) || !isProse(words[i]!)) continue;
      // "I've been hooked", "you were missed": the person is named; nothing is hidden.
      if (namesPerson(words, i)) continue;
      let j = i;
      if (i >= skipped.from && i <= skipped.to) j = skipped.to;
      else {
        while (words[j]!.joinsNext && j + 1 < words.length && (BETWEEN.has(words[j + 1]!.key) || words[j + 1]!.key.endsWith('ly'))) j++;
        skipped.from = i;
        skipped.to = j;
      }
      if (!words[j]!.joinsNext || j + 1 >= words.length) continue;
      const participle = words[j + 1]!;
      if (!isParticiple(participle) || namesActor(words, j + 1)) continue;
      if (ctx.inPhrase(i) || ctx.inPhrase(j + 1)) continue;
      const range = { start: words[i]!.start, end: participle.end };
      findings.push({
        kind: 'issue',
        range,
        message: `“${quote(ctx, range)}” doesn’t say who did it`,
        why: 'Passive voice hiding the actor sounds evasive; say who did what (“we made a mistake”).',
      });
      i = j + 1;
    }
    return findings;
  },
};

/** Is the word before the auxiliary (or before "have"/"has"/a modal before it) a personal pronoun? */
function namesPerson(words: Word[], be: number): boolean {
  for (let k = be - 1; k >= Math.max(0, be - 3); k--) {
    const word = words[k]!;
    if (!word.joinsNext || word.sentence !== words[be]!.sentence) return false;
    if (PERSONAL_SUBJECTS.has(word.key)) return true;
    if (!AUXILIARIES.has(word.key)) return false;
  }
  return false;
}

const AUXILIARIES = new Set(['have', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', "'ll", 'not', 'never', 'just', 'also', 'been']);

function isParticiple(word: Word): boolean {
  if (ADJECTIVAL_PARTICIPLES.has(word.key)) return false;
  return IRREGULAR_PARTICIPLES.has(word.key) || (word.key.length > 4 && word.key.endsWith('ed'));
}

function namesActor(words: Word[], participle: number): boolean {
  for (let k = participle + 1; k <= participle + BY_WINDOW && k < words.length; k++) {
    if (words[k]!.sentence !== words[participle]!.sentence) return false;
    if (words[k]!.key === 'by') return true;
  }
  return false;
}
