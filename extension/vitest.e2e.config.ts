import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * End-to-end tests: the built extension in real browsers (Debian's Chromium through
 * playwright-core). globalSetup builds the extension once per run.
 */
export default defineConfig({
  test: {
    name: 'extension-e2e',
    root,
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
