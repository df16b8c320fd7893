// npm run size (after npm run build): bytes of the service worker with every chunk it imports, of
// each network's content script (the budget is 20 × 1024 bytes gzip, tests/e2e/package.test.ts),
// and of each extension page's scripts, raw and gzip. The engine lives in the worker; the content
// scripts must not grow.

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

const worker = closure(path.join(dist, 'service-worker-loader.js'));
console.log(`service worker (${worker.size} files): ${size(worker)}`);

const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
for (const entry of manifest.content_scripts) {
  const { raw, gzip } = bytes(entry.js.map((file) => path.join(dist, file)));
  console.log(`content script ${entry.js.join(' + ')}: ${raw} bytes, ${gzip} of ${20 * 1024} bytes gzip`);
}

// Each page's own script and the chunks it imports (shared chunks counted in each page that loads them).
for (const page of ['popup', 'options', 'trends']) {
  const html = readFileSync(path.join(dist, 'src/ui', page, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => (match[1]!.startsWith('/') ? path.join(dist, match[1]!) : path.resolve(path.join(dist, 'src/ui', page), match[1]!)));
  const files = new Set<string>();
  for (const script of scripts) closure(script, files);
  console.log(`${page} page (${files.size} files): ${size(files)}`);
}
