// The preset as the engine consumes it: fully resolved, every field present.
// The file format (with its version field and migrations) lives in src/presets/schema.ts and resolves to this.
// Custom rules are data only — phrases and counts — never user-written regular expressions.

import type { Axis, Limits } from '../types';

export interface Thresholds {
  /** At or above: "good". */
  ok: number;
  /** At or above (and below ok): "could be better"; below: "needs work". */
  warn: number;
}

export interface RuleSetting {
  /** false turns the rule off entirely (no hint, no points). */
  enabled: boolean;
  /** Multiplies the rule's points; 1 is the engine's default weight. */
  weight: number;
}

export interface BannedPhrase {
  /** Matched case-insensitively as a whole phrase (word boundaries at both ends). */
  phrase: string;
  /** Preferred wording, offered as a one-click replacement. */
  preferred?: string;
  /** Why the team avoids it; shown as the hint's "why". */
  reason?: string;
}

export interface SignOffPolicy {
  required: boolean;
  /** Accepted shapes: `^JS` initials, `– Sam` / `-Sam` dash and a name. */
  styles: Array<'initials' | 'dash-name'>;
  /** When non-empty, only these exact sign-offs count (e.g. ["^JS", "– Sam"]). */
  accepted: string[];
}

/**
 * The preset's own limits, by network id and then composer kind ("post", "comment"): only what it
 * changes from each network's defaults. The engine never reads them; callers resolve the limits for
 * one composer (src/presets/limits.ts) and pass them in `ScoreContext`.
 */
export type PresetLimits = Record<string, Record<string, Partial<Limits>>>;

export interface AxisPhrases {
  /** Phrases that earn points on this axis. */
  raise: string[];
  /** Phrases that cost points on this axis. */
  lower: string[];
}

export interface Preset {
  id: string;
  name: string;
  description: string;
  thresholds: Record<Axis, Thresholds>;
  /** Overrides per rule id; rules not listed use { enabled: true, weight: 1 }. */
  rules: Record<string, RuleSetting>;
  bannedPhrases: BannedPhrase[];
  signOff: SignOffPolicy;
  limits: PresetLimits;
  emoji: 'welcome' | 'neutral' | 'discouraged';
  phrases: Record<Axis, AxisPhrases>;
}
