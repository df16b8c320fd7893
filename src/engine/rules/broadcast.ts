import { SECOND_PERSON } from '../lexicons/words';
import type { Word } from '../document';
import { quote, type Finding, type Rule } from './types';

export const broadcast: Rule = {
  id: 'broadcast',
  axis: 'reciprocity',
  docs: '“We’re excited to announce” and “our new” talk about the company, not with the reader. Pride in the person you answer (“so proud of you, Sam”) is acknowledgement, not broadcast.',
  points: 22,
  label: { issue: 'one-way announcement' },
  check(ctx) {
    const { words } = ctx.doc;
    const findings: Finding[] = [];
    for (const match of ctx.lexicon('broadcast')) {
      if (aimedAtSomeone(words, match.lastWord)) continue;
      findings.push({
        kind: 'issue',
        range: match.range,
        message: `“${quote(ctx, match.range)}” announces rather than talks with the reader`,
        why: 'One-way announcements hope people will talk; they rarely do.',
      });
    }
    return findings;
  },
};

/** "…proud of you", "…proud of @ann", "…proud of Sam and the team": the feeling is about another person. */
export function aimedAtSomeone(words: Word[], last: number): boolean {
  const ofIndex = words[last]!.key === 'of' ? last : last + 1;
  const of = words[ofIndex];
  const who = words[ofIndex + 1];
  if (!of || !who || of.key !== 'of' || !words[ofIndex - 1]!.joinsNext || !of.joinsNext) return false;
  return SECOND_PERSON.has(who.key) || who.entity === 'mention' || (who.capitalised && !who.allCaps && who.sentence === of.sentence);
}
