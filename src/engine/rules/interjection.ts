import { phraseRule } from './phrase-rule';

export const interjection = phraseRule({
  id: 'interjection',
  axis: 'voice',
  kind: 'strength',
  lexicons: ['interjection'],
  points: 10,
  strength: 0.6,
  docs: 'A greeting or a light interjection (“hi”, “oh no”, “haha”) sounds like a person.',
  label: 'sounds like talk',
  message: (phrase) => `“${phrase}” sounds like a person talking`,
  why: 'Greetings and interjections are markers of informal, human speech.',
});
