import type { Finding, Rule } from './types';

/** Lower case only, starting with a letter: "so", "lol", "thanks" (not "iPhone", "eBay", "3pm"). */
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

export const casualCase: Rule = {
  id: 'casual-case',
  axis: 'voice',
  docs: 'A sentence begun in lower case (“ok so this happened”) is the relaxed style of a person typing, not of an edited release.',
  points: 8,
  label: { strength: 'relaxed, typed style' },
  check(ctx) {
    const { doc } = ctx;
    for (const [index, sentence] of doc.sentences.entries()) {
      const first = doc.words[sentence.contentWords[0] ?? -1];
      if (!first || !LOWER_CASE_WORD.test(first.text) || ctx.claimed(first)) continue;
      // The word must open the sentence (after a reply's @handles): "– from https://…" or
      // ".@name explores" begin with something else. The dot in ".@name" is there to say the
      // handle is no addressee but the sentence's subject ("talks" there is its verb, not a start).
      const reply = index === 0 && doc.leadingMentions > 0 && doc.text[doc.entities[0]!.start - 1] !== '.';
      const opensAt = reply ? doc.entities[doc.leadingMentions - 1]!.end : sentence.start;
      if (opensAt > first.start || doc.text.slice(opensAt, first.start).trim() !== '') continue;
      // One is enough: the style is the signal, not how many sentences show it.
      const finding: Finding = {
        kind: 'strength',
        range: { start: first.start, end: first.end },
        message: `“${first.text}” in lower case sounds relaxed, like a person typing`,
        why: 'Informal speech — including a casual, lower-case style — is a marker of a human voice.',
        strength: 1,
      };
      return [finding];
    }
    return [];
  },
};
