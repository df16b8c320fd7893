import { COMMON_ACRONYMS } from '../lexicons/words';
import { isProse, type Word } from '../document';
import { nextNonSpaceIndex, type Finding, type Rule } from './types';

const EXCLAMATION_RUN = /[!！]{2,}/g;
const UPPER_START = /^\p{Lu}/u;
/** Marks after a run of capitals that make it a label or a dateline ("BREAKING NEWS:", "NEW YORK (Reuters) -", "NEW YORK, N.Y."). */
const LABEL_MARKS = new Set([':', '-', '–', '—', '(', ',']);

/** A capitalised word that can shout: letters only ("11.5M" and "B2B" are figures and codes), three or more, not a common acronym. */
function canShout(word: Word): boolean {
  return isProse(word) && word.allCaps && word.text.length >= 3 && !COMMON_ACRONYMS.has(word.text) && /^\p{L}+(?:['’]\p{L}+)?$/u.test(word.text);
}

export const shouting: Rule = {
  id: 'shouting',
  axis: 'voice',
  docs: 'Runs of ALL CAPS words and of exclamation marks shout at the reader. One capitalised word is usually an acronym, a name or a label (“WHEEL”, “VIDEO:”), so it is left alone.',
  points: 14,
  label: { issue: 'shouting' },
  check(ctx) {
    const { words, text } = ctx.doc;
    const findings: Finding[] = [];
    const capitals: Word[] = [];
    let run: Word[] = [];
    let runStart = 0;
    const close = () => {
      // "SHOP NOW:" is a hard sell in capitals, not a label: a run holding a listed phrase is never one.
      // (Pushed one by one: spreading a run of 100,000 words into push() overflows the stack.)
      if (run.length >= 2 && !(isLabel(words[runStart - 1], text, run) && !run.some((_, k) => ctx.inPhrase(runStart + k)))) for (const word of run) capitals.push(word);
      run = [];
    };
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      if (!canShout(word)) {
        close();
        continue;
      }
      // Side by side means one space or hyphen apart: deleting a word between two capitalised
      // words leaves two characters, so it can never join them into a run. A slash lists
      // alternatives ("AIDS/FIV"), which are acronyms, not a raised voice.
      const previous = run[run.length - 1];
      if (previous && !(previous.sentence === word.sentence && word.start - previous.end === 1 && previous.joinsNext && text[previous.end] !== '/')) close();
      if (run.length === 0) runStart = index;
      run.push(word);
    }
    close();
    // One finding at every word in capitals: one hint for the idea, every word underlined.
    if (capitals.length > 0) {
      // The first three words in capitals, and whether there are more (a draft may hold 100,000).
      const shown: string[] = [];
      for (const word of capitals) {
        const quoted = `“${word.text}”`;
        if (!shown.includes(quoted) && shown.push(quoted) > 3) break;
      }
      const message = `${shown.slice(0, 3).join(', ')}${shown.length > 3 ? '…' : ''} in capitals read as shouting`;
      const finding: Finding = { kind: 'issue', range: { start: capitals[0]!.start, end: capitals[0]!.end }, idea: 'capitals', message, why: 'Shouting is the opposite of a conversational voice.', strength: 0.5 };
      if (capitals.length > 1) finding.moreRanges = capitals.slice(1);
      findings.push(finding);
    }
    for (const marks of text.matchAll(EXCLAMATION_RUN)) {
      // Flag the marks after the first one: deleting them leaves a single "!".
      const start = marks.index + 1;
      findings.push({
        kind: 'issue',
        range: { start, end: marks.index + marks[0].length },
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

/**
 * A label or a dateline, not a raised voice: a run before a bracket ("NEW YORK (Reuters)"), or a
 * run that opens its sentence or clause and is followed by a colon or a dash ("BREAKING NEWS:"),
 * or by a comma and a capital, as a dateline's place is ("NEW YORK, N.Y.", "LONDON, Dec 1").
 */
function isLabel(before: Word | undefined, text: string, run: Word[]): boolean {
  const at = nextNonSpaceIndex(text, run[run.length - 1]!.end);
  const after = text[at] ?? '';
  if (!LABEL_MARKS.has(after)) return false;
  if (after === ',' && !UPPER_START.test(String.fromCodePoint(text.codePointAt(nextNonSpaceIndex(text, at + 1)) ?? 32))) return false;
  if (after === '(' || before === undefined || before.sentence !== run[0]!.sentence || !isProse(before)) return true;
  return text.slice(before.end, run[0]!.start).includes(':');
}
