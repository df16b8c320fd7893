import { COMMON_ACRONYMS } from '../lexicons/words';
import { isProse } from '../document';
import type { Finding, Rule } from './types';

/** Upper-case words shorter than this are usually acronyms (NYC, ATM, FAQ). */
const MIN_SHOUT_LETTERS = 5;
const EXCLAMATION_RUN = /[!！]{2,}/g;

export const shouting: Rule = {
  id: 'shouting',
  axis: 'voice',
  docs: 'ALL CAPS words and runs of exclamation marks shout at the reader.',
  points: 14,
  label: { issue: 'shouting' },
  check(ctx) {
    const { words, text } = ctx.doc;
    const findings: Finding[] = [];
    for (const word of words) {
      if (!isProse(word) || !word.allCaps || word.text.length < MIN_SHOUT_LETTERS || COMMON_ACRONYMS.has(word.text)) continue;
      // "11.5M" and "B2B" are figures and codes, not shouting.
      if (!/^\p{L}+$/u.test(word.text)) continue;
      findings.push({
        kind: 'issue',
        range: { start: word.start, end: word.end },
        message: `“${word.text}” in capitals reads as shouting`,
        why: 'Shouting is the opposite of a conversational voice.',
        replacement: word.text.toLowerCase(),
        strength: 0.5,
      });
    }
    for (const run of text.matchAll(EXCLAMATION_RUN)) {
      // Flag the marks after the first one: deleting them leaves a single "!".
      const start = run.index + 1;
      findings.push({
        kind: 'issue',
        range: { start, end: run.index + run[0].length },
        message: `${run[0]} — one exclamation mark is plenty`,
        why: 'Runs of exclamation marks shout; they read as hype, not as a person.',
        replacement: '',
        strength: 0.5,
      });
    }
    return findings;
  },
};
