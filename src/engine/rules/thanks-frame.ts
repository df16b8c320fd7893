// How thanks are meant: in a negative frame ("thanks for nothing") they acknowledge no one, and
// thanks "to everyone" acknowledge no one in particular. Shared by the acknowledgement rule
// (reciprocity) and the thanking rule (voice).

import type { LexiconMatch, RuleContext } from './types';

/** "Thanks for nothing", "thanks a lot for wasting…": thanks in a negative frame is not acknowledgement. */
const NEGATIVE_AFTER_THANKS = new Set(['nothing', 'wasting', 'ruining', 'ignoring', 'nada']);
const EVERYONE = new Set(['everyone', 'everybody', 'all', 'followers', 'fans', 'customers']);

/** Thanks to "everyone" or "all our followers": acknowledgement of no one in particular. */
export function toEveryone(ctx: RuleContext, last: number): boolean {
  const { words } = ctx.doc;
  const to = words[last + 1];
  if (!to || !words[last]!.joinsNext || (to.key !== 'to' && to.key !== 'for')) return false;
  for (let k = last + 2; k <= last + 4 && k < words.length && words[k]!.sentence === to.sentence; k++) if (EVERYONE.has(words[k]!.key)) return true;
  return false;
}

/** "Thanks for nothing", "no thanks". */
export function negativeFrame(ctx: RuleContext, first: number, last: number): boolean {
  const { words } = ctx.doc;
  const before = words[first - 1];
  if (before && before.joinsNext && before.key === 'no') return true;
  for (let k = last + 1; k <= last + 3 && k < words.length; k++) if (NEGATIVE_AFTER_THANKS.has(words[k]!.key)) return true;
  return false;
}

/** Thanks, credit and congratulations meant as such: unclaimed, and not in a negative frame. */
export function genuineThanks(ctx: RuleContext): LexiconMatch[] {
  return ctx.lexicon('acknowledgement').filter((match) => !ctx.claimed(match.range) && !negativeFrame(ctx, match.firstWord, match.lastWord));
}
