import { partOfName } from './names';
import { phraseRule } from './phrase-rule';

export const plainWords = phraseRule({
  id: 'plain-words',
  axis: 'voice',
  kind: 'issue',
  lexicons: ['plain-words'],
  points: 10,
  strength: 0.5,
  docs: 'Stiff words with a plain equivalent (“utilize” → “use”); inside a name (“Financial Capability Awards”) they are the name.',
  label: 'stiff wording',
  message: (phrase) => `“${phrase}” has a plainer word`,
  why: 'Plain, everyday words sound like a person; officialese sounds like a form.',
  skip: (ctx, match) => partOfName(ctx.doc.words, match.firstWord, match.lastWord),
});
