import { phraseRule } from './phrase-rule';

export const candour = phraseRule({
  id: 'candour',
  axis: 'reciprocity',
  kind: 'strength',
  lexicons: ['candour'],
  points: 15,
  docs: '“You’re right”, “our mistake”: answering criticism directly and owning what went wrong.',
  label: 'owns the problem',
  message: (phrase) => `“${phrase}” answers the criticism head-on`,
  why: 'Admitting mistakes and answering criticism directly is part of a human, trusted voice.',
});
