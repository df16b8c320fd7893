// Builds the `rapport` command into one self-contained Node file, dist-cli/rapport.mjs.
// Dependencies are bundled (ssr.noExternal) so the file runs without node_modules beside it.

import { chmod } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { dataAsJson } from './scripts/data-as-json';

const OUT_DIR = 'dist-cli';
const OUT_FILE = 'rapport.mjs';

// twitter-text depends on the punycode *package*; left alone, the bundler reads the name as Node's
// deprecated built-in module (a warning on newer Node). The trailing slash resolves the package.
const fromTwitterText = createRequire(createRequire(import.meta.url).resolve('twitter-text'));
const PUNYCODE_PACKAGE = fromTwitterText.resolve('punycode/');

/** npx and shells run the file directly, so it must be executable, not only readable. */
function makeExecutable(): Plugin {
  return {
    name: 'rapport-cli-executable',
    apply: 'build',
    async writeBundle(options) {
      await chmod(resolve(options.dir ?? OUT_DIR, OUT_FILE), 0o755);
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [dataAsJson(), makeExecutable()],
  resolve: { alias: { punycode: PUNYCODE_PACKAGE } },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: OUT_FILE,
        banner: '#!/usr/bin/env node',
      },
    },
  },
});
