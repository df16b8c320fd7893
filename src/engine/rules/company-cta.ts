import { SECOND_PERSON } from '../lexicons/words';
import type { Sentence } from '../document';
import { commands } from './commands';
import { quote, type Finding, type Rule, type RuleContext } from './types';

/** A call to action that also says what is in it for the reader costs less. */
const WITH_REASON = 0.5;

export const companyCallToAction: Rule = {
  id: 'company-cta',
  axis: 'reciprocity',
  docs: 'Click, register, watch, download: asks the reader to do something for the company, unless it says what is in it for them.',
  points: 22,
  label: { issue: 'asks the reader to act for the company' },
  readsClaimsForIssues: true,
  check(ctx) {
    const why = 'A call to action that serves the company asks without giving; say what is in it for the reader, or ask them something.';
    const findings: Finding[] = [];
    const seen = new Set<number>();
    for (const match of ctx.lexicon('company-cta')) {
      seen.add(match.firstWord);
      findings.push({
        kind: 'issue',
        range: match.range,
        message: `“${quote(ctx, match.range)}” sends the reader off to act for you`,
        why,
        strength: strengthIn(ctx, ctx.doc.sentences[ctx.doc.words[match.firstWord]!.sentence]!),
      });
    }
    for (const command of commands(ctx)) {
      if (!command.forCompany || command.selling || seen.has(command.match.firstWord)) continue;
      seen.add(command.match.firstWord);
      const text = quote(ctx, command.match.range);
      findings.push({
        kind: 'issue',
        range: command.match.range,
        message: command.teaser ? `“${text}…” is a teaser: the value is behind a click` : `“${text}” tells the reader to act for the company`,
        why,
        strength: (command.teaser ? 0.6 : 1) * strengthIn(ctx, command.sentence),
      });
    }
    return findings;
  },
};

/**
 * Full strength unless the sentence also speaks to the reader or offers them something. Only
 * unclaimed words count, so deleting another issue's text never makes this one cost more.
 */
function strengthIn(ctx: RuleContext, sentence: Sentence): number {
  const { words } = ctx.doc;
  for (let i = sentence.firstWord; i < sentence.endWord; i++) {
    const word = words[i]!;
    if (SECOND_PERSON.has(word.key) && !word.entity && !ctx.claimed(word)) return WITH_REASON;
  }
  const offers = [...ctx.lexicon('useful-content'), ...ctx.lexicon('invitation')];
  if (offers.some((match) => words[match.firstWord]!.sentence === words[sentence.firstWord]?.sentence && !ctx.claimed(match.range))) return WITH_REASON;
  return 1;
}
