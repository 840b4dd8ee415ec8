import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Unit tests: happy-dom with WXT's fake browser; no real browser needed. */
export default defineConfig({
  plugins: [WxtVitest({ root })],
  test: {
    name: 'extension',
    root,
    include: ['test/unit/**/*.test.ts'],
    environment: 'happy-dom',
    // The fake browser gets the interface's real messages (src/locales); import.meta.url is a
    // page URL in happy-dom, so the setup is told where they are.
    setupFiles: ['test/unit/i18n-setup.ts'],
    env: { FIGURE_CHECK_LOCALES: `${root}src/locales` },
  },
});
