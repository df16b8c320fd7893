import { SECOND_PERSON } from '../lexicons/words';
import type { Finding, Rule } from './types';

export const readerAddress: Rule = {
  id: 'reader-address',
  axis: 'reciprocity',
  docs: '“You” and “your” speak to the reader instead of about the company.',
  points: 12,
  label: { strength: 'speaks to the reader' },
  skipsOnlyClaimedStrengths: true,
  check(ctx) {
    const findings: Finding[] = [];
    ctx.doc.words.forEach((word, index) => {
      if (!SECOND_PERSON.has(word.key) || word.entity || ctx.inPhrase(index) || ctx.claimed(word)) return;
      findings.push({
        kind: 'strength',
        range: { start: word.start, end: word.end },
        message: `“${word.text}” speaks to the reader`,
        why: 'Reader orientation — what is in it for them — is what makes a post worth answering.',
        strength: 0.3,
      });
    });
    return findings;
  },
};
