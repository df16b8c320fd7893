// Plain-language substitutions ("utilize" → "use").
// Source: retext-simplify's pattern list (github.com/retextjs/retext-simplify, MIT licence), which
// comes from the US government's plain-language guidelines (plainlanguage.gov, public domain).
// The package only exports its unified plugin, so the data file is imported by path.
//
// Two filters keep it honest for social posts:
// - EVERYDAY_OR_AMBIGUOUS: words people use naturally or whose sense depends on context
//   ("address" the place vs the verb, "accurate", "very"); they are not flagged at all.
// - NO_SAFE_REPLACEMENT: still flagged, but the suggested word would change the meaning or break
//   the grammar at the match ("in lieu of X" → "instead X"), so no one-click fix is offered.
// A replacement is offered only when the list gives exactly one and it is not an "omit" entry.

import { patterns } from '../../../node_modules/retext-simplify/lib/patterns.js';
import type { Lexicon, LexiconEntry } from './types';

const EVERYDAY_OR_AMBIGUOUS = new Set([
  'accurate', 'additional', 'address', 'addressees', 'aforementioned', 'aircraft', 'all of', 'and/or', 'apparent',
  'appropriate', 'assist', 'assistance', 'be advised', 'benefit', 'benefit from', 'combat environment', 'combined',
  'concerning', 'contains', 'currently', 'delete', 'depart', 'desire', 'designate', 'determine', 'e.g.', 'effect',
  'elect', 'employ', 'encounter', 'equivalent', 'establish', 'evaluate', 'evident', 'expiration', 'females',
  'forward', 'function', 'honest truth', 'however', 'i.e.', 'identify', 'immediately', 'impacted', 'in between',
  'indicate', 'initial', 'interface', 'it is', 'literally', 'maintain', 'maximum', 'minimum', 'monitor',
  'multiple', 'objective', 'observe', 'operate', 'option', 'overall', 'pass away', 'perform', 'permit',
  'possess', 'previous', 'previously', 'provide', 'purchase', 'reflect', 'regarding', 'remain', 'render',
  'represents', 'request', 'require', 'requirement', 'residence', 'satisfy', 'selection', 'shall', 'similar to',
  'submit', 'subsequent', 'substantial', 'there are', 'there is', 'therefore', 'timely', 'took advantage of',
  'type', 'very', 'vice', 'warrant', 'whereas', 'witnessed', 'your office', 'limited number', 'liaison',
  'expertise', 'component', 'disclose', 'magnitude', 'exclusively', 'frequently', 'economical', 'appreciable',
  'allocate', 'parameters', 'evidenced', 'exhibit', 'attain', 'in addition', 'maintain', 'the use of', 'the month of',
  'overall', 'proceed', 'notify', 'in terms of', 'on the other hand', 'it is essential', 'time period', 'failed to',
]);

const NO_SAFE_REPLACEMENT = new Set([
  'approximate', 'attributable to', 'close proximity', 'endeavor', 'for the purpose of', 'identical',
  'in lieu of', 'in the event of', 'incumbent upon', 'it appears', 'the undersigned', 'this day and age',
  'attempt', 'formulate', 'enumerate', 'state-of-the-art', 'in view of the above', 'as prescribed by',
  'arrive onboard', 'interpose no objection', 'refer back',
  // "so" fits only where the word opens a clause: "will be shown accordingly" → "will be shown so".
  'accordingly', 'consequently',
  // A capability is a capacity an organisation or system has, not a person's skill: "financial capability", "camera capability".
  'capability',
]);

function toEntry(phrase: string, replace: readonly string[], omit: boolean): LexiconEntry {
  const only = replace.length === 1 && !omit && !NO_SAFE_REPLACEMENT.has(phrase) ? replace[0] : undefined;
  return only ? { phrase, replacement: only.replace(/’/g, "'") } : { phrase };
}

export const plainWords: Lexicon = {
  id: 'plain-words',
  source: 'retext-simplify patterns (plainlanguage.gov substitutions)',
  licence: 'MIT (list); guidelines public domain',
  entries: Object.entries(patterns)
    .filter(([phrase]) => !EVERYDAY_OR_AMBIGUOUS.has(phrase))
    .map(([phrase, pattern]) => toEntry(phrase, pattern.replace, pattern.omit === true)),
};
