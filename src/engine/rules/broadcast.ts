import { SECOND_PERSON } from '../lexicons/words';
import type { Sentence, Word } from '../document';
import { aimedAtSomeone } from './addressee';
import { quote, type Finding, type Rule, type RuleContext } from './types';

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
    /** Sentences with a listed announcement: one finding each is enough. */
    const announced = new Set<number>();
    for (const match of ctx.lexicon('broadcast')) {
      if (aimedAtSomeone(words, match.lastWord) || toTheReader(words, match.lastWord)) continue;
      announced.add(words[match.firstWord]!.sentence);
      const range = { start: words[subjectStart(words, match.firstWord, walk)]!.start, end: match.range.end };
      findings.push({
        kind: 'issue',
        range,
        message: `“${quote(ctx, range)}” announces rather than talks with the reader`,
        why: 'One-way announcements hope people will talk; they rarely do.',
      });
    }
    ctx.doc.sentences.forEach((sentence, index) => {
      if (announced.has(index)) return;
      const range = ourOfferingPromoted(ctx, sentence);
      if (!range) return;
      findings.push({
        kind: 'issue',
        range,
        message: `“${quote(ctx, range)}” praises the company's offer to no one in particular`,
        why: 'Self-promotion with no reader in it is a broadcast; say what it does for “you”.',
      });
    });
    return findings;
  },
};

const THIRD_PERSON_BE = new Set(['is', 'are', 'remains', 'remain']);
/** How many words after the phrase a "you" still makes it about the reader. */
const READER_REACH = 3;

/** "We look forward to your reply", "We're pleased to hear you've…": the feeling is about the reader. */
function toTheReader(words: Word[], last: number): boolean {
  for (let k = last + 1; k <= last + READER_REACH && k < words.length; k++) {
    if (!words[k - 1]!.joinsNext) return false;
    if (SECOND_PERSON.has(words[k]!.key)) return true;
  }
  return false;
}
/** What a company's offer "does" in promotional copy ("Our platform empowers…", "Our approach delivers…"). */
const PROMOTING = new Set(['delivers', 'empowers', 'enables', 'drives', 'provides', 'offers', 'brings', 'transforms', 'unlocks', 'powers']);

/**
 * "Our holistic approach delivers value to stakeholders": a sentence that opens with "our", whose
 * offer promotes itself within a few words, with no "you" in it (RUBRIC: broadcast self-talk).
 */
function ourOfferingPromoted(ctx: RuleContext, sentence: Sentence): { start: number; end: number } | undefined {
  const { words } = ctx.doc;
  const first = sentence.contentWords[0];
  if (first === undefined || words[first]!.key !== 'our') return undefined;
  for (const index of sentence.contentWords) if (SECOND_PERSON.has(words[index]!.key)) return undefined;
  for (let index = first; index < first + 4 && index < words.length; index++) {
    const word = words[index]!;
    if (word.sentence !== words[first]!.sentence || ctx.claimed(word)) return undefined;
    if (index > first && PROMOTING.has(word.key)) return { start: words[first]!.start, end: word.end };
    if (!word.joinsNext) return undefined;
  }
  return undefined;
}

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

