import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { dataAsJson } from './scripts/data-as-json';
import baseManifest from './manifest.json' with { type: 'json' };

// One config, two browsers: BROWSER=firefox builds dist-firefox/ with Firefox's manifest dialect.
const browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

// The manifest's sites and the policy schema come from the network registry. Vite's own module
// runner loads it (and what it imports) exactly as the app's code is loaded.
const [{ networks }, { CONTENT_ENTRY_DIRECTORY, contentEntryPath, contentEntrySource, extensionManifest }, { managedSchema }] = await Promise.all([
  runnerImport<typeof import('./src/networks')>('./src/networks/index.ts').then((loaded) => loaded.module),
  runnerImport<typeof import('./src/networks/manifest')>('./src/networks/manifest.ts').then((loaded) => loaded.module),
  runnerImport<typeof import('./src/managed-schema')>('./src/managed-schema.ts').then((loaded) => loaded.module),
]);

/**
 * One content-script entry per network (src/content/entries/<id>.ts, git-ignored), so a tab loads
 * only its own network's adapter. They must be real files: crxjs bundles each standalone content
 * script in a build of its own, without this config's plugins. Rewritten only when they change.
 */
function writeContentEntries(): string[] {
  mkdirSync(CONTENT_ENTRY_DIRECTORY, { recursive: true });
  const wanted = new Set(networks.map((spec) => `${spec.id}.ts`));
  for (const file of readdirSync(CONTENT_ENTRY_DIRECTORY)) if (!wanted.has(file)) rmSync(`${CONTENT_ENTRY_DIRECTORY}/${file}`);
  return networks.map((spec) => {
    const path = contentEntryPath(spec.id);
    const source = contentEntrySource(spec);
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== source) writeFileSync(path, source);
    return path;
  });
}

const contentEntries = writeContentEntries();
const manifest = extensionManifest(baseManifest, networks);

/**
 * Firefox's dialect: no Chrome-only keys (`key`, `minimum_chrome_version`, `storage.managed_schema`:
 * Firefox reads policy from policies.json without a schema), an event page instead of a service
 * worker, and no `unlimitedStorage`, which Chrome needs for a large policy cache but Firefox (whose
 * storage.local has no 10 MB quota) would announce at install as "store unlimited data".
 */
function firefoxManifest(): ManifestV3Export {
  const { key: _key, minimum_chrome_version: _min, storage: _managedSchema, background, permissions, ...rest } = manifest;
  return {
    ...rest,
    permissions: permissions.filter((permission) => permission !== 'unlimitedStorage'),
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'rapport@rapport.invalid',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

/**
 * twitter-text requires core-js 2 polyfills for ES2015 features (Object.defineProperty, RegExp#match…)
 * that every browser Rapport supports has natively. Bundled, they would patch the worker's built-ins
 * and bring a `Function('return this')` fallback that Firefox's linter flags as eval. Each of those
 * requires is for its side effects only, so an empty module stands in for them.
 */
function withoutEs2015Polyfills(): Plugin {
  const empty = '\0rapport-no-polyfill';
  return {
    name: 'rapport-without-es2015-polyfills',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith('core-js/modules/') ? empty : null),
    load: (id) => (id === empty ? 'export {};' : null),
  };
}

/** The policy schema the manifest points at (storage.managed_schema), generated from the registry. */
function emitManagedSchema(): Plugin {
  return {
    name: 'rapport-managed-schema',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: manifest.storage.managed_schema, source: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
  };
}

export default defineConfig({
  plugins: [
    withoutEs2015Polyfills(),
    dataAsJson(),
    preact(),
    emitManagedSchema(),
    crx({
      manifest: browser === 'firefox' ? firefoxManifest() : (manifest as unknown as ManifestV3Export),
      browser,
      // Each network's content script becomes one self-contained file: no loader, no
      // web_accessible_resources that would let the sites detect the extension.
      contentScripts: { standaloneFiles: contentEntries },
    }),
  ],
  build: {
    // Pages the manifest does not name: the trends page, opened from the popup and options.
    rolldownOptions: { input: { trends: 'src/ui/trends/index.html' } },
    outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
  },
});
