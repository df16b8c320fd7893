import { FIRST_PERSON_PLURAL } from '../lexicons/words';
import type { Finding, Rule } from './types';

/** One "we" is natural; each one after it tilts the post towards the company. */
const FREE_MENTIONS = 1;
const STRENGTH_PER_EXTRA = 0.3;

export const weCentred: Rule = {
  id: 'we-centred',
  axis: 'reciprocity',
  docs: 'Many “we”, “our” and “us” make the post about the company rather than the reader.',
  points: 12,
  label: { issue: 'about the company more than the reader' },
  check(ctx) {
    // "we" as the subject of a verb that could also be a command ("we read every reply") is left
    // alone: deleting it would turn the statement into an order, so it cannot be a deletable issue.
    const commandVerbs = new Set(ctx.lexicon('imperative-opener').map((match) => match.firstWord));
    const mentions = ctx.doc.words.filter(
      (word, index) => FIRST_PERSON_PLURAL.has(word.key) && !word.entity && !ctx.inPhrase(index) && !(word.key === 'we' && commandVerbs.has(index + 1)),
    );
    const extra = mentions.length - FREE_MENTIONS;
    if (extra <= 0) return [];
    // Spread the cost over every "we" so that deleting any one of them lowers it.
    const strength = (STRENGTH_PER_EXTRA * extra) / mentions.length;
    return mentions.map<Finding>((word) => ({
      kind: 'issue',
      range: { start: word.start, end: word.end },
      message: `“${word.text}” — the post talks about the company ${mentions.length} times`,
      why: 'A we/our to you/your balance tilted to the company reads as a broadcast; turn one “we” into “you”.',
      strength,
    }));
  },
};
