import { phraseFix, quote, type Finding, type Rule } from './types';

export const bannedPhrase: Rule = {
  id: 'banned-phrase',
  axis: 'voice',
  docs: 'Phrases your team’s preset avoids, with the wording it prefers.',
  points: 20,
  label: { issue: 'wording your team avoids' },
  check(ctx) {
    const findings: Finding[] = [];
    for (const match of ctx.presetPhrases()) {
      const banned = match.values.find((value) => value.source === 'banned');
      if (!banned) continue;
      const text = quote(ctx, match.range);
      const replacement = banned.preferred === undefined ? undefined : phraseFix(ctx, match, banned.preferred);
      findings.push({
        kind: 'issue',
        range: match.range,
        message: banned.preferred ? `Your team writes “${banned.preferred}” instead of “${text}”` : `Your team avoids “${text}”`,
        why: banned.reason ?? 'Your preset lists this phrase as one to avoid.',
        ...(replacement !== undefined ? { replacement } : {}),
      });
    }
    return findings;
  },
};
