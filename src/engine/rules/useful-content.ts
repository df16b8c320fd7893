import { phraseRule } from './phrase-rule';

export const usefulContent = phraseRule({
  id: 'useful-content',
  axis: 'reciprocity',
  kind: 'strength',
  lexicons: ['useful-content'],
  points: 10,
  strength: 0.5,
  docs: 'A tip, a how-to or an answer gives the reader something useful.',
  label: 'gives the reader something useful',
  message: (phrase) => `“${phrase}” offers the reader something useful`,
  why: 'Useful information is a reason to come back; ask what is in it for the reader.',
});
