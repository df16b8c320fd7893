// Most rules flag or credit the phrases of one lexicon; this builds such a rule from data.

import type { Axis } from '../types';
import { phraseFix, quote, type Finding, type LexiconMatch, type Rule, type RuleContext } from './types';

export interface PhraseRuleSpec {
  id: string;
  axis: Axis;
  kind: 'issue' | 'strength';
  lexicons: string[];
  points: number;
  docs: string;
  label: string;
  message: (phrase: string) => string;
  why: string;
  /** Signal carried by one match (default 1). */
  strength?: number;
  /** Matches to leave alone (read from the document only, never from claims). */
  skip?: (ctx: RuleContext, match: LexiconMatch) => boolean;
}

export function phraseRule(spec: PhraseRuleSpec): Rule {
  return {
    id: spec.id,
    axis: spec.axis,
    docs: spec.docs,
    points: spec.points,
    label: spec.kind === 'issue' ? { issue: spec.label } : { strength: spec.label },
    skipsOnlyClaimedStrengths: true,
    check(ctx: RuleContext): Finding[] {
      const findings: Finding[] = [];
      for (const lexiconId of spec.lexicons) {
        for (const match of ctx.lexicon(lexiconId)) {
          if ((spec.kind === 'strength' && ctx.claimed(match.range)) || spec.skip?.(ctx, match)) continue;
          const text = quote(ctx, match.range);
          const replacement = match.entry.replacement === undefined ? undefined : phraseFix(ctx, match, match.entry.replacement);
          findings.push({
            kind: spec.kind,
            range: match.range,
            message: spec.message(text),
            why: spec.why,
            strength: spec.strength ?? 1,
            ...(replacement !== undefined ? { replacement } : {}),
          });
        }
      }
      return findings;
    },
  };
}
