import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

// One config, two browsers: BROWSER=firefox builds dist-firefox/ with Firefox's manifest dialect.
const browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

/**
 * Firefox's dialect: no Chrome-only keys (`key`, `minimum_chrome_version`, `storage.managed_schema`:
 * Firefox reads policy from policies.json without a schema), an event page instead of a service
 * worker, and no `unlimitedStorage`, which Chrome needs for a large policy cache but Firefox (whose
 * storage.local has no 10 MB quota) would announce at install as "store unlimited data".
 */
function firefoxManifest(): ManifestV3Export {
  const { key: _key, minimum_chrome_version: _min, storage: _managedSchema, background, permissions, ...rest } = baseManifest;
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

export default defineConfig({
  plugins: [
    withoutEs2015Polyfills(),
    preact(),
    crx({
      manifest: browser === 'firefox' ? firefoxManifest() : (baseManifest as ManifestV3Export),
      browser,
      // The content script becomes one self-contained file: no loader, no web_accessible_resources
      // that would let X or Facebook detect the extension.
      contentScripts: { standaloneFiles: ['src/content/index.tsx'] },
    }),
  ],
  build: {
    outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
  },
});
