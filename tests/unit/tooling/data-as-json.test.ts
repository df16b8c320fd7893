// The build's rewrite of the language detector's n-gram table (scripts/data-as-json.ts): the same
// data, the small fields at once, the table parsed on its first lookup and only then.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { dataModuleAsJson } from '../../../scripts/data-as-json';

const tableModule = path.resolve(import.meta.dirname, '../../../node_modules/eld/src/ngrams/extrasmall.js');
const directory = mkdtempSync(path.join(tmpdir(), 'rapport-data-as-json-'));

afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

interface NgramsData {
  type: string;
  languages: Record<string, string>;
  isSubset: boolean;
  ngrams: Record<string, Record<string, number>>;
}

describe('the n-gram table as JSON', () => {
  it('holds the same data, and parses the table on its first lookup only', async () => {
    const original = ((await import(pathToFileURL(tableModule).href)) as { ngramsData: NgramsData }).ngramsData;
    const rewritten = path.join(directory, 'extrasmall.mjs');
    writeFileSync(rewritten, await dataModuleAsJson(tableModule));

    // Large parses (the table is about 1 MB of JSON) are counted from the import on.
    const parse = JSON.parse;
    let tableParses = 0;
    vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      if (text.length > 100_000) tableParses++;
      return parse(text, reviver) as unknown;
    });
    const { ngramsData } = (await import(pathToFileURL(rewritten).href)) as { ngramsData: NgramsData };
    expect(tableParses).toBe(0);
    expect({ type: ngramsData.type, languages: ngramsData.languages, isSubset: ngramsData.isSubset }).toEqual({
      type: original.type,
      languages: original.languages,
      isSubset: original.isSubset,
    });

    const keys = Object.keys(original.ngrams);
    expect(keys.length).toBeGreaterThan(10_000);
    expect(ngramsData.ngrams[keys[0]!]).toEqual(original.ngrams[keys[0]!]);
    expect(tableParses).toBe(1);
    for (const key of keys) expect(ngramsData.ngrams[key], key).toEqual(original.ngrams[key]);
    expect(ngramsData.ngrams['no such n-gram']).toBeUndefined();
    expect('no such n-gram' in ngramsData.ngrams).toBe(false);
    expect(Object.keys(ngramsData.ngrams)).toEqual(keys);
    expect(tableParses).toBe(1);
  });
});
