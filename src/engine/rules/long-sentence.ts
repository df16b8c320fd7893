import { headlineAround } from './headline';
import { LONG_SENTENCE_WORDS, splitPoint } from './sentence-split';
import type { Finding, Rule } from './types';

export const longSentence: Rule = {
  id: 'long-sentence',
  axis: 'voice',
  docs: `Sentences over ${LONG_SENTENCE_WORDS} words read like a document, not like talk.`,
  points: 10,
  label: { issue: 'long sentences' },
  check(ctx) {
    const { words } = ctx.doc;
    const findings: Finding[] = [];
    for (const sentence of ctx.doc.sentences) {
      const count = sentence.contentWords.length;
      const first = splitPoint(ctx, sentence);
      if (first === count) continue;
      const splitAt = words[sentence.contentWords[first]!]!.start;
      // A headline the split falls inside is underlined whole: deleting half of one would leave
      // Title Case words too few to be a headline, and bring back the issues it was hiding.
      const start = headlineAround(ctx, sentence, splitAt)?.start ?? splitAt;
      const end = words[sentence.contentWords[count - 1]!]!.end;
      findings.push({
        kind: 'issue',
        range: { start, end },
        message: `This sentence runs to ${count} words; split it around here`,
        why: 'Short sentences are part of a conversational style; long ones lower readability.',
        strength: (count - LONG_SENTENCE_WORDS) / 15,
      });
    }
    return findings;
  },
};
