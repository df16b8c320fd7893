import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/engine/document';
import { findQuotations } from '../../../src/engine/quotations';

const quoted = (text: string) => findQuotations(text).map((range) => text.slice(range.start, range.end));

describe('quotations', () => {
  it.each([
    ['curly double quotes', 'She said “we open at nine” and left.', ['“we open at nine”']],
    ['straight double quotes', 'The sign says "back in five" today.', ['"back in five"']],
    ['a title in single quotes', "We loved 'The Keeper' last night.", ["'The Keeper'"]],
    ['curly single quotes around a title', 'Tonight: ‘Monica the Medium’ returns.', ['‘Monica the Medium’']],
  ])('finds %s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([
    ['contractions and possessives', "Don't miss Hillary’s talk, it's at Sam's place."],
    ['an unclosed quote', 'The sign says "back in five and never came back.'],
    ['a quote broken by a line end', 'She said "see you\ntomorrow" then went.'],
  ])('finds none in %s', (_name, text) => {
    expect(quoted(text)).toEqual([]);
  });

  it('marks someone else’s words: quotations of three words or more, and a retweet', () => {
    const doc = parseDocument('Loved this. RT @ann: the garden is open');
    expect(doc.othersWords.map((range) => doc.text.slice(range.start, range.end))).toEqual([': the garden is open']);
    const quote = parseDocument('Sam said “this made my week” and we agree with “Great”.');
    expect(quote.othersWords.map((range) => quote.text.slice(range.start, range.end))).toEqual(['“this made my week”']);
  });

  it('stays linear on a long text full of marks', () => {
    const text = `"a" 'b' “c” don't `.repeat(20_000);
    expect(findQuotations(text).length).toBe(60_000);
  });
});
