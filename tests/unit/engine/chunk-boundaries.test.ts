// Long drafts are read in pieces (sentences.ts, chunks.ts, and the stretches entities.ts and
// forEachWordLike hand to twitter-text and Intl.Segmenter). No piece boundary may change a
// finding or a score: a sentence moved across every boundary, one offset at a time, must get the
// same hints (ranges shifted by the offset) and the draft the same scores.
//
// The sentence is moved by padding spaces between the filler and it, so the filler and its own
// findings stay put and only the sentence and what follows shift.

import { describe, expect, it } from 'vitest';
import { score, type Hint, type Report } from '../../../src/engine';
import { SENTENCE_PIECE_LENGTH, sentencePieceEnds } from '../../../src/engine/sentences';

/** Every length counted, and no length limit, so no hint quotes the draft's length. */
const CONTEXT = { limits: { hashtags: 2, links: 2, mentions: 5, length: 10_000_000 }, length: { unit: 'twitter-weighted' as const } };

/** Ordinary prose: plain ASCII words, links, accents, typographic apostrophes, figures. */
const PROSE = [
  'We planted forty trees in the park on Saturday.',
  'It’s a naïve café résumé, isn’t it?',
  'See https://example.com/menu for the café’s hours.',
  'Our chef’s jalapeño piñata was a hit at 3.5 stars.',
  'Thanks to @ann and the Zoë & Renée crew for the help!',
  'Doors open at 8:30 and the talk starts at nine.',
];
/** Every token beyond plain ASCII, so twitter-text and the word segmenter read one stretch across the boundary. */
const NON_ASCII = ['It’s déjà-vü, isn’t ït?', 'You’re naïve — that’s fïne.', 'We’re café-goers; you’re résumé-writers.', 'Don’t pänic — it’s crème-brûlée’s däy.'];

/** Filler sentences, each followed by a space, as many as fit in `length`. */
function filler(pool: string[], length: number): string {
  let text = '';
  for (let i = 0; text.length + pool[i % pool.length]!.length + 1 <= length; i++) text += `${pool[i % pool.length]} `;
  return text;
}

interface Case {
  name: string;
  sentence: string;
  /** Rules the sentence must set off wherever it stands. */
  rules: string[];
  pool: string[];
  /** The sentence ends the draft (a sign-off must). */
  last?: boolean;
}

const CASES: Case[] = [
  { name: 'a call to action', sentence: 'Click the link in bio.', rules: ['company-cta'], pool: PROSE },
  { name: 'a question', sentence: 'What do you think?', rules: ['invitation'], pool: PROSE },
  { name: 'a hashtag pile', sentence: '#launch #summer #sale #deals #fun #news', rules: ['hashtag-pile'], pool: PROSE },
  { name: 'jargon', sentence: 'Utilize our synergy to leverage best-in-class solutions.', rules: ['jargon'], pool: PROSE },
  { name: 'emoji and a ZWJ sequence', sentence: 'Loved it 👩‍👩‍👧😀👍🏽🇬🇧 thank you!', rules: ['acknowledgement'], pool: PROSE },
  { name: 'a sign-off', sentence: 'Sorry about that, we’re on it. ^JS', rules: ['sign-off'], pool: PROSE, last: true },
  { name: 'non-ASCII words and emoji in a non-ASCII stretch', sentence: 'Isn’t déjà-vü naïve? Café’s résumé’s 👩‍👩‍👧 piñata!', rules: ['contractions'], pool: NON_ASCII },
];

/** An offset of the padded draft, as it was in the draft without padding. */
function unpad(offset: number, padAt: number, padding: number): number {
  return offset <= padAt ? offset : Math.max(padAt, offset - padding);
}

function normalise(report: Report, padAt: number, padding: number) {
  if (report.status !== 'scored') return report;
  const range = (r: { start: number; end: number }) => ({ start: unpad(r.start, padAt, padding), end: unpad(r.end, padAt, padding) });
  const { weightedLength, ...stats } = report.stats;
  return {
    ...report,
    stats: { ...stats, weightedLength: weightedLength - padding },
    hints: report.hints.map((hint: Hint) => ({ ...hint, range: range(hint.range), ...(hint.moreRanges ? { moreRanges: hint.moreRanges.map(range) } : {}) })),
  };
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

describe('piece boundaries', () => {
  // Around the first boundary (about 1,024) for each case, and the second for two of them.
  const placements = CASES.flatMap((item) => [{ item, around: SENTENCE_PIECE_LENGTH }, ...(['a question', 'emoji and a ZWJ sequence'].includes(item.name) ? [{ item, around: 2 * SENTENCE_PIECE_LENGTH }] : [])]);

  it.each(placements.map(({ item, around }) => [item.name, around, item] as const))('%s moved across the boundary near %i changes no hint and no score', (_name, around, item) => {
    const { sentence } = item;
    // With the least padding the sentence ends just before the boundary; with the most it starts just after it.
    const before = filler(item.pool, around - sentence.length - 8);
    const after = item.last ? '' : ` ${filler(item.pool, 200)}`;
    const padAt = before.length;
    const least = around - sentence.length - 4 - padAt;
    const most = around + 4 - padAt;
    const baseline = normalise(score(before + ' '.repeat(least) + sentence + after, undefined, CONTEXT), padAt, least);
    expect(baseline.status).toBe('scored');
    if (baseline.status !== 'scored') return;
    const inSentence = baseline.hints.filter((hint) => hint.range.start >= padAt && hint.range.end <= padAt + sentence.length);
    expect(least).toBeGreaterThanOrEqual(1);
    for (const rule of item.rules) expect(inSentence.map((hint) => hint.rule), `${rule} on “${sentence}”`).toContain(rule);

    let crossed = false;
    for (let padding = least + 1; padding <= most; padding++) {
      const text = before + ' '.repeat(padding) + sentence + after;
      const start = padAt + padding;
      crossed ||= sentencePieceEnds(text).some((end) => end > start && end < start + sentence.length);
      const report = score(text, undefined, CONTEXT);
      if (report.status === 'scored') {
        for (const hint of report.hints) for (const range of [hint.range, ...(hint.moreRanges ?? [])]) {
          expect(splitsSurrogatePair(text, range.start) || splitsSurrogatePair(text, range.end), `${hint.rule} at ${range.start}–${range.end}`).toBe(false);
        }
      }
      expect(normalise(report, padAt, padding), `padding ${padding}`).toEqual(baseline);
    }
    // The sweep really did put a piece boundary inside the sentence.
    expect(crossed).toBe(true);
  });
});
