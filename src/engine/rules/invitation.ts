import { quote, type Finding, type Rule } from './types';

/** "DM us", "contact us": a way to answer, but the conversation leaves the post. */
const REDIRECT_STRENGTH = 0.35;

export const invitation: Rule = {
  id: 'invitation',
  axis: 'reciprocity',
  docs: '“Tell us”, “reply with”, “let us know”: an explicit way for the reader to answer. “DM us” counts a little: answering in the open beats moving the talk elsewhere.',
  points: 20,
  label: { strength: 'invites a reply' },
  skipsOnlyClaimedStrengths: true,
  check(ctx) {
    const findings: Finding[] = [];
    for (const match of ctx.lexicon('invitation')) {
      if (ctx.claimed(match.range)) continue;
      findings.push({
        kind: 'strength',
        range: match.range,
        message: `“${quote(ctx, match.range)}” invites the reader to answer`,
        why: 'A dialogic loop — a clear way to answer and be answered — is what makes a post two-way.',
      });
    }
    for (const match of ctx.lexicon('redirect')) {
      if (ctx.claimed(match.range)) continue;
      findings.push({
        kind: 'strength',
        range: match.range,
        message: `“${quote(ctx, match.range)}” gives a way to reach you; an answer here would do more`,
        why: 'Answering a question beats deflecting it to a private channel, though a way to follow up still helps.',
        strength: REDIRECT_STRENGTH,
      });
    }
    return findings;
  },
};
