// fast-check generators for preset files that must be rejected, shared by the schema fuzz test
// and the storage import test. Every generated text is malformed by construction, for a known reason.

import fc from 'fast-check';
import { ruleIds } from '../../../src/engine/rules';
import { PRESET_SCHEMA_VERSION } from '../../../src/presets/schema';

const someRule = ruleIds[0] ?? 'missing-rule';

/** A valid starting file: a random mix of optional fields, each with a legal value. */
const validFile = fc.record(
  {
    name: fc.constantFrom('Acme', 'Care team', 'Équipe soutien', '客服'),
    description: fc.string({ maxLength: 40 }),
    emoji: fc.constantFrom('welcome', 'neutral', 'discouraged'),
    thresholds: fc.record({ voice: fc.record({ ok: fc.integer({ min: 60, max: 100 }), warn: fc.integer({ min: 0, max: 59 }) }) }),
    bannedPhrases: fc.array(fc.record({ phrase: fc.constantFrom('utilize', 'per our policy', 'ticket'), preferred: fc.constantFrom('use', 'because') }), { maxLength: 3 }),
    limits: fc.record({ x: fc.record({ post: fc.record({ hashtags: fc.integer({ min: 0, max: 5 }) }) }) }),
  },
  { requiredKeys: [] },
).map((fields) => ({ version: PRESET_SCHEMA_VERSION, ...fields }) as Record<string, unknown>);

/** [path, bad value]; `undefined` deletes the field. */
const BAD_VALUES: Array<[string[], unknown[]]> = [
  [['version'], [undefined, '1', 0, PRESET_SCHEMA_VERSION + 1, 99, 1.5, null]],
  [['thresholds', 'voice', 'ok'], ['high', -1, 101, 1.5, null, [], {}]],
  [['thresholds', 'reciprocity'], [7, 'x', []]],
  [['rules', someRule, 'weight'], [-0.1, 6, 'x', null]],
  [['rules', someRule], [false, 'off', []]],
  [['rules', 'no-such-rule'], [{ enabled: false }]],
  [['rules'], ['all', [someRule]]],
  [['bannedPhrases'], ['utilize', {}, [{ phrase: '' }], [{ phrase: '***' }], [{ phrase: 'x'.repeat(101) }], [{}], [{ phrase: 'ok', preferred: '' }], [7]]],
  [['signOff', 'styles'], [['signature'], 'initials']],
  [['signOff', 'accepted'], [[''], [42], ['^'.repeat(3)]]],
  [['signOff', 'required'], ['yes']],
  [['limits', 'x', 'post', 'hashtags'], [-1, 101, 'two']],
  [['limits', 'facebook', 'comment', 'length'], [0, 1e9]],
  [['limits', 'facebook', 'post'], [280, 'short', [1]]],
  [['limits', 'x'], [true, []]],
  [['emoji'], ['yes', true, null]],
  [['phrases', 'voice', 'raise'], [['  '], [1], Array.from({ length: 501 }, (_, index) => `phrase ${index}`)]],
  [['phrases', 'reciprocity'], [['a']]],
  [['id'], ['Has Spaces', '', '-x', 'x'.repeat(65)]],
  [['name'], ['', 5, 'x'.repeat(61)]],
  [['extends'], ['unknown-base', 3]],
];

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

const mutation = fc.constantFrom(...BAD_VALUES).chain(([path, values]) => fc.constantFrom(...values).map((value) => ({ path, value })));

/** A valid file with one to three fields set to something illegal. */
export const fileWithBadFields = fc.tuple(validFile, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([file, mutations]) => {
  const broken = structuredClone(file);
  for (const { path, value } of mutations) setPath(broken, path, value);
  return { text: JSON.stringify(broken, null, 2), firstFields: mutations.map(({ path }) => path[0] as string) };
});

/** Any strict prefix of a JSON object's text is not JSON. */
export const truncatedFile = validFile.chain((file) => {
  const text = JSON.stringify(file);
  return fc.integer({ min: 0, max: text.length - 1 }).map((cut) => text.slice(0, cut));
});

/** JSON that is not an object. */
export const nonObjectFile = fc
  .oneof(fc.integer(), fc.string(), fc.constant(null), fc.boolean(), fc.array(fc.integer(), { maxLength: 3 }))
  .map((value) => JSON.stringify(value));

/** Bytes that are not text: random bytes with at least one NUL, decoded as a browser would. */
export const binaryFile = fc
  .tuple(fc.uint8Array({ maxLength: 200 }), fc.nat(200))
  .map(([bytes, at]) => {
    const withNul = new Uint8Array([...bytes.slice(0, at), 0, ...bytes.slice(at)]);
    return new TextDecoder('utf-8').decode(withNul);
  });

export const malformedPresetText = fc.oneof(
  { weight: 6, arbitrary: fileWithBadFields.map((generated) => generated.text) },
  { weight: 2, arbitrary: truncatedFile },
  { weight: 1, arbitrary: nonObjectFile },
  { weight: 1, arbitrary: binaryFile },
);
