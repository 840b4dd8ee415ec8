import { defineConfig } from 'vitest/config';

/** Unit and Office-mock tests: no browser needed. globalSetup builds the add-in for the manifest test. */
export default defineConfig({
  test: {
    name: 'excel-addin',
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*-browser.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
