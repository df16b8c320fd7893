// Every message between the extension's contexts, typed and validated in one place.
// Both ends parse what they receive: a message is data from another process, not trusted code.
import * as v from 'valibot';
import type { Report } from './engine/types';
import { isComposerKind, networkIds, perNetwork, type NetworkId } from './networks';
import type { ImportResult } from './storage';

/** Drafts above this length get a clear error instead of a score (the engine itself is linear). */
export const MAX_DRAFT_LENGTH = 200_000;

const NetworkSchema = v.picklist(networkIds);
const AxisSchema = v.picklist(['reciprocity', 'voice']);
const Int = v.pipe(v.number(), v.integer());
const Offset = v.pipe(Int, v.minValue(0));
const DraftIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(40));

// ---- content script → background -------------------------------------------------------------

export const ScoreRequestSchema = v.object({
  type: v.literal('rapport/score'),
  /** Increases with every request from one composer, so stale replies can be dropped. */
  version: Offset,
  text: v.pipe(v.string(), v.maxLength(MAX_DRAFT_LENGTH, `Drafts longer than ${MAX_DRAFT_LENGTH} characters are not scored`)),
  network: NetworkSchema,
  /** The kind of composer the draft is in ("post", "comment"); checked against the network's kinds in RequestSchema. */
  composer: v.pipe(v.string(), v.maxLength(40)),
  /**
   * Names the composer within its tab (a random id the content script gives each one), so a later
   * `rapport/sent` can say which draft went out. Absent for text that is not a draft in a composer.
   */
  draft: v.optional(DraftIdSchema),
});
export type ScoreRequest = v.InferOutput<typeof ScoreRequestSchema>;

/**
 * A composer emptied or went away after a trusted press of its send button or shortcut. It carries
 * no scores: the worker records what it scored itself for that draft (issue 14), if anything.
 */
export const SentRequestSchema = v.object({ type: v.literal('rapport/sent'), draft: DraftIdSchema });
export type SentRequest = v.InferOutput<typeof SentRequestSchema>;

export const OpenOptionsRequestSchema = v.object({ type: v.literal('rapport/open-options') });
export const UiStateRequestSchema = v.object({ type: v.literal('rapport/ui-state') });

// ---- settings changes: panel, popup and options → the worker's one writer --------------------

const PresetIdSchema = v.pipe(v.string(), v.maxLength(200));
const RuleIdSchema = v.pipe(v.string(), v.maxLength(100));

/**
 * Every change a person can make to what Rapport stores. Each says what to change, not the whole
 * new state, so the worker can apply changes one after another to what is stored at that moment
 * and no change overwrites another (issue 15: seven quick "turn off" clicks used to save two).
 */
export const SettingsChangeSchema = v.variant('kind', [
  v.object({ kind: v.literal('active-preset'), presetId: PresetIdSchema }),
  v.object({ kind: v.literal('site'), site: NetworkSchema, enabled: v.boolean() }),
  v.object({ kind: v.literal('rule'), rule: RuleIdSchema, disabled: v.boolean() }),
  v.object({ kind: v.literal('panel-collapsed'), collapsed: v.boolean() }),
  v.object({ kind: v.literal('private-messages'), coach: v.boolean() }),
  v.object({ kind: v.literal('reset') }),
  v.object({ kind: v.literal('import-preset'), text: v.string() }),
  v.object({ kind: v.literal('save-preset'), file: v.record(v.string(), v.unknown()), originalId: v.optional(PresetIdSchema) }),
  v.object({ kind: v.literal('delete-preset'), presetId: PresetIdSchema }),
  // Private history (issue 14). Turning it off can delete what it recorded, in the same change.
  v.object({ kind: v.literal('history'), enabled: v.boolean(), deleteEntries: v.optional(v.boolean()) }),
  /** The answer to the panel's one offer of history; the worker takes it only while that offer stands. */
  v.object({ kind: v.literal('history-offer'), accept: v.boolean() }),
  v.object({ kind: v.literal('clear-history') }),
]);
export type SettingsChange = v.InferOutput<typeof SettingsChangeSchema>;

export const ChangeSettingsRequestSchema = v.object({ type: v.literal('rapport/change-settings'), change: SettingsChangeSchema });
export type ChangeSettingsRequest = v.InferOutput<typeof ChangeSettingsRequestSchema>;

export const RequestSchema = v.pipe(
  v.variant('type', [ScoreRequestSchema, SentRequestSchema, OpenOptionsRequestSchema, UiStateRequestSchema, ChangeSettingsRequestSchema]),
  v.check(
    (request) => request.type !== 'rapport/score' || isComposerKind(request.network, request.composer),
    (issue) => `composer: "${(issue.input as ScoreRequest).composer}" is not a kind of composer on ${(issue.input as ScoreRequest).network}`,
  ),
);
export type Request = v.InferOutput<typeof RequestSchema>;

// ---- background → content script (replies) ----------------------------------------------------

const RangeSchema = v.pipe(
  v.object({ start: Offset, end: Offset }),
  v.check((r) => r.start <= r.end, 'range.start must not exceed range.end'),
);

const HintSchema = v.object({
  rule: v.string(),
  axis: AxisSchema,
  range: RangeSchema,
  moreRanges: v.optional(v.array(RangeSchema)),
  message: v.string(),
  why: v.string(),
  replacement: v.optional(v.string()),
  impact: v.number(),
  kind: v.picklist(['issue', 'strength']),
});

const StatsSchema = v.object({
  weightedLength: Offset,
  maxLength: Offset,
  words: Offset,
  sentences: Offset,
  hashtags: Offset,
  links: Offset,
  mentions: Offset,
  emoji: Offset,
  readingGrade: v.number(),
});

const AxisBreakdownSchema = v.object({
  base: v.number(),
  contributions: v.array(v.object({ rule: v.string(), points: v.number() })),
  summary: v.string(),
});

const Score = v.pipe(Int, v.minValue(0), v.maxValue(100));

const LanguageSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'language must be an ISO 639 code'));

export const ReportSchema = v.variant('status', [
  v.object({
    status: v.literal('scored'),
    language: LanguageSchema,
    reciprocity: Score,
    voice: Score,
    hints: v.array(HintSchema),
    stats: StatsSchema,
    breakdown: v.object({ reciprocity: AxisBreakdownSchema, voice: AxisBreakdownSchema }),
  }),
  v.object({
    status: v.picklist(['nothing-to-score', 'not-english']),
    language: LanguageSchema,
    message: v.string(),
    hints: v.tuple([]),
    stats: StatsSchema,
  }),
]);

// Compile-time proof that the schema and the engine's Report stay the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const reportSchemaMatchesEngine: Same<v.InferOutput<typeof ReportSchema>, Report> = true;
void reportSchemaMatchesEngine;

const ThresholdsSchema = v.object({ ok: Score, warn: Score });

/** What the panel needs to know about the preset the worker scored with. */
export const PresetSummarySchema = v.object({
  id: v.string(),
  name: v.string(),
  thresholds: v.object({ reciprocity: ThresholdsSchema, voice: ThresholdsSchema }),
  limits: v.object({ hashtags: Offset, links: Offset, mentions: Offset, length: Offset }),
  /** Set when the organisation's policy fixed the preset. */
  lockedByPolicy: v.boolean(),
  /** Rules the policy forces on or off: the panel offers no "turn off" for them. */
  lockedRules: v.array(v.string()),
});
export type PresetSummary = v.InferOutput<typeof PresetSummarySchema>;

export const ScoreReplySchema = v.variant('ok', [
  v.object({ ok: v.literal(true), version: Offset, report: ReportSchema, preset: PresetSummarySchema }),
  v.object({ ok: v.literal(false), version: Offset, error: v.string() }),
]);
export type ScoreReply = v.InferOutput<typeof ScoreReplySchema>;

/** What the content script needs of the user's settings; the worker resolves policy and presets. */
export const UiStateSchema = v.object({
  sitesEnabled: v.object(perNetwork(() => v.boolean())),
  panelCollapsed: v.boolean(),
  coachPrivateMessages: v.boolean(),
  scoringKey: v.string(),
  /**
   * The panel's offer of private history while it stands (once, after a few scored posts; issue
   * 14), in words; absent otherwise. The worker words it, so the content script carries no text
   * for a notice most people see once.
   */
  historyOffer: v.optional(v.string()),
});
export type UiState = v.InferOutput<typeof UiStateSchema>;

export const DoneReplySchema = v.variant('ok', [v.object({ ok: v.literal(true) }), v.object({ ok: v.literal(false), error: v.string() })]);
export type DoneReply = v.InferOutput<typeof DoneReplySchema>;

/**
 * The worker's answer to a settings change: done (for a preset import or save, with the import's
 * own result, which lists any problems in the file), or not saved, with the reason to show.
 */
export type ChangeSettingsReply = { ok: true; imported?: ImportResult } | { ok: false; error: string };

/** Whether a sent draft became a history entry (false: history is off, or the draft was not scored). */
export type SentReply = { ok: true; recorded: boolean } | { ok: false; error: string };

// ---- background → content script (pushed) -----------------------------------------------------

export const FocusPanelCommandSchema = v.object({ type: v.literal('rapport/focus-panel') });
export type FocusPanelCommand = v.InferOutput<typeof FocusPanelCommandSchema>;

// ---- the content script's checks ----------------------------------------------------------------
// The worker checks every request against the schemas above, and every reply before it sends it
// (background/index.ts). The content script, whose budget is 20 KB gzip, has no room for valibot;
// it confirms the envelope of what it receives, which only the extension's own worker can send
// (pages cannot message an extension that declares no externally_connectable).

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isScoreReply(value: unknown): value is ScoreReply {
  if (!isRecord(value) || !Number.isInteger(value.version)) return false;
  if (value.ok === false) return typeof value.error === 'string';
  return value.ok === true && isRecord(value.report) && Array.isArray(value.report.hints) && isRecord(value.preset);
}

export function isUiState(value: unknown): value is UiState {
  return (
    isRecord(value) &&
    isRecord(value.sitesEnabled) &&
    Object.values(value.sitesEnabled).every((enabled) => typeof enabled === 'boolean') &&
    typeof value.panelCollapsed === 'boolean' &&
    typeof value.coachPrivateMessages === 'boolean' &&
    typeof value.scoringKey === 'string'
  );
}

export function isChangeSettingsReply(value: unknown): value is ChangeSettingsReply {
  return isRecord(value) && (value.ok === true || (value.ok === false && typeof value.error === 'string'));
}

export function isFocusPanelCommand(value: unknown): value is FocusPanelCommand {
  return isRecord(value) && value.type === 'rapport/focus-panel';
}

/** Turns a valibot failure into one readable line: "text: Drafts longer than … are not scored". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
