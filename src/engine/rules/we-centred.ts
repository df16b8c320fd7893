import { FIRST_PERSON_PLURAL, SECOND_PERSON } from '../lexicons/words';
import type { Word } from '../document';
import type { OnePlaceFinding, Rule } from './types';

/** Up to three "we/our/us" outside sentences to the reader are natural; a fourth tilts the post to the company. */
const FREE_MENTIONS = 3;
/** …and only when they outnumber "you/your" more than two to one (RUBRIC: a ratio heavily towards the company). */
const RATIO = 2;
const STRENGTH_PER_EXTRA = 0.3;

export const weCentred: Rule = {
  id: 'we-centred',
  axis: 'reciprocity',
  docs: 'Many “we”, “our” and “us”, and few “you”, make the post about the company rather than the reader. A sentence that speaks to the reader (“we’ll refund you”) is an offer of service, not self-talk.',
  points: 12,
  label: { issue: 'about the company more than the reader' },
  // "You" is read only in unclaimed words, so deleting another issue cannot make this one cost more.
  readsClaimsForIssues: true,
  check(ctx) {
    const { words } = ctx.doc;
    // Most posts never pass the free mentions: count before doing anything else.
    let company = 0;
    for (const word of words) if (FIRST_PERSON_PLURAL.has(word.key)) company++;
    if (company <= FREE_MENTIONS) return [];
    // "we" as the subject of a verb that could also be a command ("we read every reply") is left
    // alone: deleting it would turn the statement into an order, so it cannot be a deletable issue.
    const commandVerbs = new Set(ctx.lexicon('imperative-opener').map((match) => match.firstWord));
    const toReader = new Set<number>();
    let readerWords = 0;
    words.forEach((word, index) => {
      if (!isReaderWord(word) || ctx.inPhrase(index) || ctx.claimed(word)) return;
      toReader.add(word.sentence);
      readerWords++;
    });
    const mentions = words.filter(
      (word, index) =>
        FIRST_PERSON_PLURAL.has(word.key) && !word.entity && !ctx.inPhrase(index) && !toReader.has(word.sentence) && !(word.key === 'we' && commandVerbs.has(index + 1)),
    );
    const extra = mentions.length - FREE_MENTIONS;
    if (extra <= 0 || mentions.length <= RATIO * readerWords) return [];
    // Spread the cost over every "we" so that deleting any one of them lowers it.
    const strength = (STRENGTH_PER_EXTRA * extra) / mentions.length;
    const said = [...new Set(mentions.map((word) => `“${word.text.toLowerCase()}”`))].join(', ');
    return mentions.map<OnePlaceFinding>((word) => ({
      kind: 'issue',
      range: { start: word.start, end: word.end },
      idea: 'company words',
      message: `The post talks about the company ${mentions.length} times (${said}) and to the reader ${readerWords === 0 ? 'not at all' : `${readerWords} times`}`,
      why: 'A we/our to you/your balance tilted to the company reads as a broadcast; turn one “we” into “you”.',
      strength,
    }));
  },
};

function isReaderWord(word: Word): boolean {
  return SECOND_PERSON.has(word.key) && !word.entity && !word.signOff;
}
