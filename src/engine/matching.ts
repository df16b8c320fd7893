// The normal form phrases are matched in, on both sides (the phrase and the post):
//
//   1. NFKC (the language's own String#normalize): fullwidth "ｕｓｅ", ligatures "ﬁ", mathematical
//      bold "𝐮𝐬𝐞" become plain letters;
//   2. invisible characters go (Unicode's Default_Ignorable_Code_Point: soft hyphen, zero-width
//      space and joiners, word joiner, BOM, bidi marks, variation selectors);
//   3. full case folding (upper then lower case: "ß" and "SS" are "ss");
//   4. confusable letters become the letter they imitate, from Unicode's UTS #39 confusables table
//      (confusables.txt, as published in the unhomoglyph package): Cyrillic "і" and "а", Greek "ο"…
//
// Step 4 maps only characters outside ASCII. The UTS #39 "skeleton" also equates ASCII characters
// that look alike ("1" and "l", "0" and "O", "m" and "rn"), which would make "10" match "lo";
// plain ASCII stays what it is, so a manager's ASCII phrase means exactly what it says, and ASCII
// text, the most common kind, needs no work at all.

import confusables from 'unhomoglyph/data.json';

export const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const NOT_ASCII = /[^\u0000-\u007f]/;
const WHITE_SPACE = /\s+/gu;

let prototypes: Map<string, string> | undefined;

/** Each non-ASCII confusable character's prototype, in the matching form of ASCII (lower case). */
function prototypeTable(): Map<string, string> {
  if (!prototypes) {
    prototypes = new Map();
    for (const [source, target] of Object.entries(confusables as Record<string, string>)) {
      if (!NOT_ASCII.test(source)) continue;
      const lower = target.toLowerCase();
      // The table spells "m" as "rn" (they look alike); here ASCII "m" stays "m", so its lookalikes must too.
      prototypes.set(source, lower === 'rn' ? 'm' : lower === "''" ? '"' : lower);
    }
  }
  return prototypes;
}

function withPrototypes(text: string): string {
  const table = prototypeTable();
  let out = '';
  for (const char of text) out += char.charCodeAt(0) < 0x80 ? char : (table.get(char) ?? char);
  return out;
}

/** A word's key (already lower case) in matching form; ASCII keys come back unchanged. */
export function matchingKey(key: string): string {
  if (!NOT_ASCII.test(key)) return key;
  const folded = key.normalize('NFKC').replace(INVISIBLE, '').toUpperCase().toLowerCase();
  return withPrototypes(folded).normalize('NFKC');
}

/** Punctuation and spacing between or around words in matching form: white space runs become one space. */
export function matchingPunctuation(text: string): string {
  const plain = NOT_ASCII.test(text) ? withPrototypes(text.normalize('NFKC').replace(INVISIBLE, '')) : text;
  return plain.replace(WHITE_SPACE, ' ');
}
