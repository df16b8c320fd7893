// Whom a feeling is about: shared by the broadcast and acknowledgement rules, so pride aimed at the
// person answered counts as acknowledgement and not as broadcast.
import type { Word } from '../document';
import { SECOND_PERSON } from '../lexicons/words';

/** "…proud of you", "…proud of @ann", "…proud of Sam and the team": the feeling is about another person. */
export function aimedAtSomeone(words: Word[], last: number): boolean {
  const ofIndex = words[last]!.key === 'of' ? last : last + 1;
  const of = words[ofIndex];
  const who = words[ofIndex + 1];
  if (!of || !who || of.key !== 'of' || !words[ofIndex - 1]!.joinsNext || !of.joinsNext) return false;
  return SECOND_PERSON.has(who.key) || who.entity === 'mention' || (who.capitalised && !who.allCaps && who.sentence === of.sentence);
}
