import type { Word } from '../document';
import { aimedAtSomeone } from './addressee';
import { quote, type Finding, type Rule } from './types';

export const broadcast: Rule = {
  id: 'broadcast',
  axis: 'reciprocity',
  docs: '“We’re excited to announce” and “our new” talk about the company, not with the reader. Pride in the person you answer (“so proud of you, Sam”) is acknowledgement, not broadcast.',
  points: 22,
  label: { issue: 'one-way announcement' },
  check(ctx) {
    const { words } = ctx.doc;
    const findings: Finding[] = [];
    const walk = { from: -1, to: -1 };
    for (const match of ctx.lexicon('broadcast')) {
      if (aimedAtSomeone(words, match.lastWord)) continue;
      const range = { start: words[subjectStart(words, match.firstWord, walk)]!.start, end: match.range.end };
      findings.push({
        kind: 'issue',
        range,
        message: `“${quote(ctx, range)}” announces rather than talks with the reader`,
        why: 'One-way announcements hope people will talk; they rarely do.',
      });
    }
    return findings;
  },
};

const THIRD_PERSON_BE = new Set(['is', 'are', 'remains', 'remain']);

/**
 * "Acme Bank is proud to sponsor": the finding covers the name too, as the third-person rule's
 * does, so deleting it never leaves the name to run into the next capitalised words as a headline.
 * `walk` is the previous walk back: one that reaches its start ends where it ended (linear in Title Case).
 */
function subjectStart(words: Word[], first: number, walk: { from: number; to: number }): number {
  if (!THIRD_PERSON_BE.has(words[first]!.key)) return first;
  let start = first;
  while (start > 0) {
    if (start === walk.from) {
      start = walk.to;
      break;
    }
    const before = words[start - 1]!;
    if (!before.joinsNext || words[start]!.start - before.end !== 1 || !before.capitalised || before.sentence !== words[first]!.sentence) break;
    start--;
  }
  walk.from = first;
  walk.to = start;
  return start;
}

