import { CONTRACTION_ENDINGS, IS_CONTRACTIONS } from '../lexicons/words';
import type { Finding, Rule } from './types';

export const contractions: Rule = {
  id: 'contractions',
  axis: 'voice',
  docs: '“We’re”, “don’t”, “it’s”: contractions sound like talk, not a press release.',
  points: 16,
  label: { strength: 'conversational' },
  skipsOnlyClaimedStrengths: true,
  check(ctx) {
    const findings: Finding[] = [];
    for (const word of ctx.doc.words) {
      if (word.entity || !isContraction(word.key) || ctx.claimed(word)) continue;
      findings.push({
        kind: 'strength',
        range: { start: word.start, end: word.end },
        message: `“${word.text}” sounds like everyday talk`,
        why: 'Informal speech — contractions, everyday words — is a marker of a human voice.',
        strength: 0.4,
      });
    }
    return findings;
  },
};

function isContraction(key: string): boolean {
  return IS_CONTRACTIONS.has(key) || CONTRACTION_ENDINGS.some((ending) => key.length > ending.length && key.endsWith(ending));
}
