import { defineConfig } from 'vitest/config';

/** The task pane in real Chromium (playwright-core), served from a fresh build. */
export default defineConfig({
  test: {
    name: 'excel-addin-browser',
    include: ['test/**/*-browser.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
