import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/engine/document';
import { buildPhraseIndex, matchPhrases, type PhraseIndexOptions } from '../../../src/engine/phrases';
import { parsePresetFile } from '../../../src/presets/schema';
import { score } from '../../../src/engine/score';

function find(text: string, phrases: string[], options: PhraseIndexOptions = {}): string[] {
  const index = buildPhraseIndex(phrases.map((phrase) => ({ phrase, value: phrase })), options);
  return matchPhrases(parseDocument(text), index).map((match) => text.slice(match.range.start, match.range.end));
}

describe('phrase matching', () => {
  it('matches whole words case-insensitively', () => {
    expect(find('We LEVERAGE it; leveraged is different', ['leverage'])).toEqual(['LEVERAGE']);
  });

  it('prefers the longest phrase and does not overlap', () => {
    expect(find('We apologize for any inconvenience', ['we apologize', 'we apologize for any inconvenience', 'inconvenience'])).toEqual([
      'We apologize for any inconvenience',
    ]);
  });

  it('matches across white space, hyphens and apostrophes but not across sentences or commas', () => {
    expect(find('best-in-class service', ['best in class'])).toEqual(['best-in-class']);
    expect(find('Buy. Now is fine', ['buy now'])).toEqual([]);
    expect(find('buy, now', ['buy now'])).toEqual([]);
  });

  it('never matches across a link, mention or hashtag', () => {
    expect(find('buy https://x.co now', ['buy now'])).toEqual([]);
    expect(find('thank @ann you', ['thank you'])).toEqual([]);
  });

  it('reads a phrase as words only, so regular-expression syntax in it is inert', () => {
    // The phrase's words are "a" and "b"; its punctuation is not a pattern.
    expect(find('a (.*)+ b and a b', ['a (.*)+ b'])).toEqual(['a b']);
    expect(() => find('x'.repeat(5000), ['(x+x+)+y'])).not.toThrow();
  });
});

describe('normalised matching (both sides)', () => {
  const forms: Array<[string, string]> = [
    ['fullwidth letters', 'ｕｔｉｌｉｚｅ'],
    ['mathematical bold letters', '𝐮𝐭𝐢𝐥𝐢𝐳𝐞'],
    ['a Cyrillic і', 'ut\u0456lize'],
    ['Cyrillic capitals', 'UT\u0406LIZE'],
    ['a soft hyphen', 'util\u00adize'],
    ['a zero-width space', 'util\u200bize'],
    ['a zero-width joiner and a word joiner', 'u\u200dtil\u2060ize'],
    ['upper case', 'UTILIZE'],
  ];

  it.each(forms)('finds "utilize" written with %s', (_, written) => {
    const text = `Please ${written} the form`;
    expect(find(text, ['utilize'])).toEqual([written]);
    expect(find(text, ['utilize'], { keepPunctuation: true })).toEqual([written]);
  });

  it.each(forms)('reads a phrase written with %s as "utilize"', (_, written) => {
    expect(find('Please utilize the form', [written], { keepPunctuation: true })).toEqual(['utilize']);
  });

  it('folds case fully ("Straße" is "strasse") but keeps accents ("café" is not "cafe")', () => {
    expect(find('Straße and STRASSE', ['strasse'])).toEqual(['Straße', 'STRASSE']);
    expect(find('café and cafe', ['cafe'])).toEqual(['cafe']);
  });

  it('leaves plain ASCII alone: "10" is not "lo", "m" is not "rn"', () => {
    expect(find('lo and behold', ['10'])).toEqual([]);
    expect(find('turn it', ['tum'])).toEqual([]);
  });

  it('finds a phrase wherever hidden characters are sprinkled into it (property)', () => {
    const hidden = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(...hidden)), { maxLength: 4 }), (inserts) => {
        let word = 'utilize';
        for (const [at, char] of inserts) word = word.slice(0, at) + char + word.slice(at);
        expect(find(`We ${word} it`, ['utilize'], { keepPunctuation: true })).toEqual([word]);
      }),
    );
  });
});

describe('preset phrases keep their punctuation', () => {
  const preset = { keepPunctuation: true };

  it('"A+" flags "A+" and not every "a"', () => {
    expect(find('I got an A+ and a B, a cat, an A++', ['A+'], preset)).toEqual(['A+']);
  });

  it('"C++" flags "C++" and not "C" or "C+++"', () => {
    expect(find('I know C, C++ and C+++', ['C++'], preset)).toEqual(['C++']);
  });

  it('the match covers the punctuation, so a fix replaces all of it', () => {
    expect(find('We use C++ daily', ['C++'], preset)).toEqual(['C++']);
    expect(find('Get #1 results, not 1 result', ['#1'], preset)).toEqual(['#1']);
  });

  it('punctuation between words must be there; spaces and hyphens stand for each other', () => {
    expect(find('like & share, like&share, like share', ['like & share'], preset)).toEqual(['like & share', 'like&share']);
    expect(find('limited-time and limited time', ['limited time'], preset)).toEqual(['limited-time', 'limited time']);
    expect(find('e.g. this, eg this', ['e.g.'], preset)).toEqual(['e.g.']);
    expect(find("rock ’n’ roll", ["rock 'n' roll"], preset)).toEqual(['rock ’n’ roll']);
  });

  it('prefers the phrase that covers more ("A+" over "A" in "A+")', () => {
    expect(matchedValues('an A+ grade', ['A', 'A+'])).toEqual([['A+']]);
    expect(matchedValues('an A grade', ['A', 'A+'])).toEqual([['A']]);
  });

  it('built-in lexicons still match words only', () => {
    expect(find('best-in-class service', ['best in class'])).toEqual(['best-in-class']);
    expect(find('like & share', ['like share'])).toEqual(['like & share']);
  });

  it('reads long runs of hidden characters and punctuation (the scans are bounded)', () => {
    const text = `${'a\u200b'.repeat(20_000)} ${'+'.repeat(50_000)} A+`;
    expect(find(text, ['A+', 'a a a a'], preset).at(-1)).toBe('A+');
  });
});

function matchedValues(text: string, phrases: string[]): string[][] {
  const index = buildPhraseIndex(phrases.map((phrase) => ({ phrase, value: phrase })), { keepPunctuation: true });
  return matchPhrases(parseDocument(text), index).map((match) => match.values);
}

describe('a preset’s banned phrases, scored', () => {
  const parsed = parsePresetFile(
    JSON.stringify({ version: 1, id: 'grades', bannedPhrases: [{ phrase: 'A+', preferred: 'top marks' }, { phrase: 'C++', preferred: 'C plus plus' }, { phrase: 'utilize', preferred: 'use' }] }),
  );
  if (!parsed.ok) throw new Error('the test preset is valid');
  const banned = (text: string) =>
    score(text, parsed.preset)
      .hints.filter((hint) => hint.rule === 'banned-phrase')
      .map((hint) => ({ text: text.slice(hint.range.start, hint.range.end), replacement: hint.replacement }));

  it('flags what the manager wrote, punctuation and all, and nothing less', () => {
    expect(banned('I got a B and a C in a class about C. What about you?')).toEqual([]);
    expect(banned('I got an A+ in C++. What about you?')).toEqual([
      { text: 'A+', replacement: 'Top marks' },
      { text: 'C++', replacement: 'C plus plus' },
    ]);
  });

  it('is not dodged by fullwidth letters, a Cyrillic і, a soft hyphen or a zero-width space', () => {
    for (const written of ['ｕｔｉｌｉｚｅ', 'ut\u0456lize', 'util\u00adize', 'util\u200bize']) {
      expect(banned(`We ${written} the form. What do you think?`)).toEqual([{ text: written, replacement: 'use' }]);
    }
  });
});
