import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Unit tests run in happy-dom with WXT's fake browser; end-to-end tests (test/e2e, marked
 * `@vitest-environment node`) drive Debian's Chromium with the built extension, which
 * globalSetup builds once per run.
 */
export default defineConfig({
  plugins: [WxtVitest({ root })],
  test: {
    name: 'extension',
    root,
    include: ['test/**/*.test.ts'],
    environment: 'happy-dom',
    globalSetup: ['test/e2e/global-setup.ts'],
    setupFiles: ['test/unit/i18n-setup.ts'],
    // Where the setup reads the interface's messages (import.meta.url is a page URL in happy-dom).
    env: { FIGURE_CHECK_LOCALES: `${root}src/locales` },
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
