// The scripts an extension page or the worker loads: its entry files and every chunk they import
// statically, each once. Shared by `npm run size` and the package test's page budgets.

import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The file and every chunk it imports statically, each once. */
export function staticClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) staticClosure(path.resolve(path.dirname(entry), match[1]!), seen);
  return seen;
}

/** What an extension page (popup, options, trends) in the build at `dist` loads before it can run. */
export function pageScripts(dist: string, page: string): Set<string> {
  const html = readFileSync(path.join(dist, 'src/ui', page, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => (match[1]!.startsWith('/') ? path.join(dist, match[1]!) : path.resolve(path.join(dist, 'src/ui', page), match[1]!)));
  const files = new Set<string>();
  for (const script of scripts) staticClosure(script, files);
  return files;
}
