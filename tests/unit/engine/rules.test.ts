import { describe, expect, it } from 'vitest';
import { ruleCatalog, score } from '../../../src/engine';
import { ruleIds, rules } from '../../../src/engine/rules';
import { NEUTRAL_PRESET } from '../../../src/engine/presets/neutral';
import type { Hint } from '../../../src/engine';

const quoted = (text: string, hint: Hint) => text.slice(hint.range.start, hint.range.end);

/** [rule, text, kind, the text the hint points at] — one row per signal, both directions. */
const examples: Array<[string, string, Hint['kind'], string]> = [
  ['question', 'New menu today. What should we add next?', 'strength', 'What should we add next?'],
  ['invitation', 'Tell us your favourite trail.', 'strength', 'Tell us'],
  ['reader-address', 'This works for your team.', 'strength', 'your'],
  ['greeting', 'Hi Dana, it is fixed.', 'strength', 'Hi Dana'],
  ['useful-content', "Here's how to reset it: hold the button.", 'strength', "Here's how"],
  ['acknowledgement', 'Congrats to the whole crew.', 'strength', 'Congrats'],
  ['acknowledgement', 'Lovely day with @ann and the team.', 'strength', '@ann'],
  ['candour', "You're right, that was our fault.", 'strength', "You're right"],
  ['broadcast', "We're excited to announce a new store.", 'issue', "We're excited to announce"],
  ['we-centred', 'We think our team and our partners did well for us.', 'issue', 'We'],
  ['hard-sell', 'Shop now while supplies last.', 'issue', 'Shop now'],
  ['hard-sell', 'Jackets 40% off.', 'issue', '40% off'],
  ['engagement-bait', 'RT to win a mug.', 'issue', 'RT to win'],
  ['engagement-bait', 'Party time: 10k followers.', 'issue', '10k followers'],
  ['company-cta', 'New report out. Download it here.', 'issue', 'Download'],
  ['company-cta', '8 tips for better sleep: https://example.com/s', 'issue', '8 tips'],
  ['hashtag-pile', 'Go #a #b #c', 'issue', '#c'],
  ['link-pile', 'More: https://a.co/1 https://a.co/2 https://a.co/3', 'issue', 'https://a.co/3'],
  ['mention-pile', 'Hi @a @b @c @d @e @f @g', 'issue', '@f'],
  ['first-person', 'I checked it myself.', 'strength', 'I'],
  ['sign-off', 'All sorted. ^JS', 'strength', '^JS'],
  ['contractions', "It's done.", 'strength', "It's"],
  ['everyday-talk', 'I think the new route is better.', 'strength', 'think'],
  ['casual-case', 'The bus was late. honestly no idea why.', 'strength', 'honestly'],
  ['casual-case', '@ann yes the bus was late.', 'strength', 'yes'],
  ['interjection', 'Oh no, the lift broke.', 'strength', 'Oh no'],
  ['spoken-spelling', 'The new bakery is soooooo good.', 'strength', 'soooooo'],
  ['empathy', 'Sorry, that sounds frustrating.', 'strength', 'sounds frustrating'],
  ['thanking', 'Thanks for waiting, Priya, the mugs are back.', 'strength', 'Thanks'],
  ['third-person', 'Acme announces a new plan.', 'issue', 'Acme announces'],
  ['headline-case', 'Ten Ways To Save Money This Winter', 'issue', 'Ten Ways To Save Money This Winter'],
  ['news-kicker', 'Review: The Show Returns for Season Two', 'issue', 'Review:'],
  ['personal-address', 'Thanks for the photo, Lucy!', 'strength', 'Lucy'],
  ['boilerplate', 'Please be advised the office is closed.', 'issue', 'Please be advised'],
  ['jargon', 'A holistic approach.', 'issue', 'holistic approach'],
  ['plain-words', 'We utilize cookies.', 'issue', 'utilize'],
  ['passive-voice', 'Mistakes were made.', 'issue', 'were made'],
  ['hard-words', 'An unquestionably recalcitrant committee.', 'issue', 'unquestionably'],
  ['shouting', 'This is MASSIVE NEWS for us.', 'issue', 'MASSIVE'],
  [
    'long-sentence',
    'The pool reopens on Monday after the works that started in March and that included the new changing rooms and the roof and the boiler and the tiles and the lights and the doors, and lessons start after.',
    'issue',
    'lights and the doors, and lessons start after',
  ],
  ['shouting', 'Wow!!!', 'issue', '!!'],
];

describe('rule registry', () => {
  it('lists each rule once, with an axis, docs and points', () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of rules) {
      expect(rule.docs.length, rule.id).toBeGreaterThan(20);
      expect(['reciprocity', 'voice']).toContain(rule.axis);
      expect(rule.points, rule.id).toBeGreaterThan(0);
    }
    expect(ruleCatalog.map((entry) => entry.id)).toEqual([...ruleIds]);
  });

  it('has an example for every built-in rule that needs no preset', () => {
    const presetOnly = new Set(['banned-phrase', 'custom-reciprocity', 'custom-voice', 'emoji', 'length']);
    const covered = new Set(examples.map(([rule]) => rule));
    expect(ruleIds.filter((id) => !presetOnly.has(id) && !covered.has(id))).toEqual([]);
  });
});

describe('rules', () => {
  it.each(examples)('%s: “%s”', (rule, text, kind, target) => {
    const hint = score(text).hints.find((candidate) => candidate.rule === rule && quoted(text, candidate) === target);
    expect(hint, JSON.stringify(score(text).hints.map((h) => [h.rule, quoted(text, h)]))).toBeDefined();
    expect(hint!.kind).toBe(kind);
    expect(Math.sign(hint!.impact)).toBe(kind === 'strength' ? 1 : -1);
    expect(hint!.message.length).toBeGreaterThan(0);
    expect(hint!.why.length).toBeGreaterThan(0);
  });

  it('does not count a question that only leads into a pitch', () => {
    expect(score('Want 20% off? Shop now.').hints.some((hint) => hint.rule === 'question')).toBe(false);
    expect(score('Do you know the safety checks? Watch our video.').hints.some((hint) => hint.rule === 'question')).toBe(false);
  });

  it('credits a lower-case start only where it opens the sentence', () => {
    const casual = (text: string) => score(text).hints.some((hint) => hint.rule === 'casual-case');
    expect(casual('The show is back - https://example.com/s from the archive')).toBe(false);
    expect(casual('.@ann explores the archive')).toBe(false); // the dot makes @ann the subject: "explores" opens nothing
    expect(casual('@ann yes, the archive is open')).toBe(true);
    expect(casual('iPhone owners, the update is out.')).toBe(false);
    expect(casual('The update is out.')).toBe(false);
  });

  it('flags a “Topic: Headline” colon but not a colon that introduces a link or a list in lower case', () => {
    const kicker = (text: string) => score(text).hints.some((hint) => hint.rule === 'news-kicker');
    expect(kicker('Photo: The Old Mill at Dawn')).toBe(true);
    expect(kicker('Here is the form: https://example.com/f')).toBe(false);
    expect(kicker('Two things to bring: boots and water.')).toBe(false);
    expect(kicker('Me: I will not eat cake. Also me:')).toBe(false);
  });

  it('does not count a headline’s question as one put to the reader', () => {
    expect(score('Are Rich Donors Ruining Higher Education?').hints.some((hint) => hint.rule === 'question')).toBe(false);
  });

  it('counts a mention inside the text or opening a reply, not a tag trailing the post', () => {
    const mentions = (text: string) => score(text).hints.filter((hint) => hint.rule === 'acknowledgement' && text[hint.range.start] === '@').length;
    expect(mentions('@ann the parcel is on its way')).toBe(1);
    expect(mentions('Lovely day with @ann and the team.')).toBe(1);
    expect(mentions('Five ways to sleep better https://example.com/s @sleepclub')).toBe(0);
  });

  it('ignores words quoted after "RT @name" for strengths', () => {
    const hints = score('RT @ann: What do you think of my garden?').hints;
    expect(hints.some((hint) => hint.rule === 'question' || hint.rule === 'first-person')).toBe(false);
    expect(hints.some((hint) => hint.rule === 'acknowledgement')).toBe(true);
  });
});

describe('replacements', () => {
  const replacementFor = (text: string, rule: string) => score(text).hints.find((hint) => hint.rule === rule)?.replacement;

  it('offers plain words that keep the meaning, keeping a leading capital', () => {
    expect(replacementFor('Please utilize the side door.', 'plain-words')).toBe('use');
    expect(replacementFor('Utilize the side door.', 'plain-words')).toBe('Use');
    expect(replacementFor('We will commence at nine.', 'plain-words')).toBeUndefined();
    expect(replacementFor('We apologize for any inconvenience.', 'boilerplate')).toBe('Sorry about this');
    expect(replacementFor('Reply at your earliest convenience.', 'boilerplate')).toBe('when you can');
  });

  it('never flags everyday or ambiguous words from the plain-language list', () => {
    for (const text of ['What is your address?', 'The numbers are accurate.', 'I need additional time.']) {
      expect(score(text).hints.filter((hint) => hint.rule === 'plain-words'), text).toEqual([]);
    }
  });

  it('fixes shouting by deleting surplus exclamation marks', () => {
    const text = 'This is massive!!!';
    const hints = score(text).hints.filter((hint) => hint.rule === 'shouting');
    let fixed = text;
    for (const hint of [...hints].sort((a, b) => b.range.start - a.range.start)) {
      fixed = fixed.slice(0, hint.range.start) + (hint.replacement ?? '') + fixed.slice(hint.range.end);
    }
    expect(fixed).toBe('This is massive!');
  });

  it('never offers lower case for capitals, which may be a name or an acronym', () => {
    expect(score('This is MASSIVE NEWS for us.').hints.filter((hint) => hint.rule === 'shouting' && hint.replacement !== undefined)).toEqual([]);
  });
});

describe('Neutral preset', () => {
  it('is the default', () => {
    expect(score('Hello there, how are you?')).toEqual(score('Hello there, how are you?', NEUTRAL_PRESET));
  });
});
