// Issue 10's cases, written for this test: what the rubric praises is credited, questions are
// judged genuine or not, calls to action are found by grammar, and hints are precise.

import { describe, expect, it } from 'vitest';
import { score, type Hint } from '../../../src/engine';
import { parseDocument } from '../../../src/engine/document';
import { scored } from '../../scored';

const said = (text: string, hint: Hint) => text.slice(hint.range.start, hint.range.end);
const hintsOf = (text: string, rule: string, kind: Hint['kind'] = 'issue') => scored(text).hints.filter((hint) => hint.rule === rule && hint.kind === kind);

describe('credit for what the rubric praises', () => {
  it.each([
    ['a direct answer', '@jo Yes, the voucher works in our shops too.', 'useful-content', 'Yes'],
    ['a tip', 'If your coffee tastes bitter, try water just off the boil.', 'useful-content', 'try'],
    ['specifics for the reader', 'Your refund went out this morning and should reach you by Friday.', 'useful-content', 'morning'],
    ['praise before any noun', '@sam Lovely shot, that heron is something else.', 'acknowledgement', 'Lovely shot'],
    ['a progress update', "@kim I've checked and the parcel is at the depot.", 'acknowledgement', "I've checked"],
    ['“you’re welcome”', "@kim You're welcome, enjoy the trip!", 'acknowledgement', "You're welcome"],
    ['pride in the person answered', "@ravi We're so proud of you, Ravi!", 'acknowledgement', "We're so proud"],
  ])('%s', (_name, text, rule, words) => {
    expect(hintsOf(text, rule, 'strength').map((hint) => said(text, hint))).toContain(words);
  });

  it('does not read pride in someone else as a broadcast', () => {
    expect(hintsOf("@ravi We're so proud of you, Ravi!", 'broadcast')).toEqual([]);
  });

  it('reads “thank you for your patience” as a form letter, not acknowledgement', () => {
    const text = 'Your order has been processed. Thank you for your patience.';
    expect(hintsOf(text, 'acknowledgement', 'strength')).toEqual([]);
    expect(hintsOf(text, 'boilerplate').map((hint) => said(text, hint))).toEqual(['Thank you for your patience']);
  });

  it('does not credit thanks in a negative frame', () => {
    expect(hintsOf('Thanks for nothing, the train never came.', 'acknowledgement', 'strength')).toEqual([]);
  });

  it('answering beats deflecting: “DM us” earns less than an answer', () => {
    expect(scored('@jo Yes, it opens at nine on Sundays.').reciprocity).toBeGreaterThan(scored('@jo Please DM us about the opening hours.').reciprocity);
  });
});

describe('genuine questions only', () => {
  it.each([
    ['a teaser anywhere', 'Did you know? Our stores now stock 40 new items.'],
    ['a teaser at the end', 'Our stores stock 40 new items. Did you know that?'],
    ['a self-answered question', "No time to cook tonight? Here's our new meal kit, delivered to your door."],
    ['a quoted question', 'She asked us “what time do you open?” and we had no answer.'],
    ['a question whose answer is behind a link', 'What is the secret to a perfect loaf? https://example.com/loaf'],
  ])('no credit for %s', (_name, text) => {
    expect(hintsOf(text, 'question', 'strength')).toEqual([]);
  });

  it('credits a real question at the end', () => {
    expect(hintsOf('We tried a rye loaf this week. Should we keep it on the menu?', 'question', 'strength')).toHaveLength(1);
  });
});

describe('calls to action by grammar', () => {
  it.each([
    ['an imperative after an adverb', 'Tonight, follow our live coverage of the awards.', 'follow'],
    ['a pointer phrase', 'The new guide is out, details here: https://example.com/guide', 'details here'],
    ['a pointer “available at”', 'The new range is available at https://example.com/range', 'available at'],
  ])('finds %s', (_name, text, words) => {
    expect(hintsOf(text, 'company-cta').map((hint) => said(text, hint).toLowerCase())).toContain(words);
  });

  it('leaves advice to the reader alone', () => {
    expect(hintsOf('Bring half the brochures and book meetings before you go.', 'company-cta')).toEqual([]);
  });

  it('costs more than plain self-announcement', () => {
    const cta = scored('The annual report is out. Download it here: https://example.com/r').breakdown.reciprocity.contributions.find((entry) => entry.rule === 'company-cta')!;
    const broadcast = scored("We're excited to announce the annual report.").breakdown.reciprocity.contributions.find((entry) => entry.rule === 'broadcast')!;
    expect(Math.abs(cta.points)).toBeGreaterThan(Math.abs(broadcast.points));
  });
});

describe('precise hints', () => {
  it('makes one hint, with every range, of a rule repeated for one idea', () => {
    const text = 'We think our team, our partners and our suppliers did well for us and we thank them.';
    const hints = hintsOf(text, 'we-centred');
    expect(hints).toHaveLength(1);
    expect(1 + (hints[0]!.moreRanges?.length ?? 0)).toBeGreaterThanOrEqual(4);
    for (const range of [hints[0]!.range, ...hints[0]!.moreRanges!]) expect(text.slice(range.start, range.end).toLowerCase()).toMatch(/^(we|our|us)$/);
  });

  it('gives a 5,000-character post a handful of hints per rule, not one per word', () => {
    const text = 'We love our customers and we read every message. '.repeat(100);
    const report = scored(text);
    const perRule = new Map<string, number>();
    for (const hint of report.hints) perRule.set(hint.rule, (perRule.get(hint.rule) ?? 0) + 1);
    expect(Math.max(...perRule.values())).toBeLessThanOrEqual(3);
  });

  it('does not call an offer of service company-centred', () => {
    expect(hintsOf("We're sorry, we'll look into it and we can refund you so we can put it right for you.", 'we-centred')).toEqual([]);
  });

  it('flags rare long words, not everyday ones', () => {
    expect(hintsOf('We love our community and definitely read every message.', 'hard-words')).toEqual([]);
    expect(hintsOf('The refurbishment requires reauthentication.', 'hard-words').length).toBeGreaterThan(0);
  });

  it('flags headline case only where it covers a title, not a name in a sentence', () => {
    expect(hintsOf('Our thanks to the Jim Moss Memorial Community Centre team for the hall.', 'headline-case')).toEqual([]);
  });

  it('never gives two hints on the same words', () => {
    for (const text of ['Please reach out to our team.', 'We utilize synergies to leverage solutions.', 'We hear you, sorry about that.']) {
      const ranges = scored(text).hints.map((hint) => `${hint.range.start}:${hint.range.end}`);
      expect(new Set(ranges).size, text).toBe(ranges.length);
    }
  });

  it('reads informal spellings as the words they are', () => {
    expect(hintsOf('Cant wait, dont worry!', 'contractions', 'strength').map((hint) => said('Cant wait, dont worry!', hint))).toEqual(['Cant', 'dont']);
    expect(hintsOf('We ship to the U.S. and the U.K. now.', 'reader-address', 'strength')).toEqual([]);
  });

  it.each([
    ['^JS', 'Sorted now. ^JS'],
    ['– Sam', 'Sorted now. – Sam'],
    ['-KC', 'See you at the fair tmrw!! -KC'],
    ['--JV', 'Morning all! Who is making jam? --JV'],
    ['Joe, kitchen lead', "Want the recipe? Reply and I'll post it. Joe, kitchen lead"],
    ['^Sue, store manager', 'Let me know before Friday. ^Sue, store manager'],
  ])('finds the signature %s', (signature, text) => {
    expect(parseDocument(text).signOff?.text).toBe(signature);
  });

  it('does not take a source credit for a signature', () => {
    expect(parseDocument('Great read on city parks - The National https://example.com/a').signOff).toBeUndefined();
    expect(parseDocument('Pro golfer sinks a hole in one – Reuters https://example.com/b').signOff).toBeUndefined();
  });
});

describe('nothing to score', () => {
  it.each(['', '🎉🎉🎉', 'https://example.com/a', '@jules_p', '#launch #new', '!!!'])('declines “%s”', (text) => {
    expect(score(text).status).toBe('nothing-to-score');
  });
});
