import type { Hint, TextRange } from '../engine/types';

/**
 * Every range a hint underlines. Underlines, hit tests and cards go through this one helper, so a
 * hint that covers several places (issue 10's repeated findings) needs a change here only.
 */
export function rangesOf(hint: Hint): TextRange[] {
  return [hint.range];
}
