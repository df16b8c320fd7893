// Length in each unit a network may count in. The engine knows units, never sites; offsets and
// counts are checked on astral characters, ZWJ sequences, combining marks and long texts.

import fc from 'fast-check';
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/engine/document';
import type { LengthCounting } from '../../../src/engine';

const lengthIn = (text: string, counting: LengthCounting) => parseDocument(text).lengthIn(counting);

const FAMILY = '👩‍👩‍👧'; // 3 code points joined by 2 ZWJ: 8 UTF-16 units, 5 code points, 1 grapheme
const ACCENTED = 'e\u0301'; // e + combining acute: 2 units, 2 code points, 1 grapheme

describe('length units', () => {
  it.each<[string, LengthCounting, number]>([
    ['hello', { unit: 'utf16' }, 5],
    ['hello', { unit: 'code-points' }, 5],
    ['hello', { unit: 'graphemes' }, 5],
    ['hello', { unit: 'twitter-weighted' }, 5],
    ['😀', { unit: 'utf16' }, 2],
    ['😀', { unit: 'code-points' }, 1],
    ['😀', { unit: 'graphemes' }, 1],
    ['😀', { unit: 'twitter-weighted' }, 2],
    [FAMILY, { unit: 'utf16' }, 8],
    [FAMILY, { unit: 'code-points' }, 5],
    [FAMILY, { unit: 'graphemes' }, 1],
    [ACCENTED, { unit: 'code-points' }, 2],
    [ACCENTED, { unit: 'graphemes' }, 1],
    ['工具', { unit: 'utf16' }, 2],
    ['工具', { unit: 'twitter-weighted' }, 4],
    ['مرحبا', { unit: 'graphemes' }, 5],
    // A lone surrogate is one code point (and one unit): no pair to join it to.
    ['a\ud83d', { unit: 'code-points' }, 2],
  ])('%j in %j is %i', (text, counting, expected) => {
    expect(lengthIn(text, counting)).toBe(expected);
  });

  it('counts every link as the fixed length it is given, whatever its own length', () => {
    const text = 'See https://example.com/a/very/long/path/indeed?with=query and https://x.io ok';
    const withoutLinks = text.length - 'https://example.com/a/very/long/path/indeed?with=query'.length - 'https://x.io'.length;
    expect(lengthIn(text, { unit: 'utf16', linkLength: 23 })).toBe(withoutLinks + 2 * 23);
    expect(lengthIn(text, { unit: 'graphemes', linkLength: 23 })).toBe(withoutLinks + 2 * 23);
    expect(lengthIn(text, { unit: 'code-points', linkLength: 10 })).toBe(withoutLinks + 2 * 10);
    expect(lengthIn('no links here', { unit: 'utf16', linkLength: 23 })).toBe(13);
  });

  it('agrees with a plain count on any text, astral and long ones included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (text) => {
        expect(lengthIn(text, { unit: 'utf16' })).toBe(text.length);
        expect(lengthIn(text, { unit: 'code-points' })).toBe([...text].length);
        const graphemes = lengthIn(text, { unit: 'graphemes' });
        expect(graphemes).toBeLessThanOrEqual([...text].length);
        if (text.length <= 1024) expect(graphemes).toBe([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length);
      }),
      { numRuns: 150 },
    );
  });

  it('measures a long draft (50,000 characters, far past one piece) as the sum of its parts, in every unit', () => {
    const part = 'Hello there 😀 工具 e\u0301 https://example.com/path ';
    const copies = Math.floor(50_000 / part.length);
    const text = part.repeat(copies);
    for (const counting of [{ unit: 'utf16' }, { unit: 'code-points' }, { unit: 'graphemes', linkLength: 23 }, { unit: 'twitter-weighted' }] as LengthCounting[]) {
      expect(lengthIn(text, counting), JSON.stringify(counting)).toBe(copies * lengthIn(part, counting));
    }
  });

  it("gives twitter-text's own weighted length (parseTweet) for any text", () => {
    const parts = fc.constantFrom(
      'hi', ' ', '\n', '工具', 'é', 'e\u0301', '\u00a0', '😀', '👍🏽', '👩‍👩‍👧', '🇬🇧', '🇬', '❤️', '❤', '#️⃣', '1️⃣', '🏽', '\u200d', '\ufe0f', '©', '™', '🅰', '𝒳',
      '\u2019', '\u2026', 'example.com', 'https://example.com/a/long/path', 'ébar.com', '\u0301bar.com', 'http://t.co/abc', '#tag.com', '@sam.co', 'x.co😀', '😀x.co', '\ud83d',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 5, arbitrary: parts }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { maxLength: 30 }).map((list) => list.join('')), (text) => {
        expect(lengthIn(text, { unit: 'twitter-weighted' })).toBe(twitterText.parseTweet(text).weightedLength);
      }),
      { numRuns: Number(process.env.RUNS ?? 400) },
    );
  });

  it('caches each unit once per document, and keeps units apart', () => {
    const doc = parseDocument('Ünïcödé 😀 https://example.com/a-long-link-here');
    const first = doc.lengthIn({ unit: 'graphemes', linkLength: 23 });
    expect(doc.lengthIn({ unit: 'graphemes' })).not.toBe(first);
    expect(doc.lengthIn({ unit: 'graphemes', linkLength: 23 })).toBe(first);
  });
});
