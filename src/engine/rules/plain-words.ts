import { phraseRule } from './phrase-rule';

export const plainWords = phraseRule({
  id: 'plain-words',
  axis: 'voice',
  kind: 'issue',
  lexicons: ['plain-words'],
  points: 10,
  strength: 0.5,
  docs: 'Stiff words with a plain equivalent (“utilize” → “use”).',
  label: 'stiff wording',
  message: (phrase) => `“${phrase}” has a plainer word`,
  why: 'Plain, everyday words sound like a person; officialese sounds like a form.',
});
