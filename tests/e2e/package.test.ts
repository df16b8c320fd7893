// What ships: the content script's size budget, and the store packages `npm run package` writes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { networks } from '../../src/networks';
import { contentEntryPath } from '../../src/networks/manifest';
import { projectRoot } from './harness';
import { readZip } from './zip';
import { pageScripts } from '../bench/page-scripts';

/**
 * The content script and everything it loads statically, gzipped (gzip -9), must stay within 20 KB
 * (DEVELOPERS.md), counted as 20 × 1024 bytes, the way the 21.8 KB it started from was measured.
 */
const CONTENT_SCRIPT_BUDGET_BYTES = 20 * 1024;

interface BuiltManifest {
  key?: string;
  minimum_chrome_version?: string;
  storage?: unknown;
  permissions: string[];
  background: { service_worker?: string; scripts?: string[] };
  content_scripts: Array<{ js: string[]; css?: string[] }>;
  web_accessible_resources?: unknown[];
  browser_specific_settings?: unknown;
}

describe('the content script', () => {
  it(`of each network is self-contained and at most ${CONTENT_SCRIPT_BUDGET_BYTES} bytes gzip`, () => {
    const dist = path.join(projectRoot, 'dist');
    const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as BuiltManifest;
    expect(manifest.content_scripts.length).toBeGreaterThan(0);
    // A page gets one entry's scripts (its network's); each entry must fit the budget on its own.
    for (const entry of manifest.content_scripts) {
      let scripts = 0;
      for (const file of entry.js) {
        const text = readFileSync(path.join(dist, file), 'utf8');
        // A static import or a loader would pull more code in (and need web-accessible files).
        expect(text, `${file} imports nothing`).not.toMatch(/^\s*import\s|\bimport\s*\(|\bimportScripts\s*\(/m);
        scripts += gzipSync(text, { level: 9 }).length;
      }
      // The underline stylesheet the manifest adds to the page, for the record (it is not script).
      const css = (entry.css ?? []).reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length, 0);
      console.log(`${entry.js.join(' + ')}: ${scripts} of ${CONTENT_SCRIPT_BUDGET_BYTES} bytes gzip (and ${css} bytes of stylesheet)`);
      expect(scripts, entry.js.join(' + ')).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
    }
  });
});

/**
 * The popup and the trends page read settings and history; they must not load the scoring engine
 * (its rules, word lists and the language detector's n-gram table, about 320 KB gzip), which the
 * worker runs. Only the options page's live preview scores text.
 */
const PAGE_WITHOUT_ENGINE_BUDGET_BYTES = 200 * 1024;

describe('the extension pages', () => {
  it.each(['popup', 'trends'])(`%s loads at most ${PAGE_WITHOUT_ENGINE_BUDGET_BYTES} bytes gzip of script, without the scoring engine`, (page) => {
    const files = pageScripts(path.join(projectRoot, 'dist'), page);
    const gzip = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    console.log(`${page} page: ${files.size} files, ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(PAGE_WITHOUT_ENGINE_BUDGET_BYTES);
  });
});

describe('npm run package', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'rapport-packages-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes a Chrome and a Firefox zip, each complete, with only its own browser’s manifest keys', { timeout: 300_000 }, () => {
    const firefox = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: projectRoot, env: { ...process.env, BROWSER: 'firefox' }, encoding: 'utf8' });
    expect(firefox.status, firefox.stderr).toBe(0);
    const packaged = spawnSync('npx', ['tsx', 'scripts/package.ts'], { cwd: projectRoot, env: { ...process.env, RAPPORT_PACKAGES_DIR: out }, encoding: 'utf8' });
    expect(packaged.status, packaged.stderr).toBe(0);
    const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'manifest.json'), 'utf8')) as { version: string };

    const chrome = readZip(path.join(out, `rapport-chrome-${version}.zip`));
    const chromeManifest = JSON.parse(chrome.get('manifest.json')!.toString('utf8')) as BuiltManifest;
    // The Chrome Web Store assigns the id and refuses a manifest that sets one.
    expect(chromeManifest.key).toBeUndefined();
    expect(chromeManifest.background.service_worker).toBeDefined();
    // scripting registers the content script on the Mastodon servers a user grants (optional host permissions).
    expect(chromeManifest.permissions).toEqual(['storage', 'unlimitedStorage', 'scripting']);
    expect(chrome.has('managed-schema.json')).toBe(true);

    const firefoxZip = readZip(path.join(out, `rapport-firefox-${version}.zip`));
    const firefoxManifest = JSON.parse(firefoxZip.get('manifest.json')!.toString('utf8')) as BuiltManifest;
    for (const chromeOnly of ['key', 'minimum_chrome_version', 'storage'] as const) expect(firefoxManifest[chromeOnly], chromeOnly).toBeUndefined();
    expect(firefoxManifest.background.service_worker).toBeUndefined();
    expect(firefoxManifest.browser_specific_settings).toBeDefined();
    expect(firefoxManifest.permissions).toEqual(['storage', 'scripting']);
    expect(firefoxZip.has('managed-schema.json')).toBe(false);

    for (const [zip, manifest] of [[chrome, chromeManifest], [firefoxZip, firefoxManifest]] as const) {
      const named = [...manifest.content_scripts.flatMap((entry) => [...entry.js, ...(entry.css ?? [])]), ...(manifest.background.scripts ?? []), manifest.background.service_worker].filter(
        (file): file is string => file !== undefined,
      );
      for (const file of named) expect(zip.has(file), file).toBe(true);
      // The scripts the worker registers at run time on hosts the user adds are in the package too.
      const registered = networks.filter((spec) => spec.userHosts !== undefined).map((spec) => contentEntryPath(spec.id).replace(/\.ts$/, '.js'));
      for (const file of registered) expect(zip.has(file), file).toBe(true);
      // Nothing from development: no source maps, sources or tests.
      expect([...zip.keys()].filter((file) => /\.map$|\.tsx?$|^tests\/|^node_modules\//.test(file))).toEqual([]);
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
    }
    console.log(`chrome: ${[...chrome.keys()].join(', ')}`);
    console.log(`firefox: ${[...firefoxZip.keys()].join(', ')}`);
  });
});
