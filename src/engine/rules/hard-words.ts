import type { Word } from '../document';
import { mayBeHardWord } from './word-difficulty';
import { cutOff, type Finding, type Rule } from './types';

/**
 * Readability is a matter of density (Dale & Chall: the share of unfamiliar words): one rare word
 * in a post is usually the word for its topic, a name or the term the reader must find
 * ("superannuation", "deregister"), and has no plainer twin. Two or more make it hard to read.
 */
const MIN_HARD_WORDS = 2;
const STRETCHED = /(\p{L})\1\1/u;

export const hardWords: Rule = {
  id: 'hard-words',
  axis: 'voice',
  docs: 'Several long words that are rare in everyday speech (not among the 30,000 commonest spoken words of SUBTLEX-US) lower readability; one alone is usually the topic’s own word, and “community” or “definitely” are fine.',
  points: 8,
  label: { issue: 'hard to read' },
  check(ctx) {
    const { text } = ctx.doc;
    const hard: Word[] = [];
    ctx.doc.words.forEach((word, index) => {
      // Phrase-list words are already judged by their own rule; a word cut off by "…" is not a word,
      // and "sooooo" is informal speech stretched for effect, not a rare word.
      if (!mayBeHardWord(word) || ctx.inPhrase(index) || cutOff(text, word) || STRETCHED.test(word.text)) return;
      hard.push(word);
    });
    if (new Set(hard.map((word) => word.key)).size < MIN_HARD_WORDS) return [];
    const shown = [...new Set(hard.map((word) => `“${word.text}”`))];
    const message = `${shown.slice(0, 3).join(', ')}${shown.length > 3 ? '…' : ''} are rare in everyday speech; are there plainer words?`;
    return hard.map<Finding>((word) => ({
      kind: 'issue',
      range: { start: word.start, end: word.end },
      idea: 'rare words',
      message,
      why: 'Plain, common words raise readability and sound like someone talking.',
      strength: 0.25,
    }));
  },
};
