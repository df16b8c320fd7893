#!/usr/bin/env node
// The `bin` of package.json. npx links a package's bin only if the file exists the first time
// `npx rapport` runs, and keeps that (missing) link in its cache; this file always exists, so
// npx works whether or not the build ran first. The command itself is dist-cli/rapport.mjs.

const built = new URL('../../dist-cli/rapport.mjs', import.meta.url);
try {
  await import(built.href);
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist-cli/rapport.mjs')) {
    process.stderr.write('rapport: the command is not built yet; run `npm run build` (or `npx vite build --config vite.cli.config.ts`) first\n');
    process.exit(2);
  }
  throw error;
}
