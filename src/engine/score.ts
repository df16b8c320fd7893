// score(text, preset, context) -> Report: the engine's one entry point.
//
// The scoring model (also in README.md beside this file)
// -------------------------------------------------------
// Each axis starts from a base of 50 (weights.json): a plain statement with no signal sits in
// the middle band. Every rule returns findings; a finding is a strength or an issue with a
// strength-of-signal s (1 = one clear instance). A rule's contribution in raw points is
//
//     weight_preset × ( points⁺ · sat(Σ s over its strengths) − points⁻ · sat(Σ s over its issues) )
//     sat(x) = 1 − e^(−x)
//
// with points⁺ and points⁻ fitted on the dev data (npm run fit; each rule's own points are the
// prior), so one repeated phrase approaches, and never passes, the rule's points. The axis score is the
// raw sum squashed smoothly into 0–100 and rounded:
//
//     raw = base + Σ contributions;   score = 50 + 50 · tanh((raw − 50) / 50)
//
// which is close to raw in the middle and saturates at both ends. A hint's impact is the change
// in the (unrounded) score its rule's strengths or issues make, shared among its findings by s.
//
// Monotonicity: deleting the text of an issue never lowers a score. Issues only cost points and
// their sat() is increasing, so fewer issues cost less; and strengths are computed in a second
// pass that ignores text any issue points at ("claimed" text), so no strength can disappear with
// a deleted issue. Rules whose issues depend on other text count only text no issue can claim.
// Someone else's words (after "RT @name", or in a quotation of three words or more) are not the
// writer's voice: they are claimed, so strengths skip them, and issues of the voice and self-talk
// rules inside them are dropped; what the post pushes at the reader (hard sell, calls to action,
// piles) still counts there.

import { declinedMessage } from './declined';
import fitted from './weights.json';
import { parseDocument, isProse, type Document } from './document';
import { detectLanguage } from './language';
import { builtinIndex, type LexiconValue } from './lexicons';
import { buildPhraseIndex, matchPhrases, type PhraseIndex, type PhraseMatch } from './phrases';
import { NEUTRAL_PRESET } from './presets/neutral';
import type { Preset, RuleSetting } from './presets/types';
import { rules } from './rules';
import type { Finding, LexiconMatch, PresetPhrase, Rule, RuleContext } from './rules/types';
import type { Axis, AxisBreakdown, Contribution, Hint, LengthCounting, Limits, Report, ScoreContext, Stats, TextRange } from './types';

/**
 * What a draft is held to when the caller names no network (the engine's own tests and benchmarks):
 * the rubric's short-post norm of two hashtags, two links and five mentions, and 280 weighted
 * characters. The extension and the CLI always pass the limits of the network and composer.
 */
export const DEFAULT_SCORE_CONTEXT: Readonly<{ limits: Limits; length: LengthCounting }> = {
  limits: { hashtags: 2, links: 2, mentions: 5, length: 280 },
  length: { unit: 'twitter-weighted' },
};

/** Where an axis starts before any rule moves it: a plain statement sits in the middle band. */
export const AXIS_BASE: Readonly<Record<Axis, number>> = fitted.base;

/**
 * The points a rule's strengths (or issues) can move its axis at preset weight 1: the regularised
 * fit in weights.json (tests/bench/fit.ts), or the rule's own prior where the fit has none.
 */
export function pointsOf(rule: Rule, side: 'strength' | 'issue'): number {
  let points = pointsByRule.get(rule);
  if (!points) {
    const entry = (fitted.points as Record<string, { strength?: number; issue?: number } | undefined>)[rule.id];
    points = { strength: entry?.strength ?? rule.points, issue: entry?.issue ?? rule.points };
    pointsByRule.set(rule, points);
  }
  return points[side];
}

const pointsByRule = new Map<Rule, { strength: number; issue: number }>();

export function saturate(signal: number): number {
  return 1 - Math.exp(-signal);
}

export function squash(raw: number): number {
  return 50 + 50 * Math.tanh((raw - 50) / 50);
}

const DEFAULT_SETTING: RuleSetting = { enabled: true, weight: 1 };

interface ActiveRule {
  rule: Rule;
  setting: RuleSetting;
}

const activeRulesByPreset = new WeakMap<Preset, ActiveRule[]>();

/** The rules the preset leaves on, with their settings; worked out once per preset object. */
function activeRules(preset: Preset): ActiveRule[] {
  let active = activeRulesByPreset.get(preset);
  if (!active) {
    active = rules.map((rule) => ({ rule, setting: preset.rules[rule.id] ?? DEFAULT_SETTING })).filter(({ setting }) => setting.enabled && setting.weight > 0);
    activeRulesByPreset.set(preset, active);
  }
  return active;
}
const AXES: readonly Axis[] = ['reciprocity', 'voice'];

interface RuleResult {
  rule: Rule;
  weight: number;
  issues: Finding[];
  strengths: Finding[];
  /** Raw points from strengths (≥ 0) and issues (≤ 0). */
  gained: number;
  lost: number;
}

interface Analysis {
  declined?: Report;
  stats: Stats;
  language: string;
  found: Array<{ rule: Rule; setting: RuleSetting; issues: Finding[]; strengths: Finding[] }>;
}

/** Parses the draft, decides whether to score it, and runs the rules (two passes, see above). */
function analyse(text: string, preset: Preset, context: ScoreContext): Analysis {
  const limits = context.limits ?? DEFAULT_SCORE_CONTEXT.limits;
  const length = context.length ?? DEFAULT_SCORE_CONTEXT.length;
  const doc = parseDocument(text);
  const stats = statsOf(doc, limits, length);
  // No word of prose (empty, or only emoji, links, mentions or hashtags): nothing to grade yet.
  if (!doc.words.some((word) => isProse(word) && HAS_LETTER.test(word.text))) {
    return { stats, language: 'und', found: [], declined: { status: 'nothing-to-score', language: 'und', message: declinedMessage('nothing-to-score', 'und'), hints: [], stats } };
  }
  // Rapport's rules and word lists are English: another language gets no scores and no hints.
  const { language, english } = detectLanguage(doc);
  if (!english) return { stats, language, found: [], declined: { status: 'not-english', language, message: declinedMessage('not-english', language), hints: [], stats } };
  const base = baseContext(doc, preset, limits, length);

  const active = activeRules(preset);

  // Pass 1: every rule, nothing claimed; this fixes which text the issues point at.
  const unclaimedContext = withClaims(base, () => false);
  const firstPass = active.map(({ rule }) => withoutOthersIssues(doc, rule, rule.check(unclaimedContext)));
  const claimed = claimsOf(text.length, firstPass, doc.othersWords);
  const claimedContext = withClaims(base, claimed);
  const claimsAnything = firstPass.some((findings) => findings.some((finding) => finding.kind === 'issue' && finding.range.end > finding.range.start)) || doc.othersWords.length > 0;

  // Pass 2: rules that found a strength, or weigh issues by context, run again seeing which text
  // is claimed. Strengths skip claimed text; an issue's range never depends on claims.
  const later: Finding[] = [];
  const found = active.map(({ rule, setting }, index) => {
    const first = firstPass[index]!;
    const filterOnly = rule.skipsOnlyClaimedStrengths === true && rule.readsClaimsForIssues !== true;
    const foundStrength = first.some((finding) => finding.kind === 'strength');
    const rerun = claimsAnything && !filterOnly && (rule.readsClaimsForIssues === true || foundStrength);
    // Issues only, as the first pass found them (a pile's 100,000): nothing to sort out.
    if (!rerun && !foundStrength) return { rule, setting, issues: first, strengths: [] };
    const findings = rerun ? withoutOthersIssues(doc, rule, rule.check(claimedContext)) : claimsAnything && filterOnly ? first.filter((finding) => finding.kind === 'issue' || !claimed(finding.range)) : first;
    const issues: Finding[] = [];
    const strengths: Finding[] = [];
    // The first pass's issue ranges, as numeric keys in a set, so thousands of issues compare in linear time.
    let firstIssues: Set<number> | undefined;
    const keyOf = (range: TextRange) => range.start * (text.length + 1) + range.end;
    for (const finding of findings) {
      if (finding.kind === 'strength') strengths.push(finding);
      else {
        issues.push(finding);
        if (!rerun || finding.range.end <= finding.range.start) continue;
        firstIssues ??= new Set(first.filter((earlier) => earlier.kind === 'issue').map((earlier) => keyOf(earlier.range)));
        if (!firstIssues.has(keyOf(finding.range))) later.push(finding);
      }
    }
    return { rule, setting, issues, strengths };
  });
  // An issue that only the second pass finds (a clause opener once claimed words are passed over)
  // claims its text too: no strength may sit on the same words.
  if (later.length > 0) {
    const alsoClaimed = claimsOf(text.length, [later], []);
    for (const result of found) result.strengths = result.strengths.filter((strength) => !alsoClaimed(strength.range));
  }
  return { stats, language, found };
}

/**
 * Each rule's saturated signal, sat(Σ s), for its strengths and its issues: the features the
 * weights are fitted on (tests/bench/fit.ts). Undefined when the engine declines the draft.
 */
export function ruleSignals(text: string, preset: Preset = NEUTRAL_PRESET, context: ScoreContext = {}): Record<string, { axis: Axis; strength: number; issue: number }> | undefined {
  const analysis = analyse(text, preset, context);
  if (analysis.declined) return undefined;
  const signals: Record<string, { axis: Axis; strength: number; issue: number }> = {};
  for (const { rule, strengths, issues } of analysis.found) {
    signals[rule.id] = { axis: rule.axis, strength: saturate(totalSignal(strengths)), issue: saturate(totalSignal(issues)) };
  }
  return signals;
}

export function score(text: string, preset: Preset = NEUTRAL_PRESET, context: ScoreContext = {}): Report {
  const analysis = analyse(text, preset, context);
  if (analysis.declined) return analysis.declined;
  const { stats, language } = analysis;
  // Rules that found nothing move no score and give no hint.
  const results: RuleResult[] = [];
  for (const { rule, setting, issues, strengths } of analysis.found) {
    if (issues.length === 0 && strengths.length === 0) continue;
    results.push({
      rule,
      weight: setting.weight,
      issues,
      strengths,
      gained: pointsOf(rule, 'strength') * setting.weight * saturate(totalSignal(strengths)),
      lost: -pointsOf(rule, 'issue') * setting.weight * saturate(totalSignal(issues)),
    });
  }

  const raw: Record<Axis, number> = { reciprocity: AXIS_BASE.reciprocity, voice: AXIS_BASE.voice };
  for (const result of results) raw[result.rule.axis] += result.gained + result.lost;

  const hints: Hint[] = [];
  const scoreOf: Record<Axis, number> = { reciprocity: squash(raw.reciprocity), voice: squash(raw.voice) };
  for (const result of results) {
    const axis = result.rule.axis;
    if (result.strengths.length > 0) pushHints(hints, result, result.strengths, result.gained, raw[axis], scoreOf[axis]);
    if (result.issues.length > 0) pushHints(hints, result, result.issues, result.lost, raw[axis], scoreOf[axis]);
  }
  hints.sort(compareHints);

  const breakdown = {} as Record<Axis, AxisBreakdown>;
  for (const axis of AXES) breakdown[axis] = breakdownOf(axis, results, scoreOf[axis], preset);

  return {
    status: 'scored',
    language,
    reciprocity: Math.round(scoreOf.reciprocity),
    voice: Math.round(scoreOf.voice),
    hints,
    stats,
    breakdown,
  };
}

const HAS_LETTER = /\p{L}/u;

function statsOf(doc: Document, limits: Limits, length: LengthCounting): Stats {
  // Counted, not filtered into arrays: a draft may hold 100,000 hashtags.
  const entities = { hashtag: 0, url: 0, mention: 0, cashtag: 0 };
  for (const entity of doc.entities) entities[entity.kind]++;
  let words = 0;
  for (const word of doc.words) if (isProse(word)) words++;
  let sentences = 0;
  for (const sentence of doc.sentences) if (sentence.contentWords.length > 0) sentences++;
  return {
    weightedLength: doc.lengthIn(length),
    maxLength: limits.length,
    words,
    sentences,
    hashtags: entities.hashtag,
    links: entities.url,
    mentions: entities.mention,
    emoji: doc.emojiCount,
    readingGrade: doc.readingGrade,
  };
}

function baseContext(doc: Document, preset: Preset, limits: Limits, length: LengthCounting): Omit<RuleContext, 'claimed'> {
  const byLexicon = new Map<string, LexiconMatch[]>();
  const inPhrase = new Uint8Array(doc.words.length);
  for (const match of matchPhrases(doc, builtinIndex())) {
    for (const value of oneReadingOf(match.values)) {
      const list = byLexicon.get(value.lexicon) ?? [];
      // Written out, not spread: V8 keeps fields added after a spread out of line (see README.md, Measuring), and rules read these often.
      list.push({ values: match.values, firstWord: match.firstWord, lastWord: match.lastWord, range: match.range, entry: value.entry });
      byLexicon.set(value.lexicon, list);
    }
    inPhrase.fill(1, match.firstWord, match.lastWord + 1);
  }
  let presetMatches: Array<PhraseMatch<PresetPhrase>> | undefined;
  return {
    doc,
    preset,
    length,
    limits,
    lexicon: (id) => byLexicon.get(id) ?? [],
    inPhrase: (wordIndex) => inPhrase[wordIndex] === 1,
    presetPhrases: () => (presetMatches ??= matchPhrases(doc, presetIndex(preset))),
  };
}

/** The rules' context with a claims test; written out, not spread (see baseContext). */
function withClaims(base: Omit<RuleContext, 'claimed'>, claimed: RuleContext['claimed']): RuleContext {
  return { doc: base.doc, preset: base.preset, length: base.length, limits: base.limits, lexicon: base.lexicon, inPhrase: base.inPhrase, presetPhrases: base.presetPhrases, claimed };
}

/** Lexicons that mark grammar for other rules (a verb after a name, a clause-opening imperative), not a finding of their own. */
const STRUCTURAL_LEXICONS = new Set(['imperative-opener', 'third-person-verb', 'advice-verb']);

/**
 * A phrase in several lists is read one way: by the first list in lexicons/index.ts's order
 * (issues before strengths), so the same words never get two hints that duplicate or contradict
 * each other. Structural lists are kept alongside.
 */
function oneReadingOf(values: LexiconValue[]): LexiconValue[] {
  if (values.length <= 1) return values;
  const kept: LexiconValue[] = [];
  let finding = false;
  for (const value of values) {
    if (STRUCTURAL_LEXICONS.has(value.lexicon)) kept.push(value);
    else if (!finding) {
      kept.push(value);
      finding = true;
    }
  }
  return kept;
}

const presetIndexes = new WeakMap<Preset, PhraseIndex<PresetPhrase>>();

/** The preset's banned and custom phrases as one phrase index, built once per preset object. */
function presetIndex(preset: Preset): PhraseIndex<PresetPhrase> {
  let index = presetIndexes.get(preset);
  if (!index) {
    const items: Array<{ phrase: string; value: PresetPhrase }> = preset.bannedPhrases.map((banned) => ({
      phrase: banned.phrase,
      value: { source: 'banned', axis: 'voice', phrase: banned.phrase, preferred: banned.preferred, reason: banned.reason },
    }));
    for (const axis of AXES) {
      for (const source of ['raise', 'lower'] as const) {
        for (const phrase of preset.phrases[axis][source]) items.push({ phrase, value: { source, axis, phrase } });
      }
    }
    index = buildPhraseIndex(items, { keepPunctuation: true });
    presetIndexes.set(preset, index);
  }
  return index;
}

/**
 * Someone else's words (a retweet's, a quotation's) are not the writer's voice: issues of the rules
 * that judge the writer's voice and self-talk are dropped there, as strengths there are (they are
 * claimed). What the post pushes at the reader (a hard sell, a call to action) counts whoever wrote it.
 */
function withoutOthersIssues(doc: Document, rule: Rule, findings: Finding[]): Finding[] {
  const spans = doc.othersWords;
  if (spans.length === 0) return findings;
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (finding.kind === 'strength') kept.push(finding);
    else if (finding.moreRanges) keepOwnParts(finding, spans, rule, kept);
    else if (!insideAny(spans, finding.range)) kept.push(finding);
    else if (rule.judgesPassedOnWords) kept.push({ ...finding, message: `${finding.message} (in the words you pass on)` });
  }
  return kept;
}

/** withoutOthersIssues for a finding at many places: its places in the writer's words, and in others' words when the rule judges those. */
function keepOwnParts(finding: Finding, spans: TextRange[], rule: Rule, kept: Finding[]): void {
  const own: TextRange[] = [];
  const others: TextRange[] = [];
  for (const range of rangesOf(finding)) (insideAny(spans, range) ? others : own).push(range);
  if (own.length > 0) kept.push(atRanges(finding, own, finding.message));
  if (others.length > 0 && rule.judgesPassedOnWords) kept.push(atRanges(finding, others, `${finding.message} (in the words you pass on)`));
}

function atRanges(finding: Finding, ranges: TextRange[], message: string): Finding {
  const { moreRanges: _places, ...rest } = finding;
  const part: Finding = { ...rest, range: ranges[0]!, message };
  if (ranges.length > 1) part.moreRanges = ranges.slice(1);
  return part;
}

/** Every place a finding is at, in text order. */
function rangesOf(finding: Finding): readonly TextRange[] {
  return finding.moreRanges ? [finding.range, ...finding.moreRanges] : [finding.range];
}

/** Is the range inside one of the spans (in order, not overlapping)? */
function insideAny(spans: TextRange[], range: TextRange): boolean {
  // The last span starting at or before the range.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start <= range.start) low = middle + 1;
    else high = middle;
  }
  const span = spans[low - 1];
  return span !== undefined && range.end <= span.end;
}

/**
 * claimed(range): does the range overlap any issue's text, or someone else's words (after
 * "RT @name", in a quotation)? A few claimed spans in a long text are merged and searched; many
 * (a pile's 100,000 places) are prefix sums over UTF-16 units, so each question is O(1).
 */
function claimsOf(length: number, findingsByRule: Finding[][], othersWords: TextRange[]): (range: TextRange) => boolean {
  let count = othersWords.length;
  for (const findings of findingsByRule) for (const finding of findings) if (finding.kind === 'issue') count += placesOf(finding);
  if (count === 0) return () => false;
  const spans = count * 32 <= length ? claimedSpans(findingsByRule, othersWords) : claimedUnits(length, findingsByRule, othersWords);
  return (range) => range.end > range.start && spans(Math.max(0, range.start), Math.min(range.end, length));
}

/** Each claimed span, whatever its length: othersWords first, then every issue's places. */
function forEachClaimedSpan(findingsByRule: Finding[][], othersWords: TextRange[], visit: (range: TextRange) => void): void {
  for (const span of othersWords) visit(span);
  for (const findings of findingsByRule) {
    for (const { kind, range, moreRanges } of findings) {
      if (kind !== 'issue') continue;
      visit(range);
      if (moreRanges) for (const more of moreRanges) visit(more);
    }
  }
}

/** Claims as merged spans, sorted: is any unit from `start` to `end` claimed? A binary search. */
function claimedSpans(findingsByRule: Finding[][], othersWords: TextRange[]): (start: number, end: number) => boolean {
  const spans: TextRange[] = [];
  forEachClaimedSpan(findingsByRule, othersWords, (span) => {
    if (span.end > span.start) spans.push(span);
  });
  spans.sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return (start, end) => {
    // The first merged span ending after `start`.
    let low = 0;
    let high = merged.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (merged[middle]!.end <= start) low = middle + 1;
      else high = middle;
    }
    return low < merged.length && merged[low]!.start < end;
  };
}

/** Claims as prefix sums: how many claimed units lie before each index. */
function claimedUnits(length: number, findingsByRule: Finding[][], othersWords: TextRange[]): (start: number, end: number) => boolean {
  // Where claimed spans start (+1) and end (−1), then, in place, how much claimed text lies before each index.
  const marks = new Int32Array(length + 1);
  forEachClaimedSpan(findingsByRule, othersWords, (span) => {
    if (span.end <= span.start) return;
    marks[span.start]! += 1;
    marks[span.end]! -= 1;
  });
  const before = marks;
  let depth = 0;
  let covered = 0;
  for (let i = 0; i < length; i++) {
    depth += marks[i]!;
    before[i] = covered;
    if (depth > 0) covered++;
  }
  before[length] = covered;
  return (start, end) => before[end]! - before[start]! > 0;
}

function totalSignal(findings: Finding[]): number {
  let sum = 0;
  for (const finding of findings) sum += (finding.strength ?? 1) * placesOf(finding);
  return sum;
}

function placesOf(finding: Finding): number {
  return 1 + (finding.moreRanges?.length ?? 0);
}

/**
 * Hints for one side (strengths or issues) of a rule: its points moved the score by `impact`,
 * shared by signal. One hint per idea: findings of the rule that say the same thing (same idea, or
 * same message, and the same fix) become one hint with a count, every range underlined, the first
 * one as `range`.
 */
function pushHints(hints: Hint[], result: RuleResult, findings: Finding[], points: number, axisRaw: number, here: number): void {
  const { rule } = result;
  const total = totalSignal(findings);
  const impact = here - squash(axisRaw - points);
  let groups: Iterable<Finding[]> = [findings];
  if (findings.length > 1 && !allAlike(findings)) {
    // Grouped by fix, then by idea or message (a map of maps: no key is built per finding, which
    // matters for a pile of 100,000 hashtags), in order of first appearance.
    const byFix = new Map<string, Map<string, Finding[]>>();
    const ordered: Finding[][] = [];
    for (const finding of findings) {
      const fix = finding.replacement ?? '';
      let ideas = byFix.get(fix);
      if (!ideas) byFix.set(fix, (ideas = new Map()));
      const idea = finding.idea ?? finding.message;
      const same = ideas.get(idea);
      if (same) same.push(finding);
      else {
        const group = [finding];
        ideas.set(idea, group);
        ordered.push(group);
      }
    }
    groups = ordered;
  }
  for (const group of groups) {
    const same = group.length > 1 && !inTextOrder(group) ? [...group].sort(compareRanges) : group;
    const first = same[0]!;
    const signal = same.length === findings.length ? total : totalSignal(same);
    // The first finding's first place comes first of all (findings' own places follow their first).
    const otherPlaces = same.length === 1 ? (first.moreRanges ?? []) : placesInOrder(same).slice(1);
    const message = otherPlaces.length > 0 && first.idea === undefined ? `${first.message} (${otherPlaces.length + 1} times)` : first.message;
    // Built field by field in the order of the Hint type (optional fields only when present).
    const hint = { rule: rule.id, axis: rule.axis, range: { start: first.range.start, end: first.range.end } } as Hint;
    if (otherPlaces.length > 0) {
      const moreRanges: TextRange[] = [];
      for (const place of otherPlaces) moreRanges.push({ start: place.start, end: place.end });
      hint.moreRanges = moreRanges;
    }
    hint.message = message;
    hint.why = first.why;
    if (first.replacement !== undefined) hint.replacement = first.replacement;
    hint.impact = roundTenth((impact * signal) / total);
    hint.kind = first.kind;
    hints.push(hint);
  }
}

/** Every place of a group of findings (in text order by their first places), in text order. */
function placesInOrder(findings: readonly Finding[]): readonly TextRange[] {
  if (!findings.some((finding) => finding.moreRanges)) return findings.map((finding) => finding.range);
  return findings.flatMap(rangesOf).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Do all the findings say the same thing with the same fix (a pile's 100,000 do)? Then they are one group, with no grouping to do. */
function allAlike(findings: Finding[]): boolean {
  const first = findings[0]!;
  const idea = first.idea ?? first.message;
  for (const finding of findings) if (finding.replacement !== first.replacement || (finding.idea ?? finding.message) !== idea) return false;
  return true;
}

function compareRanges(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end;
}

/** Findings mostly come in text order (a pile's 100,000 do): checked before sorting. */
function inTextOrder(findings: Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (compareRanges(findings[i - 1]!, findings[i]!) > 0) return false;
  return true;
}

function compareHints(a: Hint, b: Hint): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || compareText(a.rule, b.rule) || compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function roundTenth(value: number): number {
  return Math.round(value * 10) / 10 || 0;
}

function breakdownOf(axis: Axis, results: RuleResult[], value: number, preset: Preset): AxisBreakdown {
  const contributions: Contribution[] = [];
  const lowering: Array<{ label: string; points: number }> = [];
  const raising: Array<{ label: string; points: number }> = [];
  for (const result of results) {
    if (result.rule.axis !== axis) continue;
    const points = result.gained + result.lost;
    if (result.gained === 0 && result.lost === 0) continue;
    contributions.push({ rule: result.rule.id, points: roundTenth(points) });
    if (result.lost < 0 && result.rule.label.issue) lowering.push({ label: result.rule.label.issue, points: result.lost });
    if (result.gained > 0 && result.rule.label.strength) raising.push({ label: result.rule.label.strength, points: result.gained });
  }
  contributions.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || compareText(a.rule, b.rule));
  lowering.sort((a, b) => a.points - b.points);
  raising.sort((a, b) => b.points - a.points);

  const reasons: string[] = [];
  const good = value >= preset.thresholds[axis].ok;
  if (good) reasons.push(...raising.slice(0, 2).map((reason) => reason.label));
  reasons.push(...lowering.slice(0, 2).map((reason) => reason.label));
  if (!good) reasons.push(...raising.slice(0, 1).map((reason) => `but ${reason.label}`));
  if (axis === 'reciprocity' && !results.some((result) => ['question', 'invitation'].includes(result.rule.id) && result.gained > 0)) {
    reasons.push('no question for the reader');
  }
  if (axis === 'voice' && raising.length === 0 && lowering.length === 0) reasons.push('no sign of a person or of a form letter');
  return { base: AXIS_BASE[axis], contributions, summary: reasons.join('; ') };
}
