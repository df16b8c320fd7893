import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceRanges } from '../../../src/engine/sentences';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The segmenter on the whole text, with runs of blank sentences joined as sentenceRanges joins them. */
function reference(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let lastBlank = false;
  for (const { index, segment } of segmenter.segment(text)) {
    const blank = /^\s*$/.test(segment);
    if (blank && lastBlank) ranges[ranges.length - 1]![1] = index + segment.length;
    else ranges.push([index, index + segment.length]);
    lastBlank = blank;
  }
  return ranges;
}

/** Pieces of about `pieceLength`, never cut at an arbitrary place (the fallback for runs with no safe place at all). */
const ranges = (text: string, pieceLength: number) => sentenceRanges(text, pieceLength, Infinity).map((range): [number, number] => [range.start, range.end]);

const PARTS = [
  'a', 'b', 'Z', 'Q', 'x', 'é', 'É', 'ß', '日本', 'テスト', 'мир', 'مرحبا', '1', '42', '１', 'Mr', 'U.S.', 'e.g.',
  '.', '!', '?', '‼', '⁉', '。', '．', '…', '?!', '...', ' ', '  ', '\t', '\n', '\r', '\r\n', '\u2029', '\u0085', '\u00a0', '\u3000',
  '"', "'", '”', '’', '(', ')', '[', ']', '«', '»', ',', ';', ':', '-', '–', '#', '@', '$', '/', '&',
  '😀', '👍🏽', '👩‍👩‍👧', '🇬🇧', '❤️', '©', '\u0301', '\u200d', '\ufe0f', '\u00ad',
];

describe('sentenceRanges', () => {
  it('finds the sentences the segmenter finds in the whole text, wherever the pieces end', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PARTS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) }), { maxLength: 60 }).map((parts) => parts.join('')),
        fc.integer({ min: 1, max: 24 }),
        (text, pieceLength) => {
          expect(ranges(text, pieceLength)).toEqual(reference(text));
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 3000) },
    );
  });

  it('finds what the segmenter finds in every ASCII text of up to four characters of the sentence classes', () => {
    // One character of each ASCII sentence class (Lower, Upper, Numeric, ATerm, STerm, Close,
    // SContinue, Sp, CR, LF, Other): ASCII text is split by the engine's own rules, not the segmenter.
    const alphabet = ['a', 'B', '7', '.', '?', '"', ')', ',', '-', ' ', '\t', '\r', '\n', '#'];
    let texts = [''];
    for (let length = 1; length <= 4; length++) {
      texts = texts.flatMap((text) => (text.length === length - 1 ? alphabet.map((char) => text + char) : []));
      for (const text of texts) expect(ranges(text, 1024), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('puts every ASCII character in the sentence class the segmenter does', () => {
    const templates = (c: string) => [`a.${c}b`, `a.${c}B`, `a. ${c}B`, `a.${c} B`, `Hi!${c}ok`, `Hi?${c} Ok`, `x${c}. Y`, `U${c}S. Go`, `a.${c}1`, `A${c}.B c`];
    for (let code = 0; code < 128; code++) {
      for (const text of templates(String.fromCharCode(code))) expect(ranges(text, 1024), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('finds what the segmenter finds in ASCII prose', () => {
    const ASCII_PARTS = ['Hi', 'we', 'U.S.', 'e.g.', 'Mr', '3.5', '1', 'a', 'B', '.', '...', '!', '?', '?!', ' ', '  ', '\n', '\r\n', '\t', '"', "'", '(', ')', ']', ',', ';', ':', '-', '#', '@', '&', '*'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ASCII_PARTS), { maxLength: 40 }).map((parts) => parts.join('')), fc.integer({ min: 1, max: 24 }), (text, pieceLength) => {
        expect(ranges(text, pieceLength)).toEqual(reference(text));
        expect(ranges(text, 1024)).toEqual(reference(text));
      }),
      { numRuns: Number(process.env.RUNS ?? 3000) },
    );
  });

  it('cuts long prose, hashtag piles, emoji runs and blank lines into pieces without moving a sentence', () => {
    const texts = [
      'We planted forty trees on Saturday. Thanks to everyone who came! What should we plant next? e.g. apples. 8 tips: water them. '.repeat(40),
      `Thanks for coming, what did you think? ${'#launch #SummerSale2026 '.repeat(300)}`,
      `What did you think? ${'😀👍🏽👩‍👩‍👧🇬🇧❤️'.repeat(300)} Done.`,
      `Hi.${'\n'.repeat(3000)}There.\r\n\r\nOk?`,
      `Is it ok? ${'a'.repeat(5000)}. Yes.`,
    ];
    for (const text of texts) expect(ranges(text, 64)).toEqual(reference(text));
  });

  it('still covers the text, in order, where a long run has no safe place to cut', () => {
    const text = `Hi. ${'1.😀'.repeat(6000)} Bye.`;
    const found = sentenceRanges(text);
    expect(found[0]!.start).toBe(0);
    expect(found.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBe(found[i - 1]!.end);
  });

  it('knows every character after which the segmenter may break (planes 0 and 1)', () => {
    // "a", the character, " B", a line break: one sentence, unless the character ends one. Probes
    // go to the segmenter in batches (a line break always ends a sentence).
    const TERMINATOR = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]/u;
    const surprises: string[] = [];
    let batch: number[] = [];
    const flush = () => {
      const text = batch.map((point) => `a${String.fromCodePoint(point)} B\n`).join('');
      const counts = new Map<number, number>();
      let probe = 0;
      let offset = 0;
      for (const { index, segment } of segmenter.segment(text)) {
        while (offset + 5 + (batch[probe]! > 0xffff ? 1 : 0) <= index) offset += 5 + (batch[probe++]! > 0xffff ? 1 : 0);
        counts.set(batch[probe]!, (counts.get(batch[probe]!) ?? 0) + 1);
        void segment;
      }
      for (const point of batch) {
        const breaks = (counts.get(point) ?? 0) > 1;
        if (breaks !== TERMINATOR.test(String.fromCodePoint(point))) surprises.push(point.toString(16));
      }
      batch = [];
    };
    for (let point = 0; point <= 0x1ffff; point++) {
      if ((point >= 0xd800 && point <= 0xdfff) || point === 0x0a || point === 0x0d || point === 0x85 || point === 0x2028 || point === 0x2029) continue;
      batch.push(point);
      if (batch.length === 400) flush();
    }
    flush();
    expect(surprises).toEqual([]);
  });
});
