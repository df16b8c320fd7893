import { FIRST_PERSON_SINGULAR } from '../lexicons/words';
import type { Word } from '../document';
import type { Finding, Rule } from './types';

const SPACE = /\s/;

/**
 * A kicker's topic is a label: every word from the start of the sentence to the colon is
 * capitalised or a figure ("Review", "Photo", "Q3 Results", "WATCH"). "Tell us: …", "Here it is: …"
 * and "Small win today: …" are someone talking. Returns how many words open the sentence that way.
 */
function topicLength(words: Word[]): number {
  let length = 0;
  while (length < words.length && ((words[length]!.capitalised && !FIRST_PERSON_SINGULAR.has(words[length]!.key)) || /^\d/.test(words[length]!.text))) length++;
  return length;
}

export const newsKicker: Rule = {
  id: 'news-kicker',
  axis: 'voice',
  docs: '“Review: The Show Returns”, “Photo: The…”: a capitalised topic, a colon and a capitalised headline is a news feed’s format, not someone talking.',
  points: 8,
  label: { issue: 'news-feed format' },
  check(ctx) {
    const { words, text } = ctx.doc;
    // "Acme: is proud to…": without its colon this is the third-person rule's, which costs more.
    const thirdPersonVerbs = new Set(ctx.lexicon('third-person-verb').map((match) => match.firstWord));
    const findings: Finding[] = [];
    // The next colon at or after the sentence, searched forward only: linear however many sentences.
    let colon = text.indexOf(':');
    for (const sentence of ctx.doc.sentences) {
      // Only sentences with a colon can have a kicker; the topic is measured once per sentence.
      if (colon >= 0 && colon < sentence.start) colon = text.indexOf(':', sentence.start);
      if (colon < 0 || colon >= sentence.end) continue;
      const topic = topicLength(sentence.contentWords.map((i) => words[i]!));
      // Walk back so each colon knows whether a capitalised word follows it anywhere in the
      // sentence. "Anywhere", not "next": deleting text can then only remove a kicker, never make one.
      let capitalisedAfter = false;
      for (let k = sentence.contentWords.length - 1; k >= 0; k--) {
        const index = sentence.contentWords[k]!;
        const word = words[index]!;
        const followedBy = sentence.contentWords[k + 1];
        if (
          capitalisedAfter &&
          text[word.end] === ':' &&
          SPACE.test(text[word.end + 1] ?? '') &&
          !(followedBy !== undefined && thirdPersonVerbs.has(followedBy)) &&
          k < topic
        ) {
          // The topic and its colon: deleting them leaves the sentence after it, as it would be said.
          findings.push({
            kind: 'issue',
            range: { start: words[sentence.contentWords[0]!]!.start, end: word.end + 1 },
            message: '“Topic:” before a headline reads like a news feed; say it as a sentence',
            why: 'Headline and announcement formats sound like a faceless feed, not a person talking.',
            strength: 1,
          });
        }
        if (word.capitalised && !FIRST_PERSON_SINGULAR.has(word.key)) capitalisedAfter = true;
      }
    }
    return findings;
  },
};
