import { mayBeHardWord } from './word-difficulty';
import type { Finding, Rule } from './types';

export const hardWords: Rule = {
  id: 'hard-words',
  axis: 'voice',
  docs: 'Long words that are rare in everyday speech (not among the 30,000 commonest spoken words of SUBTLEX-US) lower readability; “community” or “definitely” are fine.',
  points: 8,
  label: { issue: 'hard to read' },
  check(ctx) {
    const findings: Finding[] = [];
    ctx.doc.words.forEach((word, index) => {
      // Phrase-list words are already judged by their own rule.
      if (!mayBeHardWord(word) || ctx.inPhrase(index)) return;
      findings.push({
        kind: 'issue',
        range: { start: word.start, end: word.end },
        message: `“${word.text}” is a rare word in everyday speech; is there a plainer one?`,
        why: 'Plain, common words raise readability and sound like someone talking.',
        strength: 0.25,
      });
    });
    return findings;
  },
};
