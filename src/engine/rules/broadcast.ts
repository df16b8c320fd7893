import { phraseRule } from './phrase-rule';

export const broadcast = phraseRule({
  id: 'broadcast',
  axis: 'reciprocity',
  kind: 'issue',
  lexicons: ['broadcast'],
  points: 22,
  docs: '“We’re excited to announce” and “our new” talk about the company, not with the reader.',
  label: 'one-way announcement',
  message: (phrase) => `“${phrase}” announces rather than talks with the reader`,
  why: 'One-way announcements hope people will talk; they rarely do.',
});
