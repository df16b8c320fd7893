import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

// One config, two browsers: BROWSER=firefox builds dist-firefox/ with Firefox's manifest dialect.
const browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

function firefoxManifest(): ManifestV3Export {
  const { key: _key, minimum_chrome_version: _min, background, ...rest } = baseManifest;
  return {
    ...rest,
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

export default defineConfig({
  plugins: [
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
