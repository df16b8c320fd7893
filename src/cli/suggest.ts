// "did you mean …?" for options, commands and values typed slightly wrong.

import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `input`, if it is close enough to be what was meant: within two edits
 * (a swapped pair of letters is two), or a third of the word for long words, or an unambiguous prefix.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const typed = input.toLowerCase();
  let best: { candidate: string; edits: number } | undefined;
  for (const candidate of candidates) {
    const edits = distance(typed, candidate.toLowerCase());
    if (!best || edits < best.edits) best = { candidate, edits };
  }
  if (best && best.edits <= Math.max(2, Math.floor(best.candidate.length / 3))) return best.candidate;
  const byPrefix = candidates.filter((candidate) => typed.length >= 2 && candidate.toLowerCase().startsWith(typed));
  return byPrefix.length === 1 ? byPrefix[0] : undefined;
}

/** " (did you mean --format?)" or nothing. */
export function didYouMean(input: string, candidates: readonly string[], prefix = ''): string {
  const match = closest(input, candidates);
  return match === undefined ? '' : `; did you mean ${prefix}${match}?`;
}
