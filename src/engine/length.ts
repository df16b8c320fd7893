// A post's length in the unit its network counts: the engine knows units, the network registry
// (src/networks) knows which network uses which. Every unit is counted in one linear pass.

import twitterText from 'twitter-text';
import twemojiExport from 'twemoji-parser/dist/lib/regex';
import { pieces } from './chunks';
import type { Entity } from './document';
import { linksIn } from './entities';
import type { LengthCounting, TextRange } from './types';

const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * `text`'s length as `counting` measures it. `entities` are the document's; `links` are
 * twitter-text's links in it before overlaps were settled (entities.ts's linksIn), when known.
 */
export function measureLength(text: string, entities: readonly Entity[], counting: LengthCounting, links?: readonly TextRange[]): number {
  if (counting.unit === 'twitter-weighted') return twitterWeightedLength(text, links);
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

/**
 * The pattern parseTweet finds emoji with, asked two ways: does an emoji start right here (a test,
 * which builds no match object: a megabyte of emoji holds 250,000), and where does the next start.
 */
const TWEMOJI_SOURCE = (twemojiExport instanceof RegExp ? twemojiExport : twemojiExport.default).source;
const EMOJI_HERE = new RegExp(TWEMOJI_SOURCE, 'y');
const EMOJI_AHEAD = new RegExp(TWEMOJI_SOURCE, 'g');

/**
 * twitter-text's parseTweet(text).weightedLength, step for step: the text in NFC; each link
 * (twitter-text's own) counts transformedURLLength, each emoji (twemoji-parser's pattern, as
 * parseTweet uses) the default weight, every other character its range's weight, read for an
 * astral character from its second surrogate as parseTweet does. parseTweet itself builds an
 * image URL for every emoji and reads links in one piece, which takes seconds on 1 MB; this pass
 * is linear (length.test.ts checks it gives parseTweet's figure).
 */
function twitterWeightedLength(text: string, linksInText?: readonly TextRange[]): number {
  const { scale, defaultWeight, emojiParsingEnabled, transformedURLLength, ranges } = twitterText.configs.defaults;
  const normalized = text.normalize();
  // The links found in the text are the normalised text's when normalising changed nothing.
  const links = linksInText && normalized === text ? linksInText : linksIn(normalized);
  const length = normalized.length;
  // Emoji are taken from the pattern as the count reaches them (no list of a million of them),
  // each search starting where the last emoji ended, as a global search does.
  let emojiStart = 0;
  let emojiEnd = 0;
  const nextEmoji = () => {
    if (!emojiParsingEnabled) {
      emojiStart = emojiEnd = length;
      return;
    }
    // Emoji in a row (a pile) are each read once, right where the last one ended.
    EMOJI_HERE.lastIndex = emojiEnd;
    if (emojiEnd < length && normalized.charCodeAt(emojiEnd) >= 0x80 && EMOJI_HERE.test(normalized)) {
      emojiStart = emojiEnd;
      emojiEnd = EMOJI_HERE.lastIndex;
      return;
    }
    EMOJI_AHEAD.lastIndex = emojiEnd;
    const match = EMOJI_AHEAD.exec(normalized);
    emojiStart = match ? match.index : length;
    emojiEnd = match ? match.index + match[0].length : length;
  };
  nextEmoji();
  const weights = weightTable(ranges, defaultWeight);
  let weighted = 0;
  let link = 0;
  let index = 0;
  while (index < length) {
    while (link < links.length && links[link]!.start < index) link++;
    while (emojiStart < index) nextEmoji();
    if (links[link]?.start === index) {
      weighted += transformedURLLength * scale;
      index = links[link]!.end;
      continue;
    }
    if (emojiStart === index) {
      weighted += defaultWeight;
      index = emojiEnd;
      continue;
    }
    // Plain characters up to the next link or emoji, read in a tight loop.
    const stop = Math.min(links[link]?.start ?? length, emojiStart);
    do {
      let code = normalized.charCodeAt(index);
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < length) {
        const next = normalized.charCodeAt(index + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          index++;
          code = next;
        }
      }
      weighted += weights[code]!;
      index++;
    } while (index < stop);
  }
  return weighted / scale;
}

let weights: { ranges: unknown; table: Float64Array } | undefined;

/** Each UTF-16 unit's weight (parseTweet reads an astral character's from its second surrogate), built once. */
function weightTable(ranges: ReadonlyArray<{ start: number; end: number; weight: number }>, defaultWeight: number): Float64Array {
  if (weights?.ranges !== ranges) {
    const table = new Float64Array(0x10000).fill(defaultWeight);
    // The first range that holds a unit gives its weight, as in parseTweet.
    for (const range of [...ranges].reverse()) table.fill(range.weight, Math.max(0, range.start), Math.min(0x10000, range.end + 1));
    weights = { ranges, table };
  }
  return weights.table;
}

/** A key that tells two countings apart, for caching a document's lengths. */
export function countingKey(counting: LengthCounting): string {
  return counting.unit === 'twitter-weighted' || counting.linkLength === undefined ? counting.unit : `${counting.unit}:${counting.linkLength}`;
}
