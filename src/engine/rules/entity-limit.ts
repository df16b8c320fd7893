// Shared by the hashtag, link and mention piles: every entity beyond the preset's limit for the
// network is flagged, and only those (so removing one always helps).

import type { EntityKind } from '../document';
import type { Axis, Limits } from '../types';
import { quote, type Finding, type Rule } from './types';

export interface EntityLimitSpec {
  id: string;
  kind: EntityKind;
  limit: keyof Pick<Limits, 'hashtags' | 'links' | 'mentions'>;
  noun: string;
  points: number;
  docs: string;
  label: string;
  why: string;
  /** Leading @handles address the people a reply is for; they do not pile up. */
  skipLeading?: boolean;
  axis?: Axis;
}

export function entityLimitRule(spec: EntityLimitSpec): Rule {
  return {
    id: spec.id,
    axis: spec.axis ?? 'reciprocity',
    docs: spec.docs,
    points: spec.points,
    label: { issue: spec.label },
    judgesPassedOnWords: true,
    check(ctx) {
      const all = ctx.doc.entities.filter((entity) => entity.kind === spec.kind);
      const counted = spec.skipLeading ? all.slice(spec.kind === 'mention' ? ctx.doc.leadingMentions : 0) : all;
      const limit = ctx.limits[spec.limit];
      const over = counted.slice(limit);
      if (over.length === 0) return [];
      // One hint for the idea: every entity over the limit underlined, the first one named.
      const plural = `${spec.noun}s`;
      const message =
        over.length === 1
          ? `${quote(ctx, over[0]!)} is ${spec.noun} number ${limit + 1}; your limit is ${limit}`
          : `${counted.length} ${plural}; your limit is ${limit}: ${quote(ctx, over[0]!)} and ${over.length - 1} more are over it`;
      return over.map<Finding>((entity) => ({
        kind: 'issue',
        range: { start: entity.start, end: entity.end },
        idea: 'over the limit',
        message,
        why: spec.why,
        strength: 0.4,
      }));
    },
  };
}
