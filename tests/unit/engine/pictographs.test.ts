import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEmoji } from '../../../src/engine/pictographs';

/** The definition findEmoji follows (see pictographs.ts). */
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*|(?<![\w:;])[:;=]-?[)(DPp](?![\w])|<3/gu;
const reference = (text: string) => [...text.matchAll(EMOJI)].map((match) => ({ start: match.index, end: match.index + match[0].length }));

const PARTS = [
  '😀', '👍', '🏽', '👩', '\u200d', '\ufe0f', '❤', '©', '™', '‼', '🇬', '🇧', '#', '1', '\u20e3', '🅰', 'Ⓜ', '\u0301',
  ':', ';', '=', '-', ')', '(', 'D', 'P', 'p', '<', '3', 'a', '_', ' ', '\n', '\ud83d', '\ude00', 'é', '日',
];

describe('findEmoji', () => {
  it('finds what the emoji pattern finds, on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PARTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        expect(findEmoji(text)).toEqual(reference(text));
      }),
      { numRuns: Number(process.env.RUNS ?? 1000) },
    );
  });

  it('agrees on every pictograph and skin tone, alone and joined', () => {
    const pictographs: string[] = [];
    for (let point = 0x80; point <= 0x1ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const char = String.fromCodePoint(point);
      if (/\p{Extended_Pictographic}|\p{Emoji_Modifier}/u.test(char)) pictographs.push(char);
    }
    const text = pictographs.map((char, index) => `${char}\ufe0f🏽\u200d${pictographs[(index * 7) % pictographs.length]} ${char}`).join(':)');
    expect(findEmoji(text)).toEqual(reference(text));
  });
});
