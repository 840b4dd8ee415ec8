import { defineConfig } from 'wxt';

/**
 * WXT builds the Chromium (MV3) and Firefox (MV2, WXT's default there) packages from the same
 * sources. Permissions are kept to the minimum; README.md justifies each one.
 */
export default defineConfig({
  srcDir: 'src',
  outDir: 'dist',
  // Explicit imports everywhere: easier to read and to type-check than auto-imports.
  imports: false,
  // The interface follows the browser's language (English, Chinese): src/locales/*.yml.
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({
    build: {
      rollupOptions: {
        // The core and its libraries are pure: importing a module runs no code a page needs.
        // Saying so lets Rollup drop what an entry does not use, so the content script keeps
        // the core's few formatting helpers and not its schemas, matcher and data.
        treeshake: {
          moduleSideEffects: (id: string) =>
            !/[\\/](core[\\/]src|node_modules[\\/](zod|fuse\.js|opencc-js|papaparse))[\\/]/.test(id),
        },
        // zod's sources carry /* @__PURE__ */ comments Rollup cannot place; the warning, repeated
        // for every entrypoint, buried the useful build output.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION') return;
          warn(warning);
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    commands: {
      'next-figure': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_cmdNext__',
      },
      'previous-figure': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_cmdPrevious__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'figure-check@figure-check.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
