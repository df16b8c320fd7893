import { SECOND_PERSON } from '../lexicons/words';
import type { Sentence, Word } from '../document';
import { commands, COMPANY_WORDS } from './commands';
import { insideHeadline } from './headline';
import { quote, type OnePlaceFinding, type Rule, type RuleContext } from './types';

/** A call to action in a sentence that speaks to the reader costs less. */
const TO_READER = 0.5;
/** Asks that serve the company's numbers whoever they are put to and whatever reason comes with them. */
const FOR_THE_COMPANY = new Set(['vote', 'donate', 'retweet', 'rsvp', 'nominate', 'show your support', 'support us', 'follow', 'subscribe', 'sign up', 'like', 'share']);
/** "you can", "you'll need to": a statement of what the reader can do, not an order. */
const MODALS = new Set(['can', 'could', "'ll", 'will', 'may', 'might', 'need', 'should', 'would']);

/** Words that, right before a verb, make it a statement rather than an order: a subject or an auxiliary. */
const SUBJECT_OR_AUXILIARY = new Set([
  'i', 'you', 'he', 'she', 'we', 'they', 'it', 'who', 'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must',
  "can't", "won't", "don't", "doesn't", "didn't", 'not', 'never', 'always', 'also', "i'll", "you'll",
]);

function hasSubject(words: Word[], first: number): boolean {
  const before = words[first - 1];
  return before !== undefined && before.joinsNext && SUBJECT_OR_AUXILIARY.has(before.key);
}

export const companyCallToAction: Rule = {
  id: 'company-cta',
  judgesPassedOnWords: true,
  axis: 'reciprocity',
  docs: 'Click, register, watch, download: asks the reader to do something for the company, less so with a reason for them (“to reset your password”). Not when it tells them what they can do (“you can find the steps here”) or points the person a reply answers to the help they asked for.',
  points: 22,
  label: { issue: 'asks the reader to act for the company' },
  readsClaimsForIssues: true,
  check(ctx) {
    const why = 'A call to action that serves the company asks without giving; say what is in it for the reader, or ask them something.';
    const findings: OnePlaceFinding[] = [];
    const seen = new Set<number>();
    const reply = ctx.doc.leadingMentions > 0;
    const strengthOf = strengths(ctx);
    for (const match of ctx.lexicon('company-cta')) {
      seen.add(match.firstWord);
      const sentence = ctx.doc.sentences[ctx.doc.words[match.firstWord]!.sentence]!;
      // "he doesn't watch the news", "fans can vote now", "He Couldn't Vote for…": a verb with a
      // subject, or inside Title Case, is no order to the reader.
      if (hasSubject(ctx.doc.words, match.firstWord) || insideHeadline(ctx, sentence, match.range.start)) continue;
      const strength = strengthOf(sentence, match.firstWord, reply && !FOR_THE_COMPANY.has(ctx.doc.words[match.firstWord]!.key));
      if (strength === 0) continue;
      findings.push({
        kind: 'issue',
        range: match.range,
        message: `“${quote(ctx, match.range)}” sends the reader off to act for you`,
        why,
        strength,
        idea: `sentence ${sentence.start}`,
      });
    }
    for (const command of commands(ctx)) {
      if (!command.forCompany || command.selling || seen.has(command.match.firstWord)) continue;
      seen.add(command.match.firstWord);
      const answering = reply && !command.teaser && !FOR_THE_COMPANY.has(command.verb);
      const strength = (command.teaser ? 0.6 : 1) * strengthOf(command.sentence, command.match.firstWord, answering && !command.teaser);
      if (strength === 0) continue;
      const text = quote(ctx, command.match.range);
      findings.push({
        kind: 'issue',
        range: command.match.range,
        message: command.teaser ? `“${text}…” is a teaser: the value is behind a click` : `“${text}” tells the reader to act for the company`,
        why,
        strength,
        // "Watch our new video here": one call to action per sentence, however many words say it.
        idea: `sentence ${command.sentence.start}`,
      });
    }
    return findings;
  },
};

/** What a sentence says about whom it serves, read once however many calls to action it holds. */
interface SentenceAudience {
  reader: boolean;
  company: boolean;
  /** The first "you can" / "you'll" (a reader's modal), or Infinity when there is none. */
  firstModal: number;
}

/**
 * 0 when the call to action serves the reader: it answers the person a reply is for, or tells the
 * reader what they can do ("you can see that info here") without pointing at the company's own
 * things. Otherwise full strength, or half when the sentence speaks to the reader (a reason for
 * them: "click here to reset your password"). Only unclaimed words count, so deleting another
 * issue's text never makes this one cost more. Each sentence is read once.
 */
function strengths(ctx: RuleContext): (sentence: Sentence, first: number, answering: boolean) => number {
  const audiences = new Map<Sentence, SentenceAudience>();
  return (sentence, first, answering) => {
    if (answering) return 0;
    let audience = audiences.get(sentence);
    if (!audience) {
      audience = audienceOf(ctx, sentence);
      audiences.set(sentence, audience);
    }
    if (audience.firstModal < first && !audience.company) return 0;
    return audience.reader ? TO_READER : 1;
  };
}

function audienceOf(ctx: RuleContext, sentence: Sentence): SentenceAudience {
  const { words } = ctx.doc;
  const audience: SentenceAudience = { reader: false, company: false, firstModal: Infinity };
  for (let i = sentence.firstWord; i < sentence.endWord; i++) {
    const word = words[i]!;
    if (word.entity !== undefined || ctx.claimed(word)) continue;
    if (SECOND_PERSON.has(word.key)) {
      audience.reader = true;
      const next = words[i + 1];
      if (audience.firstModal === Infinity && (word.key.endsWith("'ll") || (next !== undefined && MODALS.has(next.key)))) audience.firstModal = i;
    } else if (COMPANY_WORDS.has(word.key)) audience.company = true;
  }
  return audience;
}
