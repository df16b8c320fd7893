// npm run size (after npm run build): bytes of the service worker with every chunk it imports, of
// each network's content script (src/content/entries/<id>.js; a page loads one, and Mastodon's is
// registered at run time rather than listed in the manifest) against the 20 KB gzip budget, and of
// each extension page's scripts, raw and gzip. The engine lives in the worker; the content scripts
// must not grow.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from './data';
import { pageScripts, staticClosure } from './page-scripts';

const dist = path.join(projectRoot, 'dist');
if (!existsSync(path.join(dist, 'service-worker-loader.js'))) {
  console.error('No build in dist/: run npm run build first.');
  process.exit(1);
}

function bytes(files: Iterable<string>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip };
}

function size(files: Iterable<string>): string {
  const { raw, gzip } = bytes(files);
  return `${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`;
}

const worker = staticClosure(path.join(dist, 'service-worker-loader.js'));
console.log(`service worker (${worker.size} files): ${size(worker)}`);

/** DEVELOPERS.md's 20 KB, counted as 20 × 1024 bytes of gzip -9 (tests/e2e/package.test.ts enforces it). */
const BUDGET_BYTES = 20 * 1024;
const entries = path.join(dist, 'src/content/entries');
let over = 0;
for (const file of readdirSync(entries).filter((name) => name.endsWith('.js')).sort()) {
  const { raw, gzip } = bytes([path.join(entries, file)]);
  if (gzip > BUDGET_BYTES) over += 1;
  const verdict = gzip > BUDGET_BYTES ? `OVER by ${gzip - BUDGET_BYTES}` : `${BUDGET_BYTES - gzip} left`;
  console.log(`content script ${file.padEnd(13)} ${String(raw).padStart(6)} B, ${String(gzip).padStart(6)} B gzip of ${BUDGET_BYTES} (${verdict})`);
}
if (over > 0) process.exitCode = 1;

// Each page's own script and the chunks it imports (shared chunks counted in each page that loads them).
for (const page of ['popup', 'options', 'trends']) {
  const files = pageScripts(dist, page);
  console.log(`${page} page (${files.size} files): ${size(files)}`);
}
