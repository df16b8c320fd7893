// The shapes every consumer of the engine shares: the worker, the panel, the CLI and the tests.
// Offsets are UTF-16 indices into the text exactly as the editor reported it.

export type Axis = 'reciprocity' | 'voice';
export type Network = 'x' | 'facebook';

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
  /** Length as the network counts it (X: twitter-text weighted length; Facebook: UTF-16 length). */
  weightedLength: number;
  /** The network's (or preset's) length limit the weighted length is measured against. */
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

export interface ScoreContext {
  network?: Network;
}
