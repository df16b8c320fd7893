import { ADJECTIVAL_PARTICIPLES, BE_FORMS, IRREGULAR_PARTICIPLES } from '../lexicons/words';
import { isProse, type Word } from '../document';
import { quote, type Finding, type Rule } from './types';

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
    for (let i = 0; i < words.length; i++) {
      if (!BE_FORMS.has(words[i]!.key) || !isProse(words[i]!)) continue;
      let j = i;
      while (words[j]!.joinsNext && j + 1 < words.length && (BETWEEN.has(words[j + 1]!.key) || words[j + 1]!.key.endsWith('ly'))) j++;
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
