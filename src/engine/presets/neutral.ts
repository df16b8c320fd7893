// Neutral: the default when no preset is chosen. Every rule at weight 1, no required sign-off,
// emoji neither rewarded nor penalised, and the networks' own limits with a two-hashtag,
// two-link norm (RUBRIC.md: one or two hashtags help, more lower engagement).

import type { Preset } from './types';

export const NEUTRAL_PRESET: Preset = {
  id: 'neutral',
  name: 'Neutral',
  description: 'The rubric as it stands: every rule at its default weight, no sign-off required, emoji neutral.',
  thresholds: {
    reciprocity: { ok: 70, warn: 45 },
    voice: { ok: 70, warn: 45 },
  },
  rules: {},
  bannedPhrases: [],
  signOff: { required: false, styles: ['initials', 'dash-name'], accepted: [] },
  limits: {
    x: { hashtags: 2, links: 2, mentions: 5, length: 280 },
    facebook: { hashtags: 3, links: 2, mentions: 10, length: 63206 },
  },
  emoji: 'neutral',
  phrases: {
    reciprocity: { raise: [], lower: [] },
    voice: { raise: [], lower: [] },
  },
};
