import { SECOND_PERSON } from '../lexicons/words';
import { isProse, type Sentence, type Word } from '../document';
import { commands } from './commands';
import { quote, type Finding, type Rule, type RuleContext } from './types';

/** Words that open a direct answer ("Yes, the voucher works in our shops too"). */
const ANSWER_WORDS = new Set(['yes', 'yep', 'yeah', 'yup', 'no', 'nope', 'absolutely', 'definitely', 'sure', 'correct', 'exactly', 'indeed']);
/** Specifics a reader can act on: when, how long, which day. */
const SPECIFIC_WORDS = new Set([
  'today', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekdays',
  'weekends', 'morning', 'afternoon', 'evening', 'noon', 'midnight', 'minutes', 'hours', 'days', 'weeks', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'am', 'pm',
]);
const DIGIT = /\d/;
/** Characters that make a run of text code or markup ("<script>alert(1)</script>", "x=1;"), not prose. */
const CODE_MARKS = /[<>{}=;]|\p{L}\(/u;
const TOKEN_REACH = 40;

export const usefulContent: Rule = {
  id: 'useful-content',
  axis: 'reciprocity',
  docs: 'Something useful for the reader: a tip or how-to (“try…”, “if your…, …”), a direct answer (“Yes, …”), or specifics the reader can act on (“your refund went out this morning”).',
  points: 20,
  label: { strength: 'gives the reader something useful' },
  check(ctx) {
    const { doc } = ctx;
    const findings: Finding[] = [];
    for (const match of ctx.lexicon('useful-content')) {
      if (ctx.claimed(match.range)) continue;
      findings.push({
        kind: 'strength',
        range: match.range,
        message: `“${quote(ctx, match.range)}” offers the reader something useful`,
        why: 'Useful information is a reason to come back; ask what is in it for the reader.',
        strength: 0.5,
      });
    }
    for (const command of commands(ctx)) {
      if (!command.advice || ctx.claimed(command.match.range)) continue;
      findings.push({
        kind: 'strength',
        range: command.match.range,
        message: `“${quote(ctx, command.match.range)}…” gives the reader a tip`,
        why: 'A tip or how-to gives the reader something of value, not a request.',
        strength: 0.7,
      });
    }
    const answer = directAnswer(ctx);
    if (answer) {
      findings.push({
        kind: 'strength',
        range: { start: answer.start, end: answer.end },
        message: `“${answer.text}” answers straight away`,
        why: 'Answering a question directly, with the answer first, treats the reader as a person; deflecting does not.',
        strength: 1,
      });
    }
    const toReader = doc.words.some((word) => SECOND_PERSON.has(word.key));
    for (const sentence of toReader ? doc.sentences : []) {
      const specific = specificsForReader(ctx, sentence);
      if (specific) {
        findings.push({
          kind: 'strength',
          range: { start: specific.start, end: specific.end },
          idea: 'specifics',
          message: 'Concrete details for the reader: when, how long, what to do',
          why: 'An answer with specifics is useful information, a reason to trust and come back.',
          strength: 0.5,
        });
      }
    }
    return findings;
  },
};

const OPENERS_BEFORE_ANSWER = new Set(['hi', 'hey', 'hello', 'ah', 'oh', 'well']);

/** The first own word of the post (after a reply's @handles, and a greeting with a name) is an answer word. */
function directAnswer(ctx: RuleContext): Word | undefined {
  const first = ctx.doc.sentences.find((sentence) => sentence.contentWords.length > 0);
  if (!first || first.question) return undefined;
  let greeted = false;
  for (const index of first.contentWords.slice(0, 3)) {
    const word = ctx.doc.words[index]!;
    if (ctx.claimed(word)) return undefined;
    if (ANSWER_WORDS.has(word.key)) return word;
    if (OPENERS_BEFORE_ANSWER.has(word.key)) greeted = true;
    else if (greeted && word.capitalised) greeted = false;
    else return undefined;
  }
  return undefined;
}

/**
 * A sentence that speaks to the reader ("you", "your") and holds a figure, a day or a time: a
 * concrete answer. Announcements are full of figures too, which is why the reader must be in it.
 */
function specificsForReader(ctx: RuleContext, sentence: Sentence): Word | undefined {
  let reader = false;
  let specific: Word | undefined;
  for (const index of sentence.contentWords) {
    const word = ctx.doc.words[index]!;
    if (ctx.claimed(word) || !isProse(word)) continue;
    if (SECOND_PERSON.has(word.key)) reader = true;
    else if (!specific && ((DIGIT.test(word.text) && !inCode(ctx.doc.text, word)) || SPECIFIC_WORDS.has(word.key))) specific = word;
  }
  return reader ? specific : undefined;
}

/** The figure sits in a token of code or markup (between spaces), not in a sentence for the reader. */
function inCode(text: string, word: Word): boolean {
  // At most a few dozen characters each way, so a text with no spaces stays linear.
  let start = word.start;
  while (start > 0 && word.start - start < TOKEN_REACH && !/\s/.test(text[start - 1]!)) start--;
  let end = word.end;
  while (end < text.length && end - word.end < TOKEN_REACH && !/\s/.test(text[end]!)) end++;
  return CODE_MARKS.test(text.slice(start, end));
}
