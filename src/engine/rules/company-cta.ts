import { SECOND_PERSON } from '../lexicons/words';
import type { Sentence } from '../document';
import { commands, COMPANY_WORDS } from './commands';
import { quote, type Finding, type Rule, type RuleContext } from './types';

/** A call to action in a sentence that speaks to the reader costs less. */
const TO_READER = 0.5;
/** Asks that serve the company's numbers whoever they are put to and whatever reason comes with them. */
const FOR_THE_COMPANY = new Set(['vote', 'donate', 'retweet', 'rsvp', 'nominate', 'show your support', 'support us', 'follow', 'subscribe', 'sign up', 'like', 'share']);
/** "you can", "you'll need to": a statement of what the reader can do, not an order. */
const MODALS = new Set(['can', 'could', "'ll", 'will', 'may', 'might', 'need', 'should', 'would']);
/** What may follow "to" without making it a purpose ("go to the site", "to 5pm"): determiners and pronouns. */
const NOT_A_VERB = new Set(['the', 'a', 'an', 'your', 'our', 'my', 'this', 'that', 'these', 'those', 'all', 'any', 'some', 'every', 'each', 'his', 'her', 'their', 'its', 'us', 'me', 'you', 'them', 'it', 'him']);

export const companyCallToAction: Rule = {
  id: 'company-cta',
  axis: 'reciprocity',
  docs: 'Click, register, watch, download: asks the reader to do something for the company. Not when it gives the reader a reason (“to reset your password”), tells them what they can do (“you can find the steps here”), or points the person a reply answers to the help they asked for.',
  points: 22,
  label: { issue: 'asks the reader to act for the company' },
  readsClaimsForIssues: true,
  check(ctx) {
    const why = 'A call to action that serves the company asks without giving; say what is in it for the reader, or ask them something.';
    const findings: Finding[] = [];
    const seen = new Set<number>();
    const reply = ctx.doc.leadingMentions > 0;
    for (const match of ctx.lexicon('company-cta')) {
      seen.add(match.firstWord);
      const sentence = ctx.doc.sentences[ctx.doc.words[match.firstWord]!.sentence]!;
      const strength = strengthOf(ctx, sentence, match.firstWord, match.lastWord, reply && !FOR_THE_COMPANY.has(ctx.doc.words[match.firstWord]!.key));
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
      const strength = (command.teaser ? 0.6 : 1) * strengthOf(ctx, command.sentence, command.match.firstWord, command.match.lastWord, answering);
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

/**
 * 0 when the call to action serves the reader: it answers the person a reply is for, gives a
 * purpose ("visit this link to see how to claim"), or tells the reader what they can do ("you
 * can see that info here") without pointing at the company's own things. Otherwise full
 * strength, or less when the sentence speaks to the reader. Only unclaimed words count, so
 * deleting another issue's text never makes this one cost more.
 */
function strengthOf(ctx: RuleContext, sentence: Sentence, first: number, last: number, answering: boolean): number {
  if (answering) return 0;
  const { words } = ctx.doc;
  let reader = false;
  let company = false;
  let modalBefore = false;
  for (let i = sentence.firstWord; i < sentence.endWord; i++) {
    const word = words[i]!;
    if (word.entity !== undefined || ctx.claimed(word)) continue;
    if (SECOND_PERSON.has(word.key)) {
      reader = true;
      const next = words[i + 1];
      if (i < first && (word.key.endsWith("'ll") || (next !== undefined && MODALS.has(next.key)))) modalBefore = true;
    } else if (COMPANY_WORDS.has(word.key)) company = true;
    if (i > last && purposeAt(ctx, sentence, i)) return 0;
  }
  if (modalBefore && !company) return 0;
  return reader ? TO_READER : 1;
}

/** "to know more", "in order to get": an infinitive of purpose, not aimed at the company ("to help us win"). */
function purposeAt(ctx: RuleContext, sentence: Sentence, index: number): boolean {
  const { words } = ctx.doc;
  if (words[index]!.key !== 'to') return false;
  const verb = words[index + 1];
  if (verb === undefined || verb.sentence !== words[index]!.sentence || ctx.claimed(verb)) return false;
  if (!/^\p{Ll}/u.test(verb.text) || NOT_A_VERB.has(verb.key)) return false;
  for (let k = index + 2; k < Math.min(index + 5, sentence.endWord); k++) if (COMPANY_WORDS.has(words[k]!.key)) return false;
  return true;
}
