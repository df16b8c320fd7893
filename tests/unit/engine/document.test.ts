import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProse, parseDocument } from '../../../src/engine/document';
import { PIECE_LENGTH, pieces } from '../../../src/engine/chunks';
import { sentenceRanges } from '../../../src/engine/sentences';

const slice = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);

describe('parseDocument', () => {
  it('reports entities as UTF-16 ranges, also after astral characters', () => {
    const text = '😀👩‍👩‍👧 𝒳 hi @sam see #tag and https://example.com/x ok';
    const doc = parseDocument(text);
    expect(doc.entities.map((entity) => [entity.kind, slice(text, entity)])).toEqual([
      ['mention', '@sam'],
      ['hashtag', '#tag'],
      ['url', 'https://example.com/x'],
    ]);
  });

  it('splits words and sentences and marks words inside entities', () => {
    const text = "We're here. Can you DM @help_desk? Thanks!";
    const doc = parseDocument(text);
    expect(doc.words.map((word) => word.text)).toEqual(["We're", 'here', 'Can', 'you', 'DM', 'help_desk', 'Thanks']);
    expect(doc.words.find((word) => word.text === 'help_desk')?.entity).toBe('mention');
    expect(doc.sentences.map((sentence) => sentence.question)).toEqual([false, true, false]);
    expect(doc.words[0]!.key).toBe("we're");
  });

  it('reads entities that follow one another in a sentence as one word that is not prose', () => {
    const text = 'New menu https://t.co/abc #food #brunch @ann. #more @bob';
    const doc = parseDocument(text);
    expect(doc.words.map((word) => [word.text, word.entity])).toEqual([
      ['New', undefined],
      ['menu', undefined],
      ['https://t.co/abc #food #brunch @ann', 'url'],
      ['more @bob', 'hashtag'],
    ]);
    for (const word of doc.words) expect(slice(text, word)).toBe(word.text);
    // Keyed as written, sign included, so no word list reads "#more" as "more".
    expect(doc.words.map((word) => word.key)).toEqual(['new', 'menu', 'https://t.co/abc #food #brunch @ann', '#more @bob']);
    // A pile is one word, however long: what rules walk does not grow with it.
    const pile = `Thanks for coming! ${'#launch @ann '.repeat(5000)}`;
    expect(parseDocument(pile).words).toHaveLength(4);
    expect(parseDocument(pile).entities).toHaveLength(10000);
  });

  it('passes over a run of entities without changing a word', async () => {
    // The model: every word-like segment, those touching an entity folded into the entity word
    // before them in the same sentence. parseDocument passes over runs' interiors instead.
    const fc = (await import('fast-check')).default;
    const { forEachWordLike } = await import('../../../src/engine/document');
    const pieces = fc.constantFrom('#launch', '#日本', '@_', '@ann', '@bob_1', "#tag's", 'https://ex.com/a?b c', '＃wide', '$ACME', '(@sam)', 'hi', 'We', '.', '?', '!', '😀', '\u0301');
    const gaps = fc.constantFrom(' ', '  ', '\t', '\n', ' \n ', '', ', ');
    const texts = fc.array(fc.tuple(pieces, gaps), { maxLength: 30 }).map((parts) => parts.map(([piece, gap]) => piece + gap).join(''));
    fc.assert(
      fc.property(texts, (text) => {
        const doc = parseDocument(text);
        const model: Array<{ start: number; end: number; sentence: number }> = [];
        let previousIsEntity = false;
        forEachWordLike(text, (start, end) => {
          const sentence = doc.sentences.findIndex((range) => range.end > start);
          const inEntity = doc.entities.some((entity) => entity.end > start && entity.start < end);
          const previous = model[model.length - 1];
          if (inEntity && previousIsEntity && previous!.sentence === sentence) previous!.end = end;
          else model.push({ start, end, sentence });
          previousIsEntity = inEntity;
        });
        expect(doc.words.map((word) => [word.start, word.end])).toEqual(model.map((word) => [word.start, word.end]));
      }),
      { numRuns: 400 },
    );
  });

  it('folds the typographic apostrophe into the matching key', () => {
    expect(parseDocument('We’re').words[0]!.key).toBe("we're");
  });

  it('finds initials and dash-name sign-offs at the end, before trailing links', () => {
    const cases: Array<[string, string | undefined, string | undefined]> = [
      ['Sorry about that, we are on it ^JS', '^JS', 'initials'],
      ['Sorry about that, we are on it ^JS https://t.co/abc', '^JS', 'initials'],
      ['All fixed now /CB', '/CB', 'initials'],
      ['See you there! – Sam', '– Sam', 'dash-name'],
      ['See you there! -Anwar', '-Anwar', 'dash-name'],
      ['Prices rise 2-3 percent this year', undefined, undefined],
      ['Nothing to sign here', undefined, undefined],
    ];
    for (const [text, signature, style] of cases) {
      const found = parseDocument(text).signOff;
      expect(found?.text, text).toBe(signature);
      expect(found?.style, text).toBe(style);
      if (found) expect(slice(text, found)).toBe(signature);
    }
  });

  it('does not count sign-off or entity words as prose', () => {
    const doc = parseDocument('Thanks @ann ^JS');
    expect(doc.words.filter(isProse).map((word) => word.text)).toEqual(['Thanks']);
  });

  it('treats a "?" glued to a letter as damaged text, not a question', () => {
    expect(parseDocument('Companyâ??s annual day').sentences.some((sentence) => sentence.question)).toBe(false);
  });

  it('notes leading reply mentions and retweet markers', () => {
    expect(parseDocument('@a @b thanks both').leadingMentions).toBe(2);
    const text = 'Great work! RT @ann: we planted 40 trees today';
    const doc = parseDocument(text);
    expect(slice(text, doc.retweet!.marker)).toBe('RT @ann');
    expect(doc.retweet!.quotedFrom).toBe(text.indexOf(':'));
  });

  it('counts length in the unit it is asked for: twitter-text weighted, or UTF-16 units', () => {
    const doc = parseDocument('hi https://example.com/a-very-long-path-that-is-longer-than-twenty-three 😀');
    expect(doc.lengthIn({ unit: 'twitter-weighted' })).toBe(3 + 23 + 1 + 2);
    expect(doc.lengthIn({ unit: 'utf16' })).toBe(doc.text.length);
  });

  it('gives a reading grade, 0 for empty text', () => {
    expect(parseDocument('').readingGrade).toBe(0);
    const plain = parseDocument('I like it. You will too.').readingGrade;
    const dense = parseDocument('Institutional stakeholders necessitate comprehensive organisational transformation initiatives.').readingGrade;
    expect(dense).toBeGreaterThan(plain);
  });
});

describe('pieces (for long texts)', () => {
  it('returns short texts whole', () => {
    expect(pieces('short text')).toEqual([{ start: 0, text: 'short text' }]);
  });

  it('covers a long text exactly, cutting after white space, never before a mark or inside a surrogate pair', () => {
    const spaced = 'word 😀 e\u0301 \u0301x 👍🏽 '.repeat(400);
    const text = spaced + '𝒳'.repeat(9000);
    const parts = pieces(text);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    for (const [index, part] of parts.entries()) {
      const first = part.text.charCodeAt(0);
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
      if (part.start + part.text.length < spaced.length) {
        expect(part.text.length).toBeLessThanOrEqual(PIECE_LENGTH);
        expect(part.text.endsWith(' ')).toBe(true);
        expect(/^[\p{M}\p{Emoji_Modifier}]/u.test(parts[index + 1]?.text ?? '')).toBe(false);
      }
    }
  });

  it('keeps word and entity ranges right across piece boundaries', () => {
    const text = 'Say hi to @sam today. '.repeat(200);
    const doc = parseDocument(text);
    const mentions = doc.entities.filter((entity) => entity.kind === 'mention');
    expect(mentions).toHaveLength(200);
    for (const mention of mentions) expect(slice(text, mention)).toBe('@sam');
    for (const word of doc.words) expect(slice(text, word)).toBe(word.text);
  });
});

describe('tokens of emoji alone', () => {
  it('never hold a word for the segmenter, so the fast path may skip them', () => {
    const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0e\ufe0f\u20e3\u{e0020}-\u{e007f}]/u;
    const LETTER_OR_NUMBER = /[\p{Alphabetic}\p{N}]/u;
    const parts: string[] = [];
    for (let point = 0xa9; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const char = String.fromCodePoint(point);
      if (EMOJI_PART.test(char) && !LETTER_OR_NUMBER.test(char)) parts.push(char);
    }
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    const words: string[] = [];
    // Each alone, then each between two others (a pictograph with a modifier, joiner or tag after it).
    const tokens = [...parts, ...parts.map((part, index) => parts[(index * 10) % parts.length] + part + parts[(index * 7) % parts.length])];
    for (let from = 0; from < tokens.length; from += 200) {
      for (const { segment, isWordLike } of segmenter.segment(tokens.slice(from, from + 200).join(' '))) if (isWordLike) words.push(segment);
    }
    expect(words).toEqual([]);
  });
});

describe('the ASCII fast path for words', () => {
  it('finds exactly the words the Intl.Segmenter path finds', async () => {
    const fc = (await import('fast-check')).default;
    const { forEachWordLike, wordLikeSegments } = await import('../../../src/engine/document');
    const parts = fc.constantFrom('word', 'Word42', "don't", '_', '__', 'a_', '_1_', 'a__b', "a_'b", '🅰', '\u200d', '#️⃣', '\ud83d', '\ude00', 'a😀', '😀a', 'a\u200d😀', '😀\u0301', '🇬🇧', 'we’re', 'e.g.', 'bar.com', 'a:b', '—', '😀', '👩‍👩‍👧', 'مرحبا', '日本語', '\u0301', '!!', '@ann', '#tag', ' ', '  ', '\n', '\t', '\u00a0', '3.5', 'x-y',
      'yes,', '(yes)', '“Hi!”', "'quoted'", 'end.', '10,', '10,000', 'U.S.', 'dogs’', '‘a’', '"', '?!', ':', 'a.', '.a', "'s", '(', '[1]', '@a_b', 'a@b', '#x_1');
    fc.assert(
      fc.property(fc.array(fc.oneof(parts, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 25 }).map((list) => list.join('')), (text) => {
        const fast: Array<[number, string]> = [];
        forEachWordLike(text, (start, end) => fast.push([start, text.slice(start, end)]));
        expect(fast).toEqual([...wordLikeSegments(text)].map((segment) => [segment.index, segment.segment]));
      }),
      { numRuns: Number(process.env.RUNS ?? 500) },
    );
  });

  it('hands long stretches to the segmenter in pieces without moving a word', async () => {
    const { forEachWordLike, wordLikeSegments } = await import('../../../src/engine/document');
    const text = 'été naïve 日本語のテキスト 😀 مرحبا \u200d🅰 x\u0301y  \u0301z ok '.repeat(300);
    const fast: Array<[number, string]> = [];
    forEachWordLike(text, (start, end) => fast.push([start, text.slice(start, end)]));
    expect(fast).toEqual([...wordLikeSegments(text)].map((segment) => [segment.index, segment.segment]));
  });

  it('splits ASCII punctuation between letters and digits exactly as the segmenter does', async () => {
    const fc = (await import('fast-check')).default;
    const { forEachWordLike, wordLikeSegments } = await import('../../../src/engine/document');
    const characters = fc.constantFrom(...'aZ19.,;:\'"_-/ @#!?()&%+=*~^$<>[]|\\\t\n\x0b\x7f\x00'.split(''));
    fc.assert(
      fc.property(fc.array(characters, { maxLength: 14 }).map((list) => list.join('')), (text) => {
        const fast: Array<[number, string]> = [];
        forEachWordLike(text, (start, end) => fast.push([start, text.slice(start, end)]));
        expect(fast).toEqual([...wordLikeSegments(text)].map((segment) => [segment.index, segment.segment]));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sentences that start in lower case', () => {
  /** The rule as a regular expression over each of the segmenter's sentences: what the one-pass scan must find. */
  function reference(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (const { start, end } of sentenceRanges(text)) {
      const segment = text.slice(start, end);
      let from = 0;
      for (const match of segment.matchAll(/[.!?…]["'’”)\]]*\s+(?=[^\s\p{Lu}])/gu)) {
        const before = /([\p{L}.]+)$/u.exec(segment.slice(Math.max(0, match.index - 12), match.index))?.[1] ?? '';
        if (before.includes('.') || ['etc', 'vs', 'approx', 'incl', 'ca', 'cf', 'eg', 'ie', 'mr', 'mrs', 'ms', 'dr', 'st', 'no'].includes(before.toLowerCase())) continue;
        out.push([start + from, start + match.index + match[0].length]);
        from = match.index + match[0].length;
      }
      out.push([start + from, end]);
    }
    return out;
  }

  it('break where a terminal mark, closing marks and a space come before anything but a capital', () => {
    const examples = ['Done.’ our turn', 'Done.” our turn', 'Really?) yes', 'Wait… no way', 'Out now. 8 tips', 'e.g. this one', 'Mr. smith came', 'Done.\u00a0our turn', 'Done.\u3000our', 'Done. 𝐀 capital', 'Done.’Our', 'It is no. really'];
    for (const text of examples) expect(parseDocument(text).sentences.map((sentence): [number, number] => [sentence.start, sentence.end]), text).toEqual(reference(text));
    expect(parseDocument('Done.’ our turn').sentences).toHaveLength(2);
    const PARTS = ['done', 'Our', 'our', '8', 'tips', 'e.g.', 'etc', 'Mr', 'no', 'U.S.', '.', '!', '?', '…', '?!', '"', "'", '’', '”', ')', ']', '(', ' ', '  ', '\u00a0', '\u3000', '\n', '\t', 'É', 'é', '𝐀', '😀', '#tag', '@ann', ':', ',', '-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        expect(parseDocument(text).sentences.map((sentence): [number, number] => [sentence.start, sentence.end])).toEqual(reference(text));
      }),
      { numRuns: Number(process.env.RUNS ?? 2000) },
    );
  });
});
