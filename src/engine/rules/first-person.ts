import { FIRST_PERSON_SINGULAR } from '../lexicons/words';
import type { Finding, Rule } from './types';

export const firstPerson: Rule = {
  id: 'first-person',
  axis: 'voice',
  docs: '“I”, “me” and “my” show a real person is writing.',
  points: 24,
  label: { strength: 'a person speaks' },
  skipsOnlyClaimedStrengths: true,
  check(ctx) {
    const findings: Finding[] = [];
    for (const word of ctx.doc.words) {
      if (!FIRST_PERSON_SINGULAR.has(word.key) || word.entity || ctx.claimed(word)) continue;
      findings.push({
        kind: 'strength',
        range: { start: word.start, end: word.end },
        message: `“${word.text}” — a person is talking`,
        why: 'A company cannot befriend anyone; a person can. First person singular is the clearest sign of one.',
        strength: 0.5,
      });
    }
    return findings;
  },
};
