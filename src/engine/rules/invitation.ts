import { phraseRule } from './phrase-rule';

export const invitation = phraseRule({
  id: 'invitation',
  axis: 'reciprocity',
  kind: 'strength',
  lexicons: ['invitation'],
  points: 20,
  docs: '“Tell us”, “reply with”, “let us know”: an explicit way for the reader to answer.',
  label: 'invites a reply',
  message: (phrase) => `“${phrase}” invites the reader to answer`,
  why: 'A dialogic loop — a clear way to answer and be answered — is what makes a post two-way.',
});
