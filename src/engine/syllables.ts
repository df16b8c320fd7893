// A small syllable counter for reading level: vowel groups, minus a silent final "e" or "-ed".
// Good to about ±1 syllable on English words, which is all Flesch–Kincaid needs. A plain loop,
// because it runs on every word.

function isVowel(code: number): boolean {
  // a e i o u y
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;
}

export function syllables(lowerWord: string): number {
  let letters = 0;
  let groups = 0;
  let inGroup = false;
  let last = 0;
  let beforeLast = 0;
  let beforeThat = 0;
  for (let i = 0; i < lowerWord.length; i++) {
    const code = lowerWord.charCodeAt(i);
    if (code < 97 || code > 122) continue;
    letters++;
    const vowel = isVowel(code);
    if (vowel && !inGroup) groups++;
    inGroup = vowel;
    beforeThat = beforeLast;
    beforeLast = last;
    last = code;
  }
  if (letters <= 3 || groups === 0) return 1;
  const e = 101;
  // Silent final "e" ("make"), but not "-le" ("table") or "-ee" ("free").
  if (last === e && beforeLast !== 108 && beforeLast !== e && groups > 1) groups--;
  // Silent "-ed" after a consonant other than t or d ("jumped", but "wanted").
  else if (last === 100 && beforeLast === e && !isVowel(beforeThat) && beforeThat !== 116 && beforeThat !== 100 && groups > 1) groups--;
  return Math.max(1, groups);
}
