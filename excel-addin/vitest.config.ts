import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'excel-addin',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
