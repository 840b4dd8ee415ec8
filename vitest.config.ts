import { defineConfig } from 'vitest/config';

// One `vitest run` at the root runs every workspace's tests. Unit projects need no browser
// (`npm run test:unit`); the -e2e and -browser projects drive real Chromium and Firefox.
export default defineConfig({
  test: {
    projects: [
      'core',
      'extension/vitest.config.ts',
      'extension/vitest.e2e.config.ts',
      'excel-addin/vitest.config.ts',
      'excel-addin/vitest.browser.config.ts',
    ],
  },
});
