import { NOT_NAMES } from '../lexicons/words';
import { quote, type Finding, type Rule } from './types';

export const thirdPerson: Rule = {
  id: 'third-person',
  axis: 'voice',
  docs: '“Acme is proud to…”, “Acme announces…”: the brand speaking of itself as a third party.',
  points: 16,
  label: { issue: 'talks about itself in the third person' },
  check(ctx) {
    const { words } = ctx.doc;
    const findings: Finding[] = [];
    // Where the walk below stopped last time: a later walk that reaches that word stops at the same place (linear in Title Case).
    let walkedTo = -1;
    let walkedFrom = -1;
    for (const match of ctx.lexicon('third-person-verb')) {
      // Walk back over the capitalised name ("Acme", "Acme Bank") right before the verb, one
      // character apart: deleting text between two words leaves at least two, so no deletion can
      // join a word to the verb as its subject.
      let first = match.firstWord;
      while (first > 0) {
        if (first === walkedFrom) {
          first = walkedTo;
          break;
        }
        const before = words[first - 1]!;
        if (!before.joinsNext || words[first]!.start - before.end !== 1 || !before.capitalised || NOT_NAMES.has(before.key)) break;
        first--;
      }
      walkedFrom = match.firstWord;
      walkedTo = first;
      if (first === match.firstWord) continue;
      const sentence = ctx.doc.sentences[words[first]!.sentence]!;
      // Only a name that opens its sentence is the subject.
      if (sentence.contentWords[0] !== first) continue;
      const range = { start: words[first]!.start, end: match.range.end };
      findings.push({
        kind: 'issue',
        range,
        message: `“${quote(ctx, range)}” — the brand talks about itself`,
        why: 'Third-person self-reference sounds like a press release; “we” or “I” sounds like people.',
      });
    }
    return findings;
  },
};
