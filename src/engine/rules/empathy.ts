import { phraseRule } from './phrase-rule';

export const empathy = phraseRule({
  id: 'empathy',
  axis: 'voice',
  kind: 'strength',
  lexicons: ['empathy'],
  points: 16,
  docs: '“Sorry”, “I get it”, “happy to help”: sympathy and care in the writer’s own words.',
  label: 'shows empathy',
  message: (phrase) => `“${phrase}” shows you care`,
  why: 'Showing sympathy and apologising plainly is part of treating people as humans.',
});
