/**
 * Builds the Chromium and Firefox extensions once before the end-to-end tests. A missing browser is reported
 * by the tests themselves (requireBrowser), so that only they fail and say how to install it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default function setup(): void {
  // WXT's CLI from whichever node_modules holds it (the workspace's or the monorepo root's).
  const cli = [
    join(root, 'node_modules/wxt/bin/wxt.mjs'),
    join(dirname(root), 'node_modules/wxt/bin/wxt.mjs'),
  ].find((p) => existsSync(p));
  if (!cli) throw new Error('wxt is not installed: run `npm install` at the repository root.');
  execFileSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'pipe' });
  execFileSync(process.execPath, [cli, 'build', '-b', 'firefox'], { cwd: root, stdio: 'pipe' });
}
