import type { Hint, TextRange } from '../engine/types';

/**
 * Every range a hint underlines: its first place and, for a finding repeated in the post, the
 * others. Underlines, hit tests and cards go through this one helper.
 */
export function rangesOf(hint: Hint): TextRange[] {
  return hint.moreRanges ? [hint.range, ...hint.moreRanges] : [hint.range];
}
