// npm run lexicons:verbs: writes src/engine/lexicons/verb-forms.json, the words whose most frequent
// part of speech is a verb (Penn tags VB, VBD, VBG, VBN, VBP, VBZ) in wink-lexicon (MIT), a curated
// lexicon of common English words with their parts of speech, most frequent first. The headline
// analysis asks whether a capitalised word is a verb ("Ferry Returns To…") or most likely a noun of
// a name or title ("Stores", "Awards"). tests/unit/engine/verb-forms.test.ts checks that the
// committed file is what this script writes.

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from './data';

export const VERB_FORMS_PATH = path.join(projectRoot, 'src/engine/lexicons/verb-forms.json');

export function verbForms(): { source: string; licence: string; words: string[] } {
  const lexicon = createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Record<string, string[]>;
  const words = Object.keys(lexicon)
    .filter((word) => /^[a-z]{3,}$/.test(word) && lexicon[word]![0]!.startsWith('VB'))
    .sort();
  return { source: 'wink-lexicon 2.2.0: words whose most frequent part of speech is a verb', licence: 'MIT', words };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const data = verbForms();
  writeFileSync(VERB_FORMS_PATH, `${JSON.stringify(data)}\n`);
  console.log(`${data.words.length} verb forms written to ${path.relative(projectRoot, VERB_FORMS_PATH)}`);
}
