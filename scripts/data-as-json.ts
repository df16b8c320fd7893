// A Vite plugin for the language detector's n-gram table (about 1 MB of object literal). V8 parses
// JSON far faster than the same data written as JavaScript, so the table is emitted as one
// `JSON.parse('…')` call: the worker's cold start and the CLI's start-up parse it in about a third
// of the time (see the README's dependency notes for the measurement).

import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** Modules that export plain data only. */
const DATA_MODULE = /[\\/]node_modules[\\/]eld[\\/]src[\\/]ngrams[\\/][a-z]+\.js$/;

export function dataAsJson(): Plugin {
  return {
    name: 'rapport-data-as-json',
    apply: 'build',
    async transform(_code, id) {
      if (!DATA_MODULE.test(id)) return null;
      const exported = (await import(pathToFileURL(id).href)) as Record<string, unknown>;
      const lines = Object.entries(exported).map(([name, value]) => {
        const json = JSON.stringify(value);
        // Only data that survives the trip unchanged (no functions, undefined, Maps or NaN) is rewritten.
        if (!isDeepStrictEqual(JSON.parse(json), value)) throw new Error(`${id}: export ${name} is not plain JSON data`);
        const parsed = `/* @__PURE__ */ JSON.parse(${JSON.stringify(json)})`;
        return name === 'default' ? `export default ${parsed};` : `export const ${name} = ${parsed};`;
      });
      return { code: lines.join('\n'), map: null };
    },
  };
}
