import { phraseRule } from './phrase-rule';

export const boilerplate = phraseRule({
  id: 'boilerplate',
  axis: 'voice',
  kind: 'issue',
  lexicons: ['boilerplate'],
  points: 22,
  docs: 'Form-letter phrases (“we apologize for any inconvenience”) sound automated.',
  label: 'form-letter phrasing',
  message: (phrase) => `“${phrase}” sounds like a form letter`,
  why: 'Automated, form-letter messages feel hollow; say it the way you would to a person.',
});
