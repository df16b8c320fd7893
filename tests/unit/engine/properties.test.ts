// Property tests: any string is safe to score, and deleting flagged text never lowers a score.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine';
import type { LengthCounting, Report } from '../../../src/engine';
import { NEUTRAL_PRESET } from '../../../src/engine/presets/neutral';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A range boundary must not split a surrogate pair. */
function onCodePointBoundary(text: string, index: number): boolean {
  return index <= 0 || index >= text.length || !(isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index)));
}

const utf16Units = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 300 });
const specials = fc.constantFrom(
  '👩‍👩‍👧', '🏳️‍🌈', '👍🏽', '𝒳', '😀', 'مرحبا بكم', 'שלום', '\u202e', '\u200f', '日本語のテキスト', '한국어', '\u0000', '\u001b', '\r\n', '\t',
  '\ud800', '\udfff', ' ', '.', '?', '!!!', '@user', '#tag', 'https://example.com/a?b=c', '^JS', '– Sam', 'RT @ann:', 'Thanks',
  'we apologize for any inconvenience', 'Buy now', 'What do you think?', "I'm", 'LEVERAGE', '20% off', 'Hi Dana,',
);
const mixed = fc.array(fc.oneof(specials, fc.string({ unit: 'grapheme', maxLength: 20 }), utf16Units), { maxLength: 30 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), utf16Units, mixed);

function checkRanges(text: string, report: Report): void {
  for (const hint of report.hints) {
    expect(hint.range.start).toBeGreaterThanOrEqual(0);
    expect(hint.range.end).toBeGreaterThanOrEqual(hint.range.start);
    expect(hint.range.end).toBeLessThanOrEqual(text.length);
    expect(onCodePointBoundary(text, hint.range.start)).toBe(true);
    expect(onCodePointBoundary(text, hint.range.end)).toBe(true);
  }
}

describe('any input', () => {
  it('never throws, keeps ranges inside the text on code-point boundaries, and is deterministic', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<LengthCounting>({ unit: 'twitter-weighted' }, { unit: 'utf16' }, { unit: 'graphemes', linkLength: 23 }), (text, length) => {
        const report = score(text, NEUTRAL_PRESET, { length });
        checkRanges(text, report);
        expect(score(text, NEUTRAL_PRESET, { length })).toEqual(report);
        if (report.status !== 'scored') {
          expect(report.hints).toEqual([]);
          return;
        }
        for (const axis of ['reciprocity', 'voice'] as const) {
          expect(Number.isInteger(report[axis])).toBe(true);
          expect(report[axis]).toBeGreaterThanOrEqual(0);
          expect(report[axis]).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles 100,000 characters of mixed text', () => {
    const unit = 'Hi @ann 👩‍👩‍👧 مرحبا 日本語 we apologize for any inconvenience!!! What do you think? https://example.com/x \ud800 ';
    const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const report = score(text);
    checkRanges(text, report);
    expect(report.stats.weightedLength).toBeGreaterThan(280);
  });

  it('handles a megabyte of one finding repeated 150,000 times or more (a run of capitals, praise after every comma)', () => {
    // Spreading that many findings into push() overflowed the stack.
    for (const unit of ['WOW ', 'nice x,']) {
      const text = `What do you think? ${unit.repeat(Math.ceil(1_000_000 / unit.length))}`;
      checkRanges(text, score(text));
    }
  });

  it('handles 100,000 characters with no white space at all', () => {
    for (const text of ['a'.repeat(100_000), '😀'.repeat(50_000), '@'.repeat(100_000), 'a.b'.repeat(33_333)]) {
      checkRanges(text, score(text));
    }
  });
});

// Posts built from sentences that carry the signals, so deletions hit real findings.
const fragments = [
  "We're excited to announce our new app.", 'Buy now, limited time only.', 'Like and retweet!', 'Download our report here.',
  'We apologize for any inconvenience.', 'Acme is proud to leverage synergy.', 'Mistakes were made.', 'This is AMAZING!!!',
  'What do you think?', 'Tell us your favourite.', 'Thanks @ann for the photo.', "I'm sorry, you're right.", 'Hi Dana,',
  'Please utilize the side door.', '#one #two #three #four', 'https://a.co/1 https://a.co/2 https://a.co/3', '^JS', '– Sam',
  'Our team and our partners and our staff worked hard for us.', 'Want 20% off? Shop now.', '8 tips for sleep:',
  'The pool reopens on Monday after the works that started in March and that included the new changing rooms and the roof and the boiler and the tiles, and you can swim again.',
  'Ten Ways To Save Money This Winter', 'RT @bob: what a day', 'Oh no, that sounds frustrating.', 'We made it happen with @a @b @c @d @e @f.',
  'Review: The Show Returns', 'so I think it really works', 'Life Is Better At The Beach', 'Photo: BUY NOW the Best Deals', 'honestly not sure because LEVERAGE',
  'Acme: is proud to serve Boston', 'Seeking Value: 10 Stocks To Watch Now', 'the lift is out again',
];
const posts = fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

describe('monotonicity', () => {
  it('deleting the text of any issue never lowers either score', () => {
    fc.assert(
      fc.property(posts, (text) => {
        const before = score(text);
        if (before.status !== 'scored') return;
        for (const hint of before.hints) {
          if (hint.kind !== 'issue' || hint.range.end === hint.range.start) continue;
          const after = score(text.slice(0, hint.range.start) + text.slice(hint.range.end));
          // Deleting the last words can leave nothing to score: that is no lower score.
          if (after.status !== 'scored') continue;
          expect(after.reciprocity, `${hint.rule} “${text.slice(hint.range.start, hint.range.end)}” in “${text}”`).toBeGreaterThanOrEqual(before.reciprocity);
          expect(after.voice, `${hint.rule} “${text.slice(hint.range.start, hint.range.end)}” in “${text}”`).toBeGreaterThanOrEqual(before.voice);
        }
      }),
      { numRuns: Number(process.env.RAPPORT_PROPERTY_RUNS ?? 300) },
    );
  });

  /** Deleting each issue's text, one at a time: the scores before and the scores it leaves (when there is still something to score). */
  function afterEachDeletion(text: string): Array<{ deleted: string; before: { reciprocity: number; voice: number }; after: { reciprocity: number; voice: number } }> {
    const before = score(text);
    if (before.status !== 'scored') return [];
    return before.hints
      .filter((hint) => hint.kind === 'issue' && hint.range.end > hint.range.start)
      .flatMap((hint) => {
        const after = score(text.slice(0, hint.range.start) + text.slice(hint.range.end));
        return after.status === 'scored' ? [{ deleted: text.slice(hint.range.start, hint.range.end), before, after }] : [];
      });
  }

  it('reads a kicker after a headline as it would read it with the headline deleted', () => {
    // Found by the property above: the first colon's topic was a headline, so the kicker after the
    // second colon went unread until deleting the headline made its colon the first.
    const text = 'Ten Ways To Save Money This Winter Review: The Show Returns Review: The Show Returns Life Is Better At The Beach';
    expect(score(text).hints.map((hint) => hint.rule)).toContain('news-kicker');
    for (const { deleted, before, after } of afterEachDeletion(text)) expect(after.voice, deleted).toBeGreaterThanOrEqual(before.voice);
  });

  it('finds a headline that only the words past the long-sentence split were breaking', () => {
    // Found by the property above: deleting the long-sentence rule's clause ("…our new app") took
    // away the one lower-case word breaking the headline before it, and the headline appeared.
    const text = 'Photo: BUY NOW the Best Deals Acme: is proud to serve Boston 8 tips for sleep: Ten Ways To Save Money This Winter Life Is Better At The Beach We’re excited to announce our new app.';
    expect(score(text).hints.map((hint) => hint.rule)).toEqual(expect.arrayContaining(['headline-case', 'long-sentence']));
    for (const { deleted, before, after } of afterEachDeletion(text)) expect(after.voice, deleted).toBeGreaterThanOrEqual(before.voice);
  });

  it('underlines a headline the long-sentence split falls inside whole, so deleting the range cannot bring back what the headline hid', () => {
    // Found by the property above: the split fell inside "To Watch Now Ten Ways To Save Money This
    // Winter"; deleting the words past it left too few to be a headline, and "Watch Now" became a
    // call to action (reciprocity 35 → 16).
    const text = 'Ten Ways To Save Money This Winter Acme: is proud to serve Boston Photo: BUY NOW the Best Deals Seeking Value: 10 Stocks To Watch Now Ten Ways To Save Money This Winter';
    const longSentence = score(text).hints.find((hint) => hint.rule === 'long-sentence');
    expect(longSentence && text.slice(longSentence.range.start, longSentence.range.end)).toBe('To Watch Now Ten Ways To Save Money This Winter');
    for (const { deleted, before, after } of afterEachDeletion(text)) {
      expect(after.reciprocity, deleted).toBeGreaterThanOrEqual(before.reciprocity);
      expect(after.voice, deleted).toBeGreaterThanOrEqual(before.voice);
    }
  });
});
