// A Vite plugin for the language detector's n-gram table (about 1 MB of object literal). V8 parses
// JSON far faster than the same data written as JavaScript, so the table is emitted as a
// `JSON.parse('…')` call: the worker's cold start and the CLI's start-up parse it in about a third
// of the time (see the README's dependency notes for the measurement).
//
// The table itself (`ngramsData.ngrams`) is parsed only on its first lookup. The detector runs only
// for drafts without clear English function words (src/engine/language.ts), so most wake-ups of
// the worker and most runs of the CLI never parse it: about 50–90 ms saved each time. eld reads the
// table in one place, `languageData.ngrams[bytes]`, so a proxy that parses on first read behaves as
// the object would (tests/unit/tooling/data-as-json.test.ts compares every lookup).

import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** Modules that export plain data only. */
const DATA_MODULE = /[\\/]node_modules[\\/]eld[\\/]src[\\/]ngrams[\\/][a-z]+\.js$/;
/** Fields of an exported object that only keyed lookups read, parsed on the first one. */
const PARSED_ON_FIRST_LOOKUP: Readonly<Record<string, string>> = { ngramsData: 'ngrams' };

export function dataAsJson(): Plugin {
  return {
    name: 'rapport-data-as-json',
    apply: 'build',
    async transform(_code, id) {
      if (!DATA_MODULE.test(id)) return null;
      return { code: await dataModuleAsJson(id), map: null };
    },
  };
}

/** The module at `path` (plain data exports only) rewritten as JSON.parse calls. */
export async function dataModuleAsJson(path: string): Promise<string> {
  const exported = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const lines = Object.entries(exported).map(([name, value], index) => {
    const binding = name === 'default' ? `data${index}` : name;
    const lazyField = PARSED_ON_FIRST_LOOKUP[name];
    const declaration =
      lazyField !== undefined && isRecord(value) && lazyField in value
        ? `const ${binding} = ${withLazyField(`${path}: export ${name}`, value, lazyField, index)};`
        : `const ${binding} = ${jsonParse(`${path}: export ${name}`, value)};`;
    return `${declaration}\n${name === 'default' ? `export default ${binding};` : `export { ${binding} };`}`;
  });
  return lines.join('\n');
}

function withLazyField(label: string, value: Record<string, unknown>, field: string, index: number): string {
  const rest = { ...value };
  delete rest[field];
  const table = `table${index}`;
  // The proxy answers every read from the parsed table; its target stays empty, so no invariant binds it.
  return `(() => {
  let parsed;
  const ${table} = () => (parsed ??= ${jsonParse(`${label}.${field}`, value[field])});
  return Object.assign(${jsonParse(label, rest)}, {
    ${JSON.stringify(field)}: new Proxy({}, {
      get: (_target, key) => ${table}()[key],
      has: (_target, key) => key in ${table}(),
      ownKeys: () => Reflect.ownKeys(${table}()),
      getOwnPropertyDescriptor: (_target, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(${table}(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    }),
  });
})()`;
}

/** Only data that survives the trip unchanged (no functions, undefined, Maps or NaN) is rewritten. */
function jsonParse(label: string, value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) throw new Error(`${label} is not plain JSON data`);
  return `/* @__PURE__ */ JSON.parse(${JSON.stringify(json)})`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
