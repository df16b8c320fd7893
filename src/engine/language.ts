// Which language a draft is in, so that Rapport scores English and declines the rest rather than
// giving English advice on Spanish words. Two steps, cheapest first:
//
// 1. English function words ("the", "you", "what", "thanks"…) that other languages do not share.
//    Two of them, or one with other frequent English words ("to", "in", "is") making up a fifth of
//    the prose words, and the draft is English; most English posts stop here, so the detector
//    below rarely runs.
// 2. Otherwise eld (Nito-ELD, Apache-2.0), a byte n-gram detector that `npm run bench:language`
//    showed to be the most accurate on short posts of eld, tinyld and franc-min. Its answer
//    declines the draft only when eld calls it reliable and English scores clearly lower.
//
// What the detector reads: prose words only (no @handles, #hashtags, links, sign-off or emoji), so
// "@ana_lucia Merci !" is judged on "Merci". Decisions for the edge cases:
// - fewer than three words in Latin script: too little to tell; scored, language 'und'. Under five
//   words, English must score far below the top language to decline: a short English reply is
//   never declined for being short, and "Gracias por todo" still is;
// - a mixed post is English when English function words make up a fifth of it ("Merci beaucoup,
//   see you at the shop on Friday!"), otherwise it takes the detector's answer;
// - text mostly in another script (Japanese, Cyrillic, Arabic…) goes to the detector at any length.

import { eld } from 'eld/extrasmall';
import { isProse, type Document } from './document';

export interface LanguageVerdict {
  /** ISO 639-1 code ('en', 'es'), or 'und' when there is too little text to tell. */
  language: string;
  english: boolean;
}

/** Frequent English words that are not also common words of another language eld knows. */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'and', 'you', 'your', "you're", "you've", "you'll", 'of', 'are', 'were', 'this', 'that', "that's", 'with',
  'have', 'has', 'would', 'could', 'should', 'can', "can't", 'cant', 'what', "what's", 'which', 'who', 'how', 'why',
  'when', 'where', 'thanks', 'thank', 'please', 'they', 'them', 'their', 'there', "there's", 'here', "here's",
  'been', 'not', 'but', 'or', 'if', 'just', 'from', 'about', 'get', 'got', 'our', "it's", 'its', "i'm", 'im',
  "i've", "i'll", "don't", 'dont', "didn't", "doesn't", "isn't", "won't", "we're", "we've", "we'll", 'will', 'it',
  'any', 'some', 'more', 'now', 'know', 'hi', 'hey', 'sorry', 'yes', 'yeah', 'okay', 'great', 'good', 'love',
  'today', 'tomorrow', 'again', 'very', 'really', 'did', 'does', 'she', 'his',
]);
/**
 * Frequent English words that other languages also use as words ("to", "is", "in", "we"): they
 * count towards the share only alongside at least one word of the list above.
 */
const SHARED_FUNCTION_WORDS = new Set([
  'to', 'is', 'in', 'a', 'an', 'on', 'at', 'for', 'by', 'we', 'be', 'me', 'my', 'so', 'no', 'do', 'up', 'out', 'all',
  'new', 'one', 'see', 'was', 'had', 'he', 'her', 'as', 'us', 'now', 'off', 'into', 'over', 'after', 'more', 'most',
  'only', 'also', 'than', 'then', 'too', 'via', 'day', 'week', 'year', 'first', 'best', 'last', 'next', 'free',
]);
const ENGLISH_SHARE = 0.2;
const MIN_WORDS_TO_TELL = 3;
/** English within this fraction of the top language's score still counts as English. */
const ENGLISH_MARGIN = 0.85;
/** Below this many words, English must be far behind before a post is declined ("We utilize cookies" reads as Catalan). */
const SHORT_POST_WORDS = 5;
const SHORT_ENGLISH_MARGIN = 0.6;
const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

export function detectLanguage(doc: Document): LanguageVerdict {
  let words = 0;
  let english = 0;
  let latinLetters = 0;
  let otherLetters = 0;
  let shared = 0;
  let accented = false;
  for (const word of doc.words) {
    if (!isProse(word)) continue;
    let letters = 0;
    for (let i = 0; i < word.text.length; i++) {
      const code = word.text.charCodeAt(i);
      // ASCII letters are Latin; only the rest need the Unicode property tests.
      if (code < 0x80) {
        if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++;
      } else if (LATIN_LETTER.test(word.text[i]!)) {
        letters++;
        accented = true;
      }
      else if (LETTER.test(word.text[i]!)) {
        letters++;
        otherLetters++;
        latinLetters--;
      }
    }
    if (letters === 0) continue;
    latinLetters += letters;
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(word.key)) english++;
    else if (SHARED_FUNCTION_WORDS.has(word.key)) shared++;
  }
  const otherScript = otherLetters > latinLetters;
  if (!otherScript) {
    // Two English-only words, or one and enough shared ones to make a fifth of the post.
    // Unaccented text with an English-only word ("Barclays announces result of Rights Issue") is English too.
    if (english >= 2 || (english > 0 && (!accented || english + shared >= ENGLISH_SHARE * words))) return { language: 'en', english: true };
    if (words < MIN_WORDS_TO_TELL) return { language: 'und', english: true };
  }
  const result = eld.detect(proseText(doc));
  if (result.language === 'en') return { language: 'en', english: true };
  if (result.language === '' || !result.isReliable()) return { language: 'und', english: !otherScript };
  // Short posts share n-grams with many languages ("Doors open at nine" scores Tagalog and English
  // alike): decline only when English is clearly behind.
  const scores = result.getScores();
  const margin = !otherScript && words < SHORT_POST_WORDS ? SHORT_ENGLISH_MARGIN : ENGLISH_MARGIN;
  if ((scores.en ?? 0) >= margin * (scores[result.language] ?? 0)) return { language: 'en', english: true };
  return { language: result.language, english: false };
}

/** The prose words with letters, joined by spaces: what the detector reads. */
function proseText(doc: Document): string {
  let text = '';
  for (const word of doc.words) {
    if (!isProse(word) || !LETTER.test(word.text)) continue;
    text += text === '' ? word.text : ` ${word.text}`;
  }
  return text;
}
