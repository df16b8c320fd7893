// Shared by the hashtag, link and mention piles: every entity beyond the preset's limit for the
// network is flagged, and only those (so removing one always helps).

import type { Entity, EntityKind } from '../document';
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
      // Counted in one pass and flagged in a second, with no list of all of them: a draft may hold 100,000.
      const { entities } = ctx.doc;
      const skipped = spec.skipLeading && spec.kind === 'mention' ? ctx.doc.leadingMentions : 0;
      const limit = ctx.limits[spec.limit];
      let counted = 0;
      let firstOver: Entity | undefined;
      for (const entity of entities) {
        if (entity.kind !== spec.kind) continue;
        counted++;
        if (counted === skipped + limit + 1) firstOver = entity;
      }
      counted -= Math.min(skipped, counted);
      if (firstOver === undefined) return [];
      const overCount = counted - limit;
      // One hint for the idea: every entity over the limit underlined, the first one named.
      const plural = `${spec.noun}s`;
      const message =
        overCount === 1
          ? `${quote(ctx, firstOver)} is ${spec.noun} number ${limit + 1}; your limit is ${limit}`
          : `${counted} ${plural}; your limit is ${limit}: ${quote(ctx, firstOver)} and ${overCount - 1} more are over it`;
      // One finding at every entity over the limit; the entities are its ranges (hints copy ranges
      // out): no second object for each of 100,000.
      const more: Entity[] = [];
      let seen = 0;
      for (const entity of entities) if (entity.kind === spec.kind && ++seen > skipped + limit + 1) more.push(entity);
      const finding: Finding = { kind: 'issue', range: firstOver, idea: 'over the limit', message, why: spec.why, strength: 0.4 };
      if (more.length > 0) finding.moreRanges = more;
      return [finding];
    },
  };
}
