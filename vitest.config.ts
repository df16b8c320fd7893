import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Three kinds of test, one command: pure unit tests in Node, Preact component tests in happy-dom,
// and end-to-end tests that drive the production build in Chromium against the fixture editors.
export default defineConfig({
  test: {
    // The JSON report lets .ci/run print its closing "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/results.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/unit/property-seed.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'component',
          include: ['tests/unit/**/*.test.tsx'],
          environment: 'happy-dom',
          // Vitest's 5 s default is a wall-clock limit: the options page's tests passed it on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
