// npm run size (after npm run build): bytes of the service worker with every chunk it imports, and
// of each network's content script, raw and gzip. The engine lives in the worker; the content script must not grow.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from './data';

const dist = path.join(projectRoot, 'dist');
if (!existsSync(path.join(dist, 'service-worker-loader.js'))) {
  console.error('No build in dist/: run npm run build first.');
  process.exit(1);
}

/** The file and every chunk it imports statically, each once. */
function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) closure(path.resolve(path.dirname(entry), match[1]!), seen);
  return seen;
}

function size(files: Iterable<string>): string {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return `${(raw / 1024).toFixed(1)} KB, ${gzip} bytes gzip`;
}

const worker = closure(path.join(dist, 'service-worker-loader.js'));
console.log(`service worker (${worker.size} files): ${size(worker)}`);
// Each network has its own content script (its manifest entry); a page loads only its network's.
const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js: string[] }> };
for (const entry of manifest.content_scripts ?? []) {
  const files = new Set<string>();
  for (const file of entry.js) closure(path.join(dist, file), files);
  console.log(`content script ${entry.js.join(' + ')}: ${size(files)} (budget 20,480 bytes gzip, checked by tests/e2e/package.test.ts)`);
}
