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
    const strengthIn = strengths(ctx);
    for (const match of ctx.lexicon('company-cta')) {
      seen.add(match.firstWord);
      findings.push({
        kind: 'issue',
        range: match.range,
        message: `“${quote(ctx, match.range)}” sends the reader off to act for you`,
        why,
        strength: strengthIn(ctx.doc.sentences[ctx.doc.words[match.firstWord]!.sentence]!),
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
        strength: (command.teaser ? 0.6 : 1) * strengthIn(command.sentence),
      });
    }
    return findings;
  },
};

/**
 * Full strength unless the sentence also speaks to the reader or offers them something. Only
 * unclaimed words count, so deleting another issue's text never makes this one cost more. Each
 * sentence is read once, and the offers once, however many calls to action there are.
 */
function strengths(ctx: RuleContext): (sentence: Sentence) => number {
  const { words } = ctx.doc;
  let offered: Set<number> | undefined;
  const bySentence = new Map<Sentence, number>();
  return (sentence) => {
    let strength = bySentence.get(sentence);
    if (strength !== undefined) return strength;
    strength = 1;
    for (let i = sentence.firstWord; i < sentence.endWord && strength === 1; i++) {
      const word = words[i]!;
      if (SECOND_PERSON.has(word.key) && !word.entity && !ctx.claimed(word)) strength = WITH_REASON;
    }
    if (strength === 1) {
      offered ??= new Set([...ctx.lexicon('useful-content'), ...ctx.lexicon('invitation')].filter((match) => !ctx.claimed(match.range)).map((match) => words[match.firstWord]!.sentence));
      if (offered.has(words[sentence.firstWord]?.sentence ?? -1)) strength = WITH_REASON;
    }
    bySentence.set(sentence, strength);
    return strength;
  };
}
