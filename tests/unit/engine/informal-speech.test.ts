// Informal speech the voice rules credit (RUBRIC.md, voice: "conversational style … a light
// interjection"; Liebrecht et al.'s informal speech: interjections, everyday words). Every post is
// written for this test; posts without the signal sit beside those with it, so a rule that fires
// everywhere fails too.

import { describe, expect, it } from 'vitest';
import { scored } from '../../scored';

const credited = (text: string, rule: string) =>
  scored(text)
    .hints.filter((hint) => hint.rule === rule && hint.kind === 'strength')
    .flatMap((hint) => [hint.range, ...(hint.moreRanges ?? [])].map((range) => text.slice(range.start, range.end)));

describe('interjection: texting slang is someone talking', () => {
  it.each([
    ['texting shorthand', 'Lemme check the timetable and get back to you.', 'Lemme'],
    ['a shrug', 'Dunno why the bins were missed again this week.', 'Dunno'],
    ['a birthday wish', 'hbd to the best bus driver on route 7!', 'hbd'],
  ])('credits %s', (_name, text, words) => {
    expect(credited(text, 'interjection')).toContain(words);
  });

  it.each([
    ['a notice', 'The ring road will be closed on Sunday for resurfacing.'],
    ['a plain statement of the same facts', 'Monday traffic on the ring road is slow every week.'],
    ['swearing, which a coach for brands does not reward', 'Monday traffic on the ring road is bullshit, every single week.'],
  ])('credits nothing in %s', (_name, text) => {
    expect(credited(text, 'interjection')).toEqual([]);
  });
});

describe('spoken spelling: words typed the way they sound', () => {
  it.each([
    ['a drawn-out greeting', 'Hiiiii from the top of the hill', 'Hiiiii'],
    ['a drawn-out adjective', 'That sunset last night was amaaazing.', 'amaaazing'],
    ['"u" for "you"', 'Will u be at the allotment tomorrow?', 'u'],
    ['"r" for "are"', 'Why r the trains always late on a Friday?', 'r'],
  ])('credits %s', (_name, text, words) => {
    expect(credited(text, 'spoken-spelling')).toEqual([words]);
  });

  it.each([
    ['a web address written out', 'Our menu is at www dot corner cafe dot com.'],
    ['a roman numeral', 'Henry VIII and Pope Leo XIII both appear in the exhibition.'],
    ['an acronym of repeated letters', 'The AAAS meeting starts at nine.'],
    ['capital U in a name', 'Jack U and the U Street band played till late.'],
    ['a subreddit path', 'I found the recipe on r/baking last week.'],
    ['ordinary spelling', 'Will you be at the allotment tomorrow?'],
  ])('credits nothing in %s', (_name, text) => {
    expect(credited(text, 'spoken-spelling')).toEqual([]);
  });
});

describe('casual case: a handle with a dot before it is the subject, not someone answered', () => {
  it('credits nothing after ".@name"', () => {
    expect(credited('.@riverside_choir sings at the harbour on Friday at eight.', 'casual-case')).toEqual([]);
  });

  it('still credits a lower-case start after a reply’s handles', () => {
    expect(credited('@riverside_choir yes the harbour gig is on Friday.', 'casual-case')).toEqual(['yes']);
  });
});
