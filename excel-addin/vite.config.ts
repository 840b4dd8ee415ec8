/**
 * Builds the add-in into dist/: taskpane.html (the shared runtime page: pane + custom
 * functions), functions.js (the custom functions alone, as a classic script), functions.json
 * (generated from the functions' JSDoc by custom-functions-metadata), the icons, and the manifest.
 */
import { copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

const here = dirname(fileURLToPath(import.meta.url));
const FUNCTIONS_SOURCE = join(here, 'src/functions/functions.ts');

/** Zod's own comments trip a Rollup notice that says nothing about our code. */
const quiet = (warning: { code?: string }, warn: (w: never) => void) => {
  if (warning.code !== 'INVALID_ANNOTATION') warn(warning as never);
};

/** functions.json from the JSDoc of src/functions/functions.ts; a metadata error fails the build. */
function customFunctionsMetadata(): Plugin {
  return {
    name: 'figure-check:custom-functions-metadata',
    apply: 'build',
    async generateBundle() {
      const result = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
      if (result.errors.length > 0) this.error(`custom functions metadata: ${result.errors.join('; ')}`);
      this.emitFile({ type: 'asset', fileName: 'functions.json', source: result.metadataJson });
    },
  };
}

/**
 * functions.js, the manifest's custom-functions script: one self-contained classic script
 * (an IIFE), built after the page into the same output folder. Also copies manifest.xml there.
 */
function functionsScriptAndManifest(): Plugin {
  let outDir = join(here, 'dist');
  return {
    name: 'figure-check:functions-script',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: false,
        root: here,
        logLevel: 'warn',
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          lib: {
            entry: join(here, 'src/functions/main.ts'),
            formats: ['iife'],
            name: 'FigureCheckFunctions',
            fileName: () => 'functions.js',
          },
          rollupOptions: { onwarn: quiet },
        },
      });
      copyFileSync(join(here, 'manifest.xml'), join(outDir, 'manifest.xml'));
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: 'public',
  plugins: [customFunctionsMetadata(), functionsScriptAndManifest()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { taskpane: join(here, 'taskpane.html') },
      onwarn: quiet,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
