import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffTexts, remapRange } from '../../../src/content/remap';

describe('diffTexts', () => {
  it.each([
    ['abc', 'abc', null],
    ['abc', 'abXc', { start: 2, removed: 0, inserted: 1 }],
    ['abc', 'ac', { start: 1, removed: 1, inserted: 0 }],
    ['hello world', 'hello there world', { start: 6, removed: 0, inserted: 6 }],
    ['aaa', 'aaaa', { start: 3, removed: 0, inserted: 1 }],
    ['😀x', '😀yx', { start: 2, removed: 0, inserted: 1 }],
  ])('%j → %j', (before, after, edit) => {
    expect(diffTexts(before, after)).toEqual(edit);
  });

  it('describes an edit that rebuilds the text exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (before, after) => {
        const edit = diffTexts(before, after);
        if (!edit) {
          expect(before).toBe(after);
          return;
        }
        const rebuilt = before.slice(0, edit.start) + after.slice(edit.start, edit.start + edit.inserted) + before.slice(edit.start + edit.removed);
        expect(rebuilt).toBe(after);
      }),
    );
  });
});

describe('remapRange keeps an underline on its words while typing', () => {
  const word = { start: 6, end: 11 }; // "world" in "hello world!"

  it('shifts a range when text is typed before it', () => {
    expect(remapRange(word, { start: 0, removed: 0, inserted: 3 })).toEqual({ start: 9, end: 14 });
  });
  it('shifts a range when text is typed right at its start', () => {
    expect(remapRange(word, { start: 6, removed: 0, inserted: 1 })).toEqual({ start: 7, end: 12 });
  });
  it('keeps a range when text is typed after it, including right at its end', () => {
    expect(remapRange(word, { start: 11, removed: 0, inserted: 2 })).toEqual(word);
    expect(remapRange(word, { start: 12, removed: 1, inserted: 0 })).toEqual(word);
  });
  it('drops a range whose own words were edited', () => {
    expect(remapRange(word, { start: 8, removed: 1, inserted: 0 })).toBeNull();
    expect(remapRange(word, { start: 4, removed: 4, inserted: 0 })).toBeNull();
  });
  it('the remapped range still covers the same characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.nat(), fc.string(), fc.nat(), fc.nat(), (text, a, b, typed, c, d) => {
        const start = a % text.length;
        const end = start + (b % (text.length - start + 1));
        const editStart = c % (text.length + 1);
        const removed = d % (text.length - editStart + 1);
        const after = text.slice(0, editStart) + typed + text.slice(editStart + removed);
        const edit = diffTexts(text, after);
        if (!edit) return;
        const moved = remapRange({ start, end }, edit);
        if (moved) expect(after.slice(moved.start, moved.end)).toBe(text.slice(start, end));
      }),
    );
  });
});
