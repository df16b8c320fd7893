import { COMMON_ACRONYMS } from '../lexicons/words';
import { isProse, type Word } from '../document';
import type { Finding, Rule } from './types';

/** Upper-case words shorter than this are usually acronyms (NYC, ATM, FAQ). */
const MIN_SHOUT_LETTERS = 5;
const EXCLAMATION_RUN = /[!！]{2,}/g;

/** Two capitalised words of 3+ letters side by side in one sentence. */
function inCapsRun(a: Word | undefined, b: Word | undefined): boolean {
  return a !== undefined && b !== undefined && a.joinsNext && a.allCaps && b.allCaps && a.text.length >= 3 && b.text.length >= 3 && !COMMON_ACRONYMS.has(a.text) && !COMMON_ACRONYMS.has(b.text);
}

export const shouting: Rule = {
  id: 'shouting',
  axis: 'voice',
  docs: 'ALL CAPS words and runs of exclamation marks shout at the reader.',
  points: 14,
  label: { issue: 'shouting' },
  check(ctx) {
    const { words, text } = ctx.doc;
    const findings: Finding[] = [];
    const capitals: Word[] = [];
    words.forEach((word, index) => {
      if (!isProse(word) || !word.allCaps || COMMON_ACRONYMS.has(word.text)) return;
      // A short capitalised word is usually an acronym (NYC, ATM), unless it sits in a run of
      // capitals ("SHOP NOW", "DON'T MISS IT").
      if (word.text.length < MIN_SHOUT_LETTERS && !(word.text.length >= 3 && (inCapsRun(words[index - 1], word) || inCapsRun(word, words[index + 1])))) return;
      // "11.5M" and "B2B" are figures and codes, not shouting.
      if (!/^\p{L}+(?:['’]\p{L}+)?$/u.test(word.text)) return;
      capitals.push(word);
    });
    // One hint for the idea, every word underlined; a one-click fix only when it is one word.
    if (capitals.length > 0) {
      const shown = [...new Set(capitals.map((word) => `“${word.text}”`))];
      const message = `${shown.slice(0, 3).join(', ')}${shown.length > 3 ? '…' : ''} in capitals ${capitals.length === 1 ? 'reads' : 'read'} as shouting`;
      for (const word of capitals) {
        findings.push({
          kind: 'issue',
          range: { start: word.start, end: word.end },
          idea: 'capitals',
          message,
          why: 'Shouting is the opposite of a conversational voice.',
          ...(capitals.length === 1 ? { replacement: word.text.toLowerCase() } : {}),
          strength: 0.5,
        });
      }
    }
    for (const run of text.matchAll(EXCLAMATION_RUN)) {
      // Flag the marks after the first one: deleting them leaves a single "!".
      const start = run.index + 1;
      findings.push({
        kind: 'issue',
        range: { start, end: run.index + run[0].length },
        idea: 'exclamation marks',
        message: 'Runs of exclamation marks: one is plenty',
        why: 'Runs of exclamation marks shout; they read as hype, not as a person.',
        replacement: '',
        strength: 0.5,
      });
    }
    return findings;
  },
};
