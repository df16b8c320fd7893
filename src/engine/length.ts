// A post's length in the unit its network counts: the engine knows units, the network registry
// (src/networks) knows which network uses which. Every unit is counted in one linear pass.

import twitterText from 'twitter-text';
import { pieces } from './chunks';
import type { Entity } from './document';
import type { LengthCounting } from './types';

const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** `text`'s length as `counting` measures it; `entities` are the document's (links are read from them). */
export function measureLength(text: string, entities: readonly Entity[], counting: LengthCounting): number {
  if (counting.unit === 'twitter-weighted') {
    // twitter-text is super-linear on long inputs; its weights are per character, so pieces add up.
    return pieces(text).reduce((sum, piece) => sum + twitterText.parseTweet(piece.text).weightedLength, 0);
  }
  const { unit, linkLength } = counting;
  if (linkLength === undefined) return countUnits(text, unit);
  let total = 0;
  let from = 0;
  for (const entity of entities) {
    if (entity.kind !== 'url') continue;
    total += countUnits(text.slice(from, entity.start), unit) + linkLength;
    from = entity.end;
  }
  return total + countUnits(text.slice(from), unit);
}

function countUnits(text: string, unit: 'utf16' | 'code-points' | 'graphemes'): number {
  if (unit === 'utf16') return text.length;
  if (unit === 'code-points') {
    let count = text.length;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      // A high surrogate followed by a low one is one code point in two units.
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
        const next = text.charCodeAt(index + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          count--;
          index++;
        }
      }
    }
    return count;
  }
  let count = 0;
  // The segmenter is super-linear on long inputs too; pieces end at white space, a grapheme boundary.
  for (const piece of pieces(text)) for (const _ of graphemeSegmenter.segment(piece.text)) count++;
  return count;
}

/** A key that tells two countings apart, for caching a document's lengths. */
export function countingKey(counting: LengthCounting): string {
  return counting.unit === 'twitter-weighted' || counting.linkLength === undefined ? counting.unit : `${counting.unit}:${counting.linkLength}`;
}
