// The preset's own phrase lists ("raise" and "lower" per axis) as one rule per axis.

import type { Axis } from '../types';
import { quote, type Finding, type Rule } from './types';

export function customPhraseRule(axis: Axis): Rule {
  return {
    id: `custom-${axis}`,
    axis,
    docs: `Phrases your preset says raise or lower ${axis}.`,
    points: 15,
    label: { strength: 'wording your team likes', issue: 'wording your team flags' },
    check(ctx) {
      const findings: Finding[] = [];
      for (const match of ctx.presetPhrases()) {
        const custom = match.values.find((value) => value.axis === axis && value.source !== 'banned');
        if (!custom) continue;
        const raise = custom.source === 'raise';
        if (raise && ctx.claimed(match.range)) continue;
        const text = quote(ctx, match.range);
        findings.push({
          kind: raise ? 'strength' : 'issue',
          range: match.range,
          message: raise ? `“${text}” is wording your team encourages` : `“${text}” is wording your team flags`,
          why: `Your preset lists this phrase as one that ${raise ? 'raises' : 'lowers'} ${axis}.`,
        });
      }
      return findings;
    },
  };
}
