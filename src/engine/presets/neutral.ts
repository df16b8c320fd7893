// Neutral: the default when no preset is chosen. Every rule at weight 1, no required sign-off,
// emoji neither rewarded nor penalised, and each network's own limits as the network registry
// gives them, with its hashtag and link norms (RUBRIC.md: one or two hashtags help, more lower
// engagement): a preset's `limits` list only what it changes.

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
  limits: {},
  emoji: 'neutral',
  phrases: {
    reciprocity: { raise: [], lower: [] },
    voice: { raise: [], lower: [] },
  },
};
