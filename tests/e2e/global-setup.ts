// Runs once before the e2e project: bundles the fixture pages (about a second) and, only when
// there is no production build yet, builds the extension (`npm test` normally builds first).

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildFixtures } from '../fixtures/build';
import { defaultDist, projectRoot } from './harness';

export default async function setup(): Promise<void> {
  await buildFixtures();
  if (!existsSync(path.resolve(projectRoot, defaultDist, 'manifest.json'))) {
    execFileSync(process.execPath, [path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: projectRoot, stdio: 'inherit' });
  }
}
