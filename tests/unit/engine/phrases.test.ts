import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/engine/document';
import { buildPhraseIndex, matchPhrases } from '../../../src/engine/phrases';

function find(text: string, phrases: string[]): string[] {
  const index = buildPhraseIndex(phrases.map((phrase) => ({ phrase, value: phrase })));
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
