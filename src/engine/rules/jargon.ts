import { phraseRule } from './phrase-rule';

export const jargon = phraseRule({
  id: 'jargon',
  axis: 'voice',
  kind: 'issue',
  lexicons: ['buzzwords'],
  points: 16,
  strength: 0.6,
  docs: 'Corporate buzzwords (“leverage”, “synergy”, “solutions”) hide what you mean.',
  label: 'corporate jargon',
  message: (phrase) => `“${phrase}” is corporate jargon`,
  why: 'Buzzwords make a brand sound like a faceless organisation; say the plain thing.',
});
