import { commands } from './commands';
import { quote, type OnePlaceFinding, type Rule, type RuleContext } from './types';

const NUMBER = /^\d+(?:[.,]\d+)?$/;
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been']);

/**
 * In a reply, an offer after "is", "being"… says what a price is ("it is due to the 6 pack
 * currently being half price"): an answer to the customer, not a push. A standalone post saying
 * "everything is half price" still sells.
 */
function explainsAPrice(ctx: RuleContext, first: number): boolean {
  if (ctx.doc.leadingMentions === 0) return false;
  const words = ctx.doc.words;
  const word = words[first]!;
  // Skip one adverb between ("currently being", "is now").
  for (const back of [1, 2]) {
    const before = words[first - back];
    if (!before || before.sentence !== word.sentence) return false;
    if (COPULAS.has(before.key)) return true;
    if (!before.key.endsWith('ly') && before.key !== 'now' && before.key !== 'still') return false;
  }
  return false;
}

export const hardSell: Rule = {
  id: 'hard-sell',
  judgesPassedOnWords: true,
  axis: 'reciprocity',
  docs: 'Discount and urgency phrases push; they ask nothing of the reader but money.',
  points: 25,
  label: { issue: 'hard sell' },
  readsClaimsForIssues: true,
  check(ctx) {
    const why = 'You cannot buy loyalty with discounts; pushing offers earns fewer replies than giving something.';
    const findings: OnePlaceFinding[] = ctx.lexicon('hard-sell')
      .filter((match) => !explainsAPrice(ctx, match.firstWord))
      .map((match) => ({
        kind: 'issue',
        range: match.range,
        message: `“${quote(ctx, match.range)}” reads as a hard sell`,
        why,
      }));
    // "Buy", "Shop", "Order" opening a clause (the phrase lists hold "buy now", "shop today"…).
    for (const command of commands(ctx)) {
      if (!command.selling || ctx.inPhrase(command.match.firstWord)) continue;
      findings.push({ kind: 'issue', range: command.match.range, message: `“${quote(ctx, command.match.range)}” pushes a sale`, why });
    }
    // "20% off": a number, a percent sign, then "off".
    const { words, text } = ctx.doc;
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!;
      const before = words[i - 1]!;
      if (word.key !== 'off' || !NUMBER.test(before.text) || word.sentence !== before.sentence) continue;
      if (!/^\s*%\s*$/.test(text.slice(before.end, word.start))) continue;
      const range = { start: before.start, end: word.end };
      findings.push({ kind: 'issue', range, message: `“${quote(ctx, range)}” leads with a discount`, why });
    }
    return findings;
  },
};
