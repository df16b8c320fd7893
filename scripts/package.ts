// npm run package: the files to upload to the stores, from the production builds (the npm script
// builds dist/ and dist-firefox/ first):
//   packages/rapport-chrome-<version>.zip   for the Chrome Web Store (and Edge Add-ons)
//   packages/rapport-firefox-<version>.zip  for addons.mozilla.org
// The Chrome Web Store refuses a manifest with "key" (it assigns the id at first upload), so the
// store copy leaves it out; the unpacked dist/ keeps it for a stable id in development and tests.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** RAPPORT_PACKAGES_DIR puts the zips elsewhere (the package test uses a temporary folder). */
const out = path.resolve(root, process.env.RAPPORT_PACKAGES_DIR ?? 'packages');
const staging = path.join(out, '.staging');

interface Target {
  browser: 'chrome' | 'firefox';
  dist: string;
  /** Changes to the built files that only the store copy needs. */
  prepare(directory: string): void;
}

const targets: Target[] = [
  {
    browser: 'chrome',
    dist: 'dist',
    prepare(directory) {
      const file = path.join(directory, 'manifest.json');
      const { key: _key, ...manifest } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  },
  {
    browser: 'firefox',
    dist: 'dist-firefox',
    // Firefox reads policy without a schema file (its manifest does not name one).
    prepare: (directory) => rmSync(path.join(directory, 'managed-schema.json'), { force: true }),
  },
];

rmSync(staging, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const target of targets) {
  const directory = path.join(staging, target.browser);
  cpSync(path.join(root, target.dist), directory, { recursive: true });
  target.prepare(directory);
  const { version } = JSON.parse(readFileSync(path.join(directory, 'manifest.json'), 'utf8')) as { version: string };
  const fileName = `rapport-${target.browser}-${version}.zip`;
  const built = spawnSync('npx', ['web-ext', 'build', '--source-dir', directory, '--artifacts-dir', out, '--filename', fileName, '--overwrite-dest'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error(`web-ext build failed for ${target.browser}`);
  console.log(`packages/${fileName}`);
}
rmSync(staging, { recursive: true, force: true });
