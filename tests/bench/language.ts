// npm run bench:language: compares language detectors on short social posts. English: every dev
// post in ../shared/data (when present) and short replies written for this comparison; other
// languages: the writers' set's non-English drafts and short posts written here. A detector is
// judged by how often it declines English (must be never for five words or more), how often it
// catches other languages, its cost per post, and its size in the worker.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { eld } from 'eld/extrasmall';
import { franc } from 'franc-min';
import { detect as tinyldLight } from 'tinyld/light';
import { detectLanguage } from '../../src/engine/language';
import { parseDocument } from '../../src/engine/document';
import { hasLabelledData, loadLabelledData, projectRoot } from './data';
import { loadWritersSet } from './writers';

/** Short English replies, the hardest case for character n-gram detectors. */
const SHORT_ENGLISH = [
  'Thanks so much, see you Friday!', 'Yes, it works in store too.', 'Sorry about that, Dana.', 'Great shot, thanks for sharing!',
  'On its way now.', 'Love this, thank you!', 'No worries at all.', 'Happy to help! ^JS', 'Fixed now, sorry!', 'Good morning all!',
  'Cant wait, see u tmrw', 'lol same', 'Nice one, Ravi!', 'Doors open at nine.', 'Which one do you prefer?', 'Ok, done!',
  'We hear you, Sam.', 'Bang on, mate.', 'Absolutely, go for it.', 'Tickets are sold out, sorry.',
];
/** Short non-English posts. */
const SHORT_OTHER: Array<[string, string]> = [
  ['es', '¡Gracias por todo!'], ['fr', 'Merci beaucoup, à demain !'], ['de', 'Danke, bis morgen!'], ['it', 'Grazie, a presto!'],
  ['pt', 'Obrigado pela ajuda!'], ['nl', 'Dank je wel, tot morgen!'], ['es', 'Ya está solucionado, perdona las molestias.'],
  ['fr', 'Nous sommes désolés pour le retard.'], ['de', 'Wir melden uns morgen bei dir.'], ['pl', 'Dziękuję bardzo!'],
];

const writers = loadWritersSet();
/** Known English: the short replies above and every scored post of the writers' set. */
const english: string[] = [...SHORT_ENGLISH, ...writers.flatMap((row) => (row.kind === 'declined' ? [] : [row.text]))];
const other: Array<[string, string]> = [
  ...SHORT_OTHER,
  ...writers.flatMap((row) => (row.kind === 'declined' && row.expect === 'not-english' ? [[row.language ?? '?', row.text] as [string, string]] : [])),
];
/** The dev data is mostly English but holds real Japanese, Spanish and German care replies: counted, and listed with --list. */
const dev: string[] = hasLabelledData() ? (({ corporate, care, people }) => [...corporate, ...care, ...people].map((row) => row.text))(loadLabelledData()) : [];

/** What each detector's answer means for Rapport: the ISO 639-1 code it names, or 'und'. */
const ISO3_TO_1: Record<string, string> = { eng: 'en', spa: 'es', fra: 'fr', deu: 'de', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', swe: 'sv', tur: 'tr', rus: 'ru', arb: 'ar', jpn: 'ja', cmn: 'zh' };
const detectors: Record<string, { detect: (text: string) => string; files: string[] }> = {
  'rapport (eld + English guard)': { detect: (text) => detectLanguage(parseDocument(text)).language, files: ['node_modules/eld/src/ngrams/extrasmall.js', 'node_modules/eld/src/languageDetector.js'] },
  'eld extrasmall (raw)': { detect: (text) => eld.detect(text).language || 'und', files: ['node_modules/eld/src/ngrams/extrasmall.js', 'node_modules/eld/src/languageDetector.js'] },
  'tinyld light': { detect: (text) => tinyldLight(text) || 'und', files: ['node_modules/tinyld/dist/tinyld.light.browser.js'] },
  'franc-min': { detect: (text) => { const code = franc(text, { minLength: 3 }); return code === 'und' ? 'und' : (ISO3_TO_1[code] ?? code); }, files: ['node_modules/franc-min/data.js', 'node_modules/franc-min/index.js'] },
};

/** Leading @handles, links and hashtags are not language; every detector gets the same text. */
const prose = (text: string) => text.replace(/[@#]\w+|https?:\/\/\S+/g, ' ').trim();
const words = (text: string) => prose(text).split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

console.log(`${english.length} known-English posts (${SHORT_ENGLISH.length} short replies + the writers' set), ${other.length} in other languages, ${dev.length} dev posts\n`);
console.log('detector                        English declined (≥5 words)   short English declined   other caught   dev declined   µs/post   gzip');
for (const [name, { detect, files }] of Object.entries(detectors)) {
  const isEnglish = (code: string) => code === 'en' || code === 'und';
  const longEnglish = english.filter((text) => words(text) >= 5);
  const declinedLong = longEnglish.filter((text) => !isEnglish(detect(name.startsWith('rapport') ? text : prose(text)))).length;
  const declinedShort = SHORT_ENGLISH.filter((text) => !isEnglish(detect(name.startsWith('rapport') ? text : prose(text)))).length;
  const caught = other.filter(([, text]) => !isEnglish(detect(name.startsWith('rapport') ? text : prose(text)))).length;
  const devDeclined = dev.filter((text) => !isEnglish(detect(name.startsWith('rapport') ? text : prose(text))));
  if (process.argv.includes('--list')) for (const text of devDeclined) console.log(`    ${detect(name.startsWith('rapport') ? text : prose(text))}  ${text.replace(/\s+/g, ' ').slice(0, 100)}`);
  const timed = [...english, ...dev];
  const start = performance.now();
  for (const text of timed) detect(name.startsWith('rapport') ? text : prose(text));
  const micro = ((performance.now() - start) * 1000) / timed.length;
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(projectRoot, file))).length, 0);
  console.log(
    `${name.padEnd(32)}${`${declinedLong}/${longEnglish.length}`.padEnd(30)}${`${declinedShort}/${SHORT_ENGLISH.length}`.padEnd(25)}${`${caught}/${other.length}`.padEnd(15)}${`${devDeclined.length}/${dev.length}`.padEnd(15)}${micro.toFixed(1).padStart(7)}   ${(gzip / 1024).toFixed(0)} KB`,
  );
}
