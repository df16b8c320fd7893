// The shape of a passive: a form of "be" (or "get"), optional adverbs ("not", "already",
// "currently"), then a participle ("was made", "is currently installed"). Shared by the
// passive-voice rule, which decides which of them hide an actor, and the headline analysis, which
// treats every such span as words another rule may flag.

import { isProse, type Document, type Sentence, type Word } from '../document';
import { BE_FORMS, IRREGULAR_PARTICIPLES } from '../lexicons/words';

/** Words that may stand between the auxiliary and the participle ("was not made", "has been sent"). */
export const BETWEEN = new Set(['not', 'been', 'being', 'also', 'just', 'now', 'already', 'still', 'always', 'never', 'all', "n't"]);

export interface PassiveShape {
  /** Index of the form of "be". */
  auxiliary: number;
  /** Index of the participle. */
  participle: number;
}

/** Every be-form + participle in the sentence, whether or not it hides an actor. */
export function passiveShapes(doc: Document, sentence: Sentence): PassiveShape[] {
  const { words } = doc;
  const shapes: PassiveShape[] = [];
  // The last run of in-between words skipped, [from, to]: a start inside it ends where it ended
  // (whether a word is skipped depends only on it and the one before), so "been been been…" stays linear.
  let skippedFrom = -1;
  let skippedTo = -1;
  for (let i = sentence.firstWord; i < sentence.endWord; i++) {
    if (!BE_FORMS.has(words[i]!.key) || !isProse(words[i]!)) continue;
    let j = i;
    if (i >= skippedFrom && i <= skippedTo) j = skippedTo;
    else {
      while (words[j]!.joinsNext && j + 1 < sentence.endWord && (BETWEEN.has(words[j + 1]!.key) || words[j + 1]!.key.endsWith('ly'))) j++;
      skippedFrom = i;
      skippedTo = j;
    }
    if (!words[j]!.joinsNext || j + 1 >= sentence.endWord) continue;
    if (!participleShaped(words[j + 1]!)) continue;
    shapes.push({ auxiliary: i, participle: j + 1 });
    i = j + 1;
  }
  return shapes;
}

/** The word indices inside any passive shape of the sentence. */
export function passiveSpans(doc: Document, sentence: Sentence): ReadonlySet<number> {
  const inside = new Set<number>();
  for (const shape of passiveShapes(doc, sentence)) for (let k = shape.auxiliary; k <= shape.participle; k++) inside.add(k);
  return inside;
}

/** A regular (-ed) or irregular past participle, by form alone. */
export function participleShaped(word: Word): boolean {
  return IRREGULAR_PARTICIPLES.has(word.key) || (word.key.length > 4 && word.key.endsWith('ed'));
}
