/**
 * Builds the Chromium and Firefox extensions once before the tests (unit and end-to-end share
 * one run), and fails early with a clear message when Debian's Chromium is missing (the
 * Firefox tests fail the same way when firefox-esr is missing, see firefox-harness.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `End-to-end tests need Debian's Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`,
    );
  }
  // WXT's CLI from whichever node_modules holds it (the workspace's or the monorepo root's).
  const cli = [
    join(root, 'node_modules/wxt/bin/wxt.mjs'),
    join(dirname(root), 'node_modules/wxt/bin/wxt.mjs'),
  ].find((p) => existsSync(p));
  if (!cli) throw new Error('wxt is not installed: run `npm install` at the repository root.');
  execFileSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'pipe' });
  execFileSync(process.execPath, [cli, 'build', '-b', 'firefox'], { cwd: root, stdio: 'pipe' });
}
