// A lexicon is a list of phrases as data, with where it came from. Phrases are matched as whole
// word sequences (see ../phrases.ts), case-insensitively; nothing here is a regular expression.

export interface LexiconEntry {
  phrase: string;
  /** Plain wording with the same meaning that fits at the match, when one exists. */
  replacement?: string;
}

export interface Lexicon {
  id: string;
  /** Where the list comes from. */
  source: string;
  licence: string;
  entries: LexiconEntry[];
}

/** Every combination of the given parts, joined by spaces: ['we are', 'we're'] × ['excited', 'proud'] …. */
export function combine(...parts: string[][]): string[] {
  return parts.reduce<string[]>(
    (phrases, options) => phrases.flatMap((head) => options.map((tail) => (head ? `${head} ${tail}` : tail))),
    [''],
  );
}

export function entries(phrases: string[]): LexiconEntry[] {
  return phrases.map((phrase) => ({ phrase }));
}
