// Hashtags, mentions, cashtags and links, exactly as twitter-text finds them in the whole text.
//
// twitter-text costs a few microseconds a match and slows down on long inputs, so it reads only the
// stretches that need it, in pieces ending at white space (chunks.ts). Entities never contain
// white space and twitter-text reads only the character either side of one, so tokens between
// white space are independent. The commonest tokens are answered here: a token with none of
// ".", "@", "＠", "#", "＃" and "$" holds no entity (twitter-text's own extractors return nothing
// without them: a link's domain needs a "." and the rest their sign), and "#tag" or "@name" alone
// in its token is one hashtag or mention by twitter-text's rules. A hashtag pile of 1 MB then
// costs a scan, not 90,000 regular-expression matches, and a megabyte of emoji none at all.

import twitterText from 'twitter-text';
import { PIECE_LENGTH, pieces } from './chunks';
import type { Entity, EntityKind } from './document';
import type { TextRange } from './types';

/** The longest handle twitter-text links whole; a longer one is cut at 20 characters, so it is left to twitter-text. */
const LONGEST_HANDLE = 20;

/**
 * The entities, and the links as twitter-text's extractUrlsWithIndices finds them before overlaps
 * with hashtags are settled (what parseTweet counts; see linksIn): one reading of the text gives both.
 */
export function extractEntitiesAndLinks(text: string): { entities: Entity[]; links: TextRange[] } {
  const entities: Entity[] = [];
  const links: TextRange[] = [];
  const stretch = new Stretch(text, entitiesAndLinksWithIndices, (kind, start, end) => {
    if (kind === 'link') links.push({ start, end });
    else entities.push({ kind, start, end });
  });
  forEachToken(text, (start, end, marks) => {
    // A token answered here has no "." and so no link.
    const simple = marks === 0 ? 'none' : simpleSignedToken(text, start, end);
    if (simple === undefined) {
      stretch.add(start, end);
      return;
    }
    stretch.flush();
    if (simple !== 'none') entities.push({ kind: simple, start, end });
  });
  stretch.flush();
  return { entities, links };
}

/**
 * The links twitter-text's extractUrlsWithIndices finds in the whole text (parseTweet counts
 * these, before any overlap with a hashtag is settled). It finds none without a ".".
 */
export function linksIn(text: string): TextRange[] {
  const links: TextRange[] = [];
  const stretch = new Stretch(text, (piece) => twitterText.extractUrlsWithIndices(piece).map(({ indices }) => ({ kind: 'link', indices })), (_kind, start, end) => links.push({ start, end }));
  forEachToken(text, (start, end, marks) => {
    if ((marks & FULL_STOP) !== 0) stretch.add(start, end);
    else stretch.flush();
  });
  stretch.flush();
  return links;
}

/** An entity, or a link as extractUrlsWithIndices reports it, at UTF-16 indices into the text read. */
interface Found {
  kind: EntityKind | 'link';
  indices: [number, number];
}

/**
 * twitter-text's extractEntitiesWithIndices step for step (links, mentions, hashtags without the
 * link check, cashtags, then overlaps removed), with the links as first found reported too.
 */
function entitiesAndLinksWithIndices(text: string): Found[] {
  const urls = twitterText.extractUrlsWithIndices(text);
  const all = urls.concat(twitterText.extractMentionsOrListsWithIndices(text), twitterText.extractHashtagsWithIndices(text, { checkUrlOverlap: false }), twitterText.extractCashtagsWithIndices(text));
  const found: Found[] = urls.map(({ indices }) => ({ kind: 'link', indices }));
  if (all.length === 0) return found;
  twitterText.removeOverlappingEntities(all);
  for (const entity of all) {
    const kind: EntityKind = entity.url !== undefined ? 'url' : entity.hashtag !== undefined ? 'hashtag' : entity.cashtag !== undefined ? 'cashtag' : 'mention';
    found.push({ kind, indices: entity.indices });
  }
  return found;
}

/** What forEachToken notes about a token: it holds a "." … */
const FULL_STOP = 1;
/** … or one of "@", "＠", "#", "＃" and "$". */
const SIGN = 2;

/** Each run of characters between ASCII white space, with the marks it holds (FULL_STOP | SIGN), noted in the same pass. */
function forEachToken(text: string, visit: (start: number, end: number, marks: number) => void): void {
  let i = 0;
  while (i < text.length) {
    if (isAsciiSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let marks = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isAsciiSpace(code)) break;
      if (code === 46) marks |= FULL_STOP;
      else if (code === 35 || code === 64 || code === 36 || code === 0xff03 || code === 0xff20) marks |= SIGN;
    }
    visit(start, i, marks);
  }
}

/**
 * Consecutive tokens for twitter-text, read when a token that does not need it comes or the
 * stretch grows long. Each piece is read with the white space before and after it, because
 * twitter-text reads a string's start differently from white space: at the start, "ébar.com" has
 * "é" before a link "bar.com"; after a space, the link is "ébar.com".
 */
class Stretch {
  private start = -1;
  private end = -1;

  constructor(
    private readonly text: string,
    private readonly extract: (text: string) => Found[],
    private readonly found: (kind: Found['kind'], start: number, end: number) => void,
  ) {}

  add(start: number, end: number): void {
    if (this.start >= 0 && end - this.start > PIECE_LENGTH) this.flush();
    if (this.start < 0) this.start = start;
    this.end = Math.min(this.text.length, end + 1);
  }

  flush(): void {
    if (this.start < 0) return;
    const { text } = this;
    for (const piece of pieces(text.slice(this.start, this.end))) {
      const pieceStart = this.start + piece.start;
      const from = pieceStart > 0 ? pieceStart - 1 : 0;
      for (const { kind, indices } of this.extract(text.slice(from, pieceStart + piece.text.length))) {
        // twitter-text reports UTF-16 indices in JavaScript (tested in document.test.ts).
        if (from + indices[0] >= pieceStart) this.found(kind, from + indices[0], from + indices[1]);
      }
    }
    this.start = -1;
  }
}

/**
 * What a token holding a sign or a "." holds, when the answer needs no twitter-text: a hashtag or
 * mention of plain ASCII covering it all. Undefined for anything else (links, cashtags, "@a@b", "#été"…).
 */
function simpleSignedToken(text: string, start: number, end: number): 'hashtag' | 'mention' | undefined {
  const first = text.charCodeAt(start);
  if (first !== 35 && first !== 64) return undefined;
  // "#" then letters, digits and "_" with a letter among them; "@" then 1–20 letters, digits and "_".
  let letters = 0;
  for (let k = start + 1; k < end; k++) {
    const code = text.charCodeAt(k);
    if (isAsciiLetter(code)) letters++;
    else if (!isAsciiDigit(code) && code !== 95) return undefined;
  }
  if (first === 35) return letters > 0 ? 'hashtag' : undefined;
  return end - start - 1 >= 1 && end - start - 1 <= LONGEST_HANDLE ? 'mention' : undefined;
}

function isAsciiSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
