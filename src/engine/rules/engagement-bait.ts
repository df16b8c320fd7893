import { quote, type Finding, type Rule } from './types';

const COUNT = /^\d+(?:[.,]\d+)*[km]?$/i;
// Not "members": "14,000 members" of a network, union or club counts people in it, not an audience.
const AUDIENCE = new Set(['followers', 'fans', 'likes', 'subscribers', 'retweets', 'follows']);

export const engagementBait: Rule = {
  id: 'engagement-bait',
  judgesPassedOnWords: true,
  axis: 'reciprocity',
  docs: 'Asking for likes, retweets and tags, or boasting about follower counts, uses numbers instead of people.',
  points: 25,
  label: { issue: 'engagement bait' },
  check(ctx) {
    const why = 'Follower counts are the wrong metric, and numbers must not be used to manipulate people.';
    // "Follow us back so we can DM you": a step a customer needs for a private reply, not a follower hunt.
    const findings: Finding[] = ctx.lexicon('engagement-bait').filter((match) => ctx.doc.words[match.lastWord + 1]?.key !== 'back').map((match) => ({
      kind: 'issue',
      range: match.range,
      message: `“${quote(ctx, match.range)}” asks for clicks, not conversation`,
      why,
    }));
    const { words } = ctx.doc;
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!;
      const count = words[i - 1]!;
      if (!AUDIENCE.has(word.key) || !COUNT.test(count.text) || !count.joinsNext) continue;
      const range = { start: count.start, end: word.end };
      findings.push({ kind: 'issue', range, message: `“${quote(ctx, range)}” is a vanity metric`, why });
    }
    return findings;
  },
};
