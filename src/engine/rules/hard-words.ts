import { isProse } from '../document';
import type { Finding, Rule } from './types';

const MIN_SYLLABLES = 4;
const MIN_LETTERS = 9;

export const hardWords: Rule = {
  id: 'hard-words',
  axis: 'voice',
  docs: 'Long, many-syllable words lower readability; everyday words sound like a person.',
  points: 8,
  label: { issue: 'hard to read' },
  check(ctx) {
    const findings: Finding[] = [];
    ctx.doc.words.forEach((word, index) => {
      // Capitalised words are mostly names; phrase-list words are already judged by their own rule.
      if (!isProse(word) || word.capitalised || word.syllables < MIN_SYLLABLES || word.text.length < MIN_LETTERS) return;
      if (ctx.inPhrase(index)) return;
      findings.push({
        kind: 'issue',
        range: { start: word.start, end: word.end },
        message: `“${word.text}” is a mouthful; is there a shorter word?`,
        why: 'Plain, short words raise readability and sound like someone talking.',
        strength: 0.25,
      });
    });
    return findings;
  },
};
