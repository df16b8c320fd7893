// What a rule is: an id, an axis, one sentence of docs, the most points it can move, and a check
// that reads the shared document and returns findings. Rules never scan the raw text themselves
// with open-ended patterns; they read words, sentences, entities and phrase matches.

import { keyOf, type Document } from '../document';
import type { LexiconEntry } from '../lexicons/types';
import type { PhraseMatch } from '../phrases';
import type { Preset } from '../presets/types';
import type { Axis, LengthCounting, Limits, TextRange } from '../types';

export interface Finding {
  kind: 'issue' | 'strength';
  range: TextRange;
  message: string;
  why: string;
  replacement?: string;
  /**
   * The same finding at more places, after `range` and in text order: a pile of 100,000 hashtags
   * is one finding, not 100,000. Not for rules whose issues read claims (see Rule).
   */
  moreRanges?: readonly TextRange[];
  /** How much of the rule's signal this finding carries at each of its ranges; 1 is one clear instance. */
  strength?: number;
  /**
   * Findings of one rule with the same idea become one hint (its message is the first finding's,
   * as it is: say the count in it). Without an idea, findings with the same message are merged and
   * the count is added to the message.
   */
  idea?: string;
}

export interface LexiconMatch extends PhraseMatch<unknown> {
  entry: LexiconEntry;
}

export interface PresetPhrase {
  source: 'banned' | 'raise' | 'lower';
  axis: Axis;
  phrase: string;
  preferred?: string;
  reason?: string;
}

export interface RuleContext {
  doc: Document;
  preset: Preset;
  /** How the network the draft is for counts length. */
  length: LengthCounting;
  limits: Limits;
  /** Matches of one built-in lexicon (longest phrase wins across all lexicons). */
  lexicon(id: string): LexiconMatch[];
  /** True when a word sits inside any built-in lexicon match. */
  inPhrase(wordIndex: number): boolean;
  /** Matches of the preset's banned and custom phrases. */
  presetPhrases(): Array<PhraseMatch<PresetPhrase>>;
  /**
   * True when the range overlaps text an issue finding points at. Strengths skip claimed text, so
   * deleting a flagged phrase can never take away a strength (the monotonicity guarantee).
   */
  claimed(range: TextRange): boolean;
}

/**
 * A finding at one place. Rules whose issues read claims return only these: the engine tells an
 * issue only the second pass finds by its place, and a finding at many places has more than one.
 */
export type OnePlaceFinding = Finding & { moreRanges?: never };

interface RuleDescription {
  id: string;
  axis: Axis;
  /** One sentence for the panel and options page. */
  docs: string;
  /** The most raw points the rule can add (strengths) or take away (issues) at weight 1. */
  points: number;
  /** Short phrases for the one-line summary. */
  label: { issue?: string; strength?: string };
  /**
   * Set when the rule reads claims only to drop a strength whose own range is claimed: the engine
   * then filters the first pass's strengths instead of running the rule again (same result, less work).
   */
  skipsOnlyClaimedStrengths?: boolean;
  /**
   * Set when the rule judges what a post pushes at the reader whoever wrote it (a hard sell, a
   * call to action, a pile of tags), so its issues count inside someone else's words (a retweet, a
   * quotation) too. Other rules judge the writer's own voice and self-talk, and skip those words.
   */
  judgesPassedOnWords?: boolean;
}

export type Rule = RuleDescription &
  (
    | {
        /** Set when an issue's strength depends on unclaimed context, so the rule must see claims. */
        readsClaimsForIssues: true;
        check(ctx: RuleContext): OnePlaceFinding[];
      }
    | { readsClaimsForIssues?: false; check(ctx: RuleContext): Finding[] }
  );

/** Keep a replacement's first letter in the case of the text it replaces. */
function matchCase(original: string, replacement: string): string {
  if (!replacement || !/^\p{Lu}/u.test(original)) return replacement;
  return replacement[0]!.toUpperCase() + replacement.slice(1);
}

/**
 * The one-click fix for a phrase match: the replacement in the case of the text it replaces, or
 * none when it would end on the very word that follows ("Kindly please proceed" would become
 * "Please please proceed"); the hint stays, the writer edits by hand.
 */
export function phraseFix(ctx: RuleContext, match: { range: TextRange; lastWord: number }, replacement: string): string | undefined {
  const fix = matchCase(quote(ctx, match.range), replacement);
  const { words } = ctx.doc;
  const next = words[match.lastWord + 1];
  const lastOfFix = /[\p{L}\p{N}'’]+$/u.exec(fix)?.[0];
  if (next === undefined || lastOfFix === undefined || !words[match.lastWord]!.joinsNext) return fix;
  return keyOf(lastOfFix) === next.key ? undefined : fix;
}

export function quote(ctx: RuleContext, range: TextRange): string {
  return ctx.doc.text.slice(range.start, range.end);
}

const SPACE = /\s/;

/**
 * Where the first UTF-16 unit at or after `from` that is not white space is (the text's length
 * when there is none): what `text.slice(from).trimStart()` starts with, found in place, so a rule
 * asking once per sentence never depends on how an engine slices a megabyte-long draft.
 */
export function nextNonSpaceIndex(text: string, from: number): number {
  let i = from;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

/** "internati…", "securitiz...", "i...": a word a feed cut off, which may not be the word it looks like. */
export function cutOff(text: string, word: TextRange): boolean {
  const after = text.slice(word.end, word.end + 3);
  return after.startsWith('…') || after === '...';
}

/** The unit at nextNonSpaceIndex ('' at the end). */
export function nextNonSpace(text: string, from: number): string {
  return text[nextNonSpaceIndex(text, from)] ?? '';
}

/** The unit before `index` that is not white space ('' at the start). */
export function previousNonSpace(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  return text[i] ?? '';
}
