// The presets every install has. Each one starts from Neutral and changes weights, not ideas
// (../shared/RUBRIC.md, "Presets change the weights, not the ideas"); README.md beside this file
// says what each changes and why.

import type { Preset, RuleSetting } from '../engine';
// Not through the engine's index: vite.config.ts reads the built-in ids for the policy schema and
// should not load the scorer to do it.
import { NEUTRAL_PRESET } from '../engine/presets/neutral';
import { onEveryComposer } from './limits';

function weighted(overrides: Record<string, Partial<RuleSetting>>): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = structuredClone(NEUTRAL_PRESET.rules);
  for (const [ruleId, setting] of Object.entries(overrides)) {
    rules[ruleId] = { enabled: true, weight: 1, ...NEUTRAL_PRESET.rules[ruleId], ...setting };
  }
  return rules;
}

function fromNeutral(changes: Omit<Partial<Preset>, 'id' | 'name' | 'description'> & Pick<Preset, 'id' | 'name' | 'description'>): Preset {
  return { ...structuredClone(NEUTRAL_PRESET), ...changes };
}

/** Conversation first: questions, replies and credit count more; bait and hashtag piles cost more. */
export const COMMUNITY_MANAGER_PRESET: Preset = fromNeutral({
  id: 'community-manager',
  name: 'Community manager',
  description:
    'For people who run a community: rewards questions, replies and credit to others; emoji welcome; engagement bait and hashtag piles cost more.',
  rules: weighted({
    'question': { weight: 1.5 },
    'invitation': { weight: 1.5 },
    'acknowledgement': { weight: 1.5 },
    'engagement-bait': { weight: 1.5 },
    'hashtag-pile': { weight: 1.5 },
  }),
  emoji: 'welcome',
});

/** Care replies: a named person, empathy, plain words; no selling to someone with a problem. */
export const CUSTOMER_CARE_PRESET: Preset = fromNeutral({
  id: 'customer-care',
  name: 'Customer care',
  description:
    'For support replies: empathy and a personal sign-off weigh more, form-letter phrases and any hard sell cost more, no hashtags.',
  rules: weighted({
    'empathy': { weight: 2 },
    'candour': { weight: 1.5 },
    'sign-off': { weight: 1.5 },
    'boilerplate': { weight: 1.5 },
    'hard-sell': { weight: 2 },
  }),
  signOff: { required: true, styles: ['initials', 'dash-name'], accepted: [] },
  emoji: 'neutral',
  limits: onEveryComposer(() => ({ hashtags: 0, links: 1 })),
  bannedPhrases: [
    ...NEUTRAL_PRESET.bannedPhrases,
    {
      phrase: 'we apologize for any inconvenience',
      preferred: "I'm sorry about this",
      reason: 'A form-letter apology reads as hollow; say sorry as a person.',
    },
    {
      phrase: 'dear valued customer',
      preferred: 'Hi',
      reason: 'Greet the person, not a customer category.',
    },
    {
      phrase: 'per our policy',
      preferred: 'because',
      reason: 'Give the reason itself; quoting policy sounds like a wall.',
    },
    {
      phrase: 'please be advised',
      reason: 'Boilerplate that delays the point; just say it.',
    },
  ],
});

/** Executive and B2B: plainer and calmer, still a person talking to a person. */
export const B2B_EXECUTIVE_PRESET: Preset = fromNeutral({
  id: 'b2b-executive',
  name: 'B2B / executive',
  description:
    'For business audiences and leaders: fewer emoji and no slang, jargon and hard sell cost more, still first person and reader-focused.',
  rules: weighted({
    'jargon': { weight: 1.5 },
    'hard-sell': { weight: 1.5 },
    'shouting': { weight: 1.5 },
    // Still rewarded, but a light "wow!" matters less to a business reader than plain first person.
    'interjection': { weight: 0.5 },
  }),
  emoji: 'discouraged',
  // One hashtag fewer than each network's norm (X 1, Facebook 2).
  limits: onEveryComposer(({ hashtags }) => ({ hashtags: Math.max(0, hashtags - 1) })),
  bannedPhrases: [
    ...NEUTRAL_PRESET.bannedPhrases,
    { phrase: 'gonna', preferred: 'going to', reason: 'Slang undercuts a business voice; contractions are fine.' },
    { phrase: 'wanna', preferred: 'want to', reason: 'Slang undercuts a business voice; contractions are fine.' },
    { phrase: 'lol', reason: 'Too casual for a business audience.' },
    { phrase: 'omg', reason: 'Too casual for a business audience.' },
  ],
});

export const builtinPresets: readonly Preset[] = [
  NEUTRAL_PRESET,
  COMMUNITY_MANAGER_PRESET,
  CUSTOMER_CARE_PRESET,
  B2B_EXECUTIVE_PRESET,
];

/** By id, or by name ignoring case and punctuation ("Customer care", "customer-care", "b2b executive"). */
export function findBuiltinPreset(idOrName: string): Preset | undefined {
  const simplify = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const wanted = simplify(idOrName);
  if (wanted === '') return undefined;
  return builtinPresets.find((preset) => preset.id === idOrName || simplify(preset.id) === wanted || simplify(preset.name) === wanted);
}
