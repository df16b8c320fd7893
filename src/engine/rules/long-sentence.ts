import type { Finding, Rule } from './types';

/** Sentences longer than this many prose words read as written, not said. */
export const LONG_SENTENCE_WORDS = 30;

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
      if (count <= LONG_SENTENCE_WORDS) continue;
      // Point at the words past the limit (not the closing mark): that is where to split. Start at
      // the beginning of a phrase the limit falls inside ("Buy | now"), so deleting the range never
      // leaves half a phrase that reads as something else.
      let first = LONG_SENTENCE_WORDS;
      while (first > 0 && ctx.inPhrase(sentence.contentWords[first]!) && ctx.inPhrase(sentence.contentWords[first - 1]!)) first--;
      const start = words[sentence.contentWords[first]!]!.start;
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
