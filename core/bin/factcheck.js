#!/usr/bin/env node
// The CLI runs as bundled JavaScript (built by `npm install` through the root `prepare` script).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/factcheck.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'factcheck: the CLI is not built; run `npm run build -w core` (npm install does it)\n',
  );
  process.exit(3);
}
await import(bundle.href);
