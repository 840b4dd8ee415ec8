/**
 * Bundles the `factcheck` CLI into one JavaScript file (dist/factcheck.mjs) so that editors'
 * pre-publish hooks pay Node's start-up and nothing else: no TypeScript is transpiled at run time.
 * Runs on `npm install` (the root package's `prepare`) and before the tests.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/cli-main.ts'],
  outfile: 'dist/factcheck.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // papaparse is CommonJS and asks for Node's stream module; ESM output needs a require for that.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
