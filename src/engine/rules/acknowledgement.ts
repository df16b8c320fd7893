import { quote, type Finding, type Rule } from './types';

/** A mention alone is weak evidence of acknowledging someone: it is also how replies and tags look. */
const MENTION_STRENGTH = 0.1;
const RETWEET_STRENGTH = 0.3;

export const acknowledgement: Rule = {
  id: 'acknowledgement',
  axis: 'reciprocity',
  docs: 'Thanking, crediting, congratulating and welcoming other people; replying to or naming someone in the text counts a little.',
  points: 24,
  label: { strength: 'acknowledges others' },
  check(ctx) {
    const findings: Finding[] = [];
    for (const match of ctx.lexicon('acknowledgement')) {
      if (ctx.claimed(match.range)) continue;
      findings.push({
        kind: 'strength',
        range: match.range,
        message: `“${quote(ctx, match.range)}” acknowledges someone`,
        why: 'Thanks, credit and congratulations treat readers as people and invite them back.',
      });
    }
    const { retweet } = ctx.doc;
    if (retweet && !ctx.claimed(retweet.marker)) {
      findings.push({
        kind: 'strength',
        range: { ...retweet.marker },
        message: 'You pass on someone else’s words, with credit',
        why: 'Quoting and crediting others acknowledges them, though sharing alone is not a conversation.',
        strength: RETWEET_STRENGTH,
      });
    }
    // A mention counts when it opens a reply or sits inside what you say ("with @ann and the
    // team"); a tag trailing after the post ("… https://… @partner") labels rather than talks to
    // someone.
    // Only unclaimed words count as "what you say", so deleting flagged text cannot demote a
    // mention to a tag. A sign-off counts too: deleting the text after "^JS" turns it into one.
    const lastOwnWord = ctx.doc.words.findLast((word) => word.entity === undefined && !ctx.claimed(word));
    ctx.doc.entities.forEach((entity, index) => {
      if (entity.kind !== 'mention' || ctx.claimed(entity) || (retweet && entity.end === retweet.marker.end)) return;
      const reply = index < ctx.doc.leadingMentions;
      const proseAfter = lastOwnWord !== undefined && lastOwnWord.start > entity.end;
      if (!reply && !proseAfter) return;
      findings.push({
        kind: 'strength',
        range: { start: entity.start, end: entity.end },
        message: `You mention ${quote(ctx, entity)}`,
        why: 'Talking to and about other people is part of a conversation, though a tag alone says little.',
        strength: MENTION_STRENGTH,
      });
    });
    return findings;
  },
};
