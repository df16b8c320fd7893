import { commands } from './commands';
import { quote, type Finding, type Rule } from './types';

const NUMBER = /^\d+(?:[.,]\d+)?$/;

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
    const findings: Finding[] = ctx.lexicon('hard-sell').map((match) => ({
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
