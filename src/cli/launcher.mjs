#!/usr/bin/env node
// The bin of the src/cli workspace, which npm links into node_modules/.bin so `npx rapport` starts
// without reading the dependency tree. It exists before any build, so the link always works; the
// command itself is dist-cli/rapport.mjs (one bundled file).

const built = new URL('../../dist-cli/rapport.mjs', import.meta.url);
try {
  await import(built.href);
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist-cli/rapport.mjs')) {
    process.stderr.write('rapport: the command is not built yet; run `npm run build` (or just `npm run build:cli`) first\n');
    process.exit(2);
  }
  throw error;
}
