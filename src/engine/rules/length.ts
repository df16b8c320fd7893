import type { LengthCounting } from '../types';
import type { Rule } from './types';

export const length: Rule = {
  id: 'length',
  judgesPassedOnWords: true,
  axis: 'reciprocity',
  docs: 'Posts over the network’s (or preset’s) length limit get cut or skipped.',
  points: 10,
  label: { issue: 'too long' },
  check(ctx) {
    const { doc, limits, length } = ctx;
    const used = doc.lengthIn(length);
    if (used <= limits.length) return [];
    const start = overflowStart(doc.text, limits.length, used);
    return [
      {
        kind: 'issue',
        // An empty range marks the point where the text passes the limit without claiming the
        // text after it, so a closing question still counts.
        range: { start, end: start },
        message: `${used} ${unitName(length)}; the limit is ${limits.length}`,
        why: 'Shorter posts tend to do better, and text past the limit is cut.',
        strength: Math.min(3, (2 * (used - limits.length)) / limits.length + 0.5),
      },
    ];
  },
};

/** How the count reads in a message, so the writer can see why it differs from other counters. */
function unitName(counting: LengthCounting): string {
  if (counting.unit === 'twitter-weighted') return 'weighted characters (most emoji and CJK count 2, each link 23)';
  return counting.linkLength === undefined ? 'characters' : `characters, each link counted as ${counting.linkLength}`;
}

/** Where the text passes the limit, scaled from the weighted length and kept off a surrogate pair's second half. */
function overflowStart(text: string, limit: number, used: number): number {
  let start = Math.min(text.length, Math.floor((text.length * limit) / used));
  const code = text.charCodeAt(start);
  if (start > 0 && code >= 0xdc00 && code <= 0xdfff) start--;
  return start;
}
