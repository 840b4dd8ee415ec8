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
  },
});
