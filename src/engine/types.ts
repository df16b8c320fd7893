// The shapes every consumer of the engine shares: the worker, the panel, the CLI and the tests.
// Offsets are UTF-16 indices into the text exactly as the editor reported it.

export type Axis = 'reciprocity' | 'voice';

/**
 * How a network counts a post's length. The engine knows units, never sites: the network registry
 * (src/networks) says which unit each network uses.
 */
export type LengthCounting =
  /** twitter-text's weighted length: most CJK characters and emoji count 2, every link 23. */
  | { unit: 'twitter-weighted' }
  | {
      /** utf16: UTF-16 code units (JavaScript's `length`); code-points: Unicode code points; graphemes: user-perceived characters. */
      unit: 'utf16' | 'code-points' | 'graphemes';
      /** When set, every link counts exactly this many, however long it is (Mastodon: 23). */
      linkLength?: number;
    };

/** What a draft is held to: the preset's limits for the network and composer it is written in. */
export interface Limits {
  hashtags: number;
  links: number;
  mentions: number;
  /** In the context's length unit. */
  length: number;
}

export interface TextRange {
  start: number;
  end: number;
}

export interface Hint {
  rule: string;
  axis: Axis;
  /** The first occurrence: where the message points and where `replacement` applies. */
  range: TextRange;
  /**
   * Further occurrences of the same finding (one hint per idea: "the post says “we” 5 times"), in
   * text order, to underline too. Absent when the finding occurs once.
   */
  moreRanges?: TextRange[];
  /** What the finding is, in the writer's words. */
  message: string;
  /** One line: why it matters, tied to the rubric. */
  why: string;
  /** One-click fix for `range`, when a good one exists. */
  replacement?: string;
  /** Points this finding moved its axis: negative costs, positive earns. */
  impact: number;
  /** 'strength' marks something already good ("you asked a real question"). */
  kind: 'issue' | 'strength';
}

export interface Stats {
  /** Length in the context's unit (`ScoreContext.length`). */
  weightedLength: number;
  /** The length limit it is measured against (`ScoreContext.limits.length`). */
  maxLength: number;
  words: number;
  sentences: number;
  hashtags: number;
  links: number;
  mentions: number;
  emoji: number;
  /** Flesch–Kincaid grade level; 0 for an empty text. */
  readingGrade: number;
}

/** One signal's share of an axis score, so the panel can say why a score is what it is. */
export interface Contribution {
  rule: string;
  points: number;
}

export interface AxisBreakdown {
  base: number;
  contributions: Contribution[];
  /** One-line reason for the score, e.g. "one-way announcement; no question for the reader". */
  summary: string;
}

/**
 * Whether the engine graded the draft. It declines, with no scores and no hints, when there is
 * nothing to score yet (empty, or only emoji, links or mentions) or when the draft is not English.
 */
export type ReportStatus = 'scored' | 'nothing-to-score' | 'not-english';

interface ReportBase {
  /** The draft's language as an ISO 639-1 code ('en', 'es'), or 'und' when there is too little text to tell. */
  language: string;
  stats: Stats;
}

export interface ScoredReport extends ReportBase {
  status: 'scored';
  reciprocity: number;
  voice: number;
  hints: Hint[];
  breakdown: Record<Axis, AxisBreakdown>;
}

export interface DeclinedReport extends ReportBase {
  status: Exclude<ReportStatus, 'scored'>;
  /** Why there are no scores, in one sentence for the writer. */
  message: string;
  hints: [];
}

export type Report = ScoredReport | DeclinedReport;

/**
 * Where the draft will be posted, as the engine needs it: limits and a length unit, never a site
 * name. Callers in the extension and the CLI build it from the network registry and the preset
 * (`scoreContextFor` in src/presets/limits.ts); without one, `DEFAULT_SCORE_CONTEXT` applies.
 */
export interface ScoreContext {
  limits?: Limits;
  length?: LengthCounting;
}
