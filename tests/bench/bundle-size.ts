// npm run size (after npm run build): bytes of the service worker with every chunk it imports, and
// of each network's content script (src/content/entries/<id>.js; a page loads one), raw and gzip
// against the 20 KB budget. The engine lives in the worker; the content scripts must not grow.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  return `${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`;
}

const worker = closure(path.join(dist, 'service-worker-loader.js'));
console.log(`service worker (${worker.size} files): ${size(worker)}`);
/** DEVELOPERS.md's 20 KB, counted as 20 × 1024 bytes of gzip -9 (tests/e2e/package.test.ts enforces it). */
const BUDGET_BYTES = 20 * 1024;
const entries = path.join(dist, 'src/content/entries');
let over = 0;
for (const file of readdirSync(entries).filter((name) => name.endsWith('.js')).sort()) {
  const bytes = readFileSync(path.join(entries, file));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  if (gzip > BUDGET_BYTES) over += 1;
  const verdict = gzip > BUDGET_BYTES ? `OVER by ${gzip - BUDGET_BYTES}` : `${BUDGET_BYTES - gzip} left`;
  console.log(`content script ${file.padEnd(13)} ${String(bytes.length).padStart(6)} B, ${String(gzip).padStart(6)} B gzip of ${BUDGET_BYTES} (${verdict})`);
}
if (over > 0) process.exitCode = 1;
