import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../bench/data';
import { VERB_FORMS_PATH, verbForms } from '../../bench/verb-forms';

const installed = existsSync(path.join(projectRoot, 'node_modules/wink-lexicon/src/lexicon.js'));

describe('the verb-forms list', () => {
  it.skipIf(!installed)('is what npm run lexicons:verbs writes from the wink-lexicon package', () => {
    expect(JSON.parse(readFileSync(VERB_FORMS_PATH, 'utf8'))).toEqual(verbForms());
  });
});
