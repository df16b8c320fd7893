import { isProse } from '../document';
import { INVOLVED_WORDS, type InvolvedKind } from '../lexicons/involved';
import type { Finding, Rule } from './types';

const MESSAGES: Record<InvolvedKind, (word: string) => string> = {
  stance: (word) => `“${word}” gives your own view, as people do when they talk`,
  emphasis: (word) => `“${word}” stresses a point the way people do in conversation`,
  hedge: (word) => `“${word}” hedges like someone talking, not a notice`,
  particle: (word) => `“${word}” is a spoken turn of phrase`,
  reason: (word) => `“${word}” gives a reason in your own words`,
  possibility: (word) => `“${word}” weighs what may happen, as people do in talk`,
  negation: (word) => `“${word}” says it plainly, as someone would out loud`,
};

export const everydayTalk: Rule = {
  id: 'everyday-talk',
  axis: 'voice',
  docs: '“I think”, “really”, “maybe”, “because”: the words of someone talking, not of a headline or a notice.',
  points: 12,
  label: { strength: 'talks like a person' },
  skipsOnlyClaimedStrengths: true,
  check(ctx) {
    const findings: Finding[] = [];
    for (const word of ctx.doc.words) {
      const kind = INVOLVED_WORDS.get(word.key);
      if (kind === undefined || !isProse(word) || ctx.claimed(word)) continue;
      findings.push({
        kind: 'strength',
        range: { start: word.start, end: word.end },
        message: MESSAGES[kind](word.text),
        why: 'Stance, hedges and reasons (“I think”, “maybe”, “because”) mark conversation; headlines and notices leave them out.',
        strength: 0.5,
      });
    }
    return findings;
  },
};
