import { isProse, type Sentence } from '../document';
import { commands } from './commands';
import { headlineRuns } from './headline';
import type { Finding, Rule, RuleContext } from './types';

/** Openers of questions that set up a pitch or a fact rather than ask ("Want 20% off?", "Did you know…?"). */
const LEAD_IN_OPENERS = [['want'], ['wanna'], ['need'], ['looking', 'for'], ['ready', 'to'], ['ready', 'for'], ['tired', 'of'], ['wish'], ['did', 'you', 'know'], ['ever', 'wonder'], ['ever', 'wondered'], ['struggling', 'with']];

/** How many of the last prose sentences count as "near the end". */
const NEAR_END = 2;

export const question: Rule = {
  id: 'question',
  axis: 'reciprocity',
  docs: 'A genuine question to the reader, best near the end, opens a conversation; a question that leads into a pitch does not.',
  points: 30,
  label: { strength: 'asks the reader a real question', issue: 'no question for the reader' },
  check(ctx) {
    const sentences = ctx.doc.sentences.filter((sentence) => sentence.contentWords.length > 0);
    const lastSale = lastStart(ctx, ['hard-sell', 'engagement-bait'], false);
    const lastCallToAction = lastStart(ctx, ['company-cta'], true);
    const firstOwnWord = ctx.doc.words.findIndex((word) => isProse(word) && !ctx.claimed(word));
    const findings: Finding[] = [];
    sentences.forEach((sentence, index) => {
      if (!sentence.question) return;
      // A question with a sales pitch after it leads into the pitch; so does an opening question
      // followed by a call to action ("Do you know the checks? Watch our video"). Distance does
      // not matter and claimed text is passed over, so deleting flagged text cannot change this.
      if (lastSale >= sentence.start) return;
      const opensPost = firstOwnWord < 0 || firstOwnWord >= sentence.firstWord;
      if (opensPost && lastCallToAction >= sentence.start) return;
      if (headlineRuns(ctx, sentence).length > 0) return;
      // A lead-in followed by more text sets up what comes next; at the very end it is a real question.
      if (index < sentences.length - 1 && opensWithLeadIn(ctx, sentence)) return;
      const mark = questionMark(ctx.doc.text, sentence);
      if (ctx.claimed({ start: mark, end: mark + 1 })) return;
      const start = ctx.doc.words[sentence.contentWords[0]!]!.start;
      const nearEnd = index >= sentences.length - NEAR_END;
      findings.push({
        kind: 'strength',
        range: { start, end: mark + 1 },
        message: nearEnd ? 'You asked the reader a real question' : 'You asked a real question; ending on it invites more replies',
        why: 'Questions that invite an answer draw more comments and start a dialogue.',
        strength: nearEnd ? 1 : 0.6,
      });
    });
    return findings;
  },
};

/** Where the last match of the given lists (and, if asked, the last command) starts; −1 when none. */
function lastStart(ctx: RuleContext, lexicons: string[], withCommands: boolean): number {
  let last = -1;
  for (const id of lexicons) for (const match of ctx.lexicon(id)) last = Math.max(last, match.range.start);
  if (withCommands) for (const command of commands(ctx)) if (command.forCompany) last = Math.max(last, command.match.range.start);
  return last;
}

function opensWithLeadIn(ctx: RuleContext, sentence: Sentence): boolean {
  const keys = sentence.contentWords.slice(0, 3).map((index) => ctx.doc.words[index]!.key);
  return LEAD_IN_OPENERS.some((opener) => opener.every((key, i) => keys[i] === key));
}

function questionMark(text: string, sentence: Sentence): number {
  for (let i = sentence.end - 1; i >= sentence.start; i--) if (text[i] === '?' || text[i] === '？' || text[i] === '¿') return i;
  return sentence.end - 1;
}
