import { entityLimitRule } from './entity-limit';

export const hashtagPile = entityLimitRule({
  id: 'hashtag-pile',
  kind: 'hashtag',
  limit: 'hashtags',
  noun: 'hashtag',
  points: 15,
  docs: 'More hashtags than the preset allows turn a post into a pile of tags.',
  label: 'hashtag pile',
  why: 'One or two hashtags help; more lower engagement and leave nothing to answer.',
});
