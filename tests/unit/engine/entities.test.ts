import fc from 'fast-check';
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { extractEntitiesAndLinks, linksIn } from '../../../src/engine/entities';

const extractEntities = (text: string) => extractEntitiesAndLinks(text).entities;

/** twitter-text on the whole text: what extractEntitiesAndLinks must find, however it splits the work. */
function reference(text: string): Array<[string, number, number]> {
  return twitterText.extractEntitiesWithIndices(text).map((found) => [
    found.url !== undefined ? 'url' : found.hashtag !== undefined ? 'hashtag' : found.cashtag !== undefined ? 'cashtag' : 'mention',
    found.indices[0],
    found.indices[1],
  ]);
}

const TOKENS = [
  'word', 'Word42', "don't", 'x-y', '(yes)', 'think?', 'end.', 'a:b', 'e.g.', 'bar.com', 'www.example.com/path?q=1', 'https://t.co/abc', 'http://x.co/a.',
  '#tag', '#Tag_2', '#1a', '#_a', '#a_', '#123', '#_', '#', '##a', '#a#b', '&#39;', '#tag.', '#tag:', '#tag!', 'a#b', '＃tag', '#tágs', '#tag\u0301',
  '@sam', '@a_b', '@', '@@a', '@a@b', 'a@b', '@abcdefghijklmnopqrst', '@abcdefghijklmnopqrstu', '@sam/list', '@sam:', '@sam.', '＠sam', 'RT:@ann', 'RT@ann', '@samé',
  '$AAPL', '$aapl', '$1', 'US$5', '$AAPL.', '😀', '👩‍👩‍👧', '#😀', 'مرحبا', '日本語', '#日本語', '\u00a0', '\u200b', '\u0301', ':', '.', '//', 'x://y',
  // No ".", "@", "#" or "$" of ASCII and no fullwidth "＠" or "＃": no entity, whatever else the token holds.
  'ｅｘ．ｃｏｍ', '例え。com', '＄AAPL', 'é:b', '\u202ehi', 'a\u0000b', '\u000b', 'ｈｔｔｐｓ://x',
];
const SPACES = [' ', '  ', '\n', '\t', '\r\n'];

describe('extractEntitiesAndLinks', () => {
  it('finds exactly what twitter-text finds in the whole text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), fc.constantFrom(...SPACES)), { maxLength: 40 }),
        fc.boolean(),
        (tokens, glue) => {
          // Sometimes glue two tokens together, so no white space separates them.
          const text = tokens.map(([token, space], index) => (glue && index % 3 === 1 ? token : token + space)).join('');
          expect(extractEntities(text).map((entity) => [entity.kind, entity.start, entity.end])).toEqual(reference(text));
          // The links it reports on the way are the ones parseTweet counts, read on their own.
          const links = twitterText.extractUrlsWithIndices(text).map(({ indices }) => ({ start: indices[0], end: indices[1] }));
          expect(extractEntitiesAndLinks(text).links).toEqual(links);
          expect(linksIn(text)).toEqual(links);
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 2000) },
    );
  });

  it('reads long stretches in pieces without losing or moving an entity', () => {
    // Tokens twitter-text must read, so the stretches it reads are long and are cut.
    const words = ['example.com/a', '$AAPL', 'ok.', '😀', '#tag.', '@a@b', 'RT:@ann', 'https://t.co/x', 'ébar.com', '\u0301bar.com', '#tág'];
    const text = Array.from({ length: 4000 }, (_, i) => `${words[(i * 7) % words.length]}${i % 5 ? ' ' : '\n'}`).join('');
    expect(extractEntities(text).map((entity) => [entity.kind, entity.start, entity.end])).toEqual(reference(text));
    expect(extractEntitiesAndLinks(text).links).toEqual(linksIn(text));
  });
});
