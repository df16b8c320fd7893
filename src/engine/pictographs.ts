// Emoji and emoticons in a text: exactly what the pattern
//
//   /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*|(?<![\w:;])[:;=]-?[)(DPp](?![\w])|<3/gu
//
// finds (a pictograph with its variation selectors, skin tones and ZWJ continuations, or a text
// emoticon), read one code point at a time with each character's class remembered. The pattern
// allocates a match per emoji, which on a megabyte of emoji was most of the draft's time;
// pictographs.test.ts keeps the two in agreement.

import { rememberedPerCodePoint } from './code-points';
import type { TextRange } from './types';

const PICTOGRAPH = 1;
const MODIFIER = 2;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const SKIN_TONE = /^\p{Emoji_Modifier}$/u;
const classOf = rememberedPerCodePoint((char) => (PICTOGRAPHIC.test(char) ? PICTOGRAPH : SKIN_TONE.test(char) ? MODIFIER : 0));

/** Where an emoji or emoticon may start: anything beyond ASCII, or ":", ";", "=", "<". */
const MAY_START = /[:;=<\u0080-\uffff]/g;

export function findEmoji(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  forEachEmoji(text, (start, end) => ranges.push({ start, end }));
  return ranges;
}

/** How many emoji and emoticons findEmoji finds, without a list of them. */
export function countEmoji(text: string): number {
  let count = 0;
  forEachEmoji(text, () => count++);
  return count;
}

function forEachEmoji(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // No ASCII character is a pictograph: only the emoticons start here. Plain ASCII is skipped
    // with a search (test() builds no match object; lastIndex is just past what it found).
    if (code < 0x80) {
      const end = code === 58 || code === 59 || code === 61 ? emoticonEnd(text, i) : code === 60 && text.charCodeAt(i + 1) === 51 ? i + 2 : -1;
      if (end > 0) visit(i, end);
      MAY_START.lastIndex = end > 0 ? end : i + 1;
      i = MAY_START.test(text) ? MAY_START.lastIndex - 1 : text.length;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (classOf(point) !== PICTOGRAPH) {
      i += point > 0xffff ? 2 : 1;
      continue;
    }
    let end = i + (point > 0xffff ? 2 : 1);
    for (;;) {
      const next = text.codePointAt(end);
      if (next === 0xfe0f) end += 1;
      else if (next !== undefined && next > 0xffff && classOf(next) === MODIFIER) end += 2;
      else if (next === 0x200d && isPictographAt(text, end + 1)) end += 1 + (text.codePointAt(end + 1)! > 0xffff ? 2 : 1);
      else break;
    }
    visit(i, end);
    i = end;
  }
}

function isPictographAt(text: string, index: number): boolean {
  const point = text.codePointAt(index);
  return point !== undefined && point >= 0x80 && classOf(point) === PICTOGRAPH;
}

/** Where ":)", ";-P", "=D" … starting at `start` ends, or −1: not after a word character, ":" or ";", and no word character after it. */
function emoticonEnd(text: string, start: number): number {
  const before = text.charCodeAt(start - 1);
  if (isWordCharacter(before) || before === 58 || before === 59) return -1;
  const next = text.charCodeAt(start + 1);
  if (next === 45 && isMouth(text.charCodeAt(start + 2)) && !isWordCharacter(text.charCodeAt(start + 3))) return start + 3;
  if (isMouth(next) && !isWordCharacter(text.charCodeAt(start + 2))) return start + 2;
  return -1;
}

function isMouth(code: number): boolean {
  return code === 41 || code === 40 || code === 68 || code === 80 || code === 112;
}

/** \w: ASCII letters, digits and "_". */
function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
