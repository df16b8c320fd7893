import { entityLimitRule } from './entity-limit';

export const linkPile = entityLimitRule({
  id: 'link-pile',
  kind: 'url',
  limit: 'links',
  noun: 'link',
  points: 12,
  docs: 'More links than the preset allows send the reader away instead of inviting an answer.',
  label: 'link pile',
  why: 'A pile of links pushes information; it gives the reader nothing to answer.',
});
