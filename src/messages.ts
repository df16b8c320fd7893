// Every message between the extension's contexts, typed and validated in one place.
// Both ends parse what they receive: a message is data from another process, not trusted code.
import * as v from 'valibot';
import type { Report } from './engine/types';
import { isComposerKind, networkIds, type NetworkId } from './networks';

/** Drafts above this length get a clear error instead of a score (the engine itself is linear). */
export const MAX_DRAFT_LENGTH = 200_000;

const NetworkSchema = v.picklist(networkIds);
const AxisSchema = v.picklist(['reciprocity', 'voice']);
const Int = v.pipe(v.number(), v.integer());
const Offset = v.pipe(Int, v.minValue(0));

// ---- content script → background -------------------------------------------------------------

export const ScoreRequestSchema = v.object({
  type: v.literal('rapport/score'),
  /** Increases with every request from one composer, so stale replies can be dropped. */
  version: Offset,
  text: v.pipe(v.string(), v.maxLength(MAX_DRAFT_LENGTH, `Drafts longer than ${MAX_DRAFT_LENGTH} characters are not scored`)),
  network: NetworkSchema,
  /** The kind of composer the draft is in ("post", "comment"); checked against the network's kinds in RequestSchema. */
  composer: v.pipe(v.string(), v.maxLength(40)),
});
export type ScoreRequest = v.InferOutput<typeof ScoreRequestSchema>;

export const OpenOptionsRequestSchema = v.object({ type: v.literal('rapport/open-options') });
export const UiStateRequestSchema = v.object({ type: v.literal('rapport/ui-state') });
export const SetPanelCollapsedRequestSchema = v.object({ type: v.literal('rapport/set-panel-collapsed'), collapsed: v.boolean() });
export const TurnOffRuleRequestSchema = v.object({ type: v.literal('rapport/turn-off-rule'), rule: v.pipe(v.string(), v.maxLength(100)) });

// ---- options page → background: servers the user adds for a network (Mastodon) ----------------

const UserHostChange = { network: NetworkSchema, host: v.pipe(v.string(), v.maxLength(253)) };
/** Sent once the user granted the host permission: the worker checks it, stores the host and registers the content script. */
export const AddUserHostRequestSchema = v.object({ type: v.literal('rapport/add-user-host'), ...UserHostChange });
/** Unregisters the content script for the host and gives the permission back. */
export const RemoveUserHostRequestSchema = v.object({ type: v.literal('rapport/remove-user-host'), ...UserHostChange });

export const RequestSchema = v.pipe(
  v.variant('type', [
    ScoreRequestSchema,
    OpenOptionsRequestSchema,
    UiStateRequestSchema,
    SetPanelCollapsedRequestSchema,
    TurnOffRuleRequestSchema,
    AddUserHostRequestSchema,
    RemoveUserHostRequestSchema,
  ]),
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
  sitesEnabled: v.object(Object.fromEntries(networkIds.map((id) => [id, v.boolean()])) as Record<NetworkId, v.BooleanSchema<undefined>>),
  panelCollapsed: v.boolean(),
  coachPrivateMessages: v.boolean(),
  scoringKey: v.string(),
});
export type UiState = v.InferOutput<typeof UiStateSchema>;

export const DoneReplySchema = v.variant('ok', [v.object({ ok: v.literal(true) }), v.object({ ok: v.literal(false), error: v.string() })]);
export type DoneReply = v.InferOutput<typeof DoneReplySchema>;

// ---- background → content script (pushed) -----------------------------------------------------

export const FocusPanelCommandSchema = v.object({ type: v.literal('rapport/focus-panel') });
export type FocusPanelCommand = v.InferOutput<typeof FocusPanelCommandSchema>;

/** Turns a valibot failure into one readable line: "text: Drafts longer than … are not scored". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
