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
    // Each message numbers its entity.
    findingsAreDistinct: true,
    check(ctx) {
      const all = ctx.doc.entities.filter((entity) => entity.kind === spec.kind);
      const counted = spec.skipLeading ? all.slice(spec.kind === 'mention' ? ctx.doc.leadingMentions : 0) : all;
      const limit = ctx.limits[spec.limit];
      // The number comes from the position, never from a search: a pile of 100,000 hashtags stays linear.
      return counted.slice(limit).map<Finding>((entity, overIndex) => ({
        kind: 'issue',
        range: { start: entity.start, end: entity.end },
        message: `${quote(ctx, entity)} is ${spec.noun} number ${limit + overIndex + 1}; your limit is ${limit}`,
        why: spec.why,
        strength: 0.4,
      }));
    },
  };
}
