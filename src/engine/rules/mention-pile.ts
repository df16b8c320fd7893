import { entityLimitRule } from './entity-limit';

export const mentionPile = entityLimitRule({
  id: 'mention-pile',
  kind: 'mention',
  limit: 'mentions',
  noun: 'mention',
  points: 10,
  skipLeading: true,
  docs: 'Tagging more accounts than the preset allows reads as a blast, not a conversation.',
  label: 'tags too many accounts',
  why: 'Mass tagging uses people for reach; acknowledge a few by name instead.',
});
