import { headlineRuns } from './headline';
import type { Finding, Rule } from './types';

export const headlineCase: Rule = {
  id: 'headline-case',
  axis: 'voice',
  docs: 'Every Word Capitalised reads as a headline or a press release, not as someone talking.',
  points: 16,
  label: { issue: 'reads like a headline' },
  check(ctx) {
    const findings: Finding[] = [];
    for (const sentence of ctx.doc.sentences) {
      for (const range of headlineRuns(ctx, sentence)) {
        findings.push({
          kind: 'issue',
          range: { start: range.start, end: range.end },
          message: 'Title Case reads like a headline; write it as you would say it',
          why: 'Headlines and press-release style sound like a faceless brand; sentence case sounds like a person.',
        });
      }
    }
    return findings;
  },
};
