/**
 * Runs before `npm test`: makes sure the browsers of the end-to-end tests are there. On Debian or
 * Ubuntu as root (CI, containers) it installs the missing ones with apt; elsewhere it only says
 * which are missing and how to get them, and the browser tests then fail with that message while
 * every other test runs.
 */
import { execFileSync } from 'node:child_process';
import { aptPackage, findBrowser, installCommand, isDebianLike, type BrowserName } from './browsers.ts';

const names: BrowserName[] = ['chromium', 'firefox'];
const missing = names.filter((name) => !findBrowser(name));

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebianLike() && isRoot) {
    const packages = missing.map(aptPackage);
    process.stdout.write(`Installing ${packages.join(' and ')} for the browser tests (apt)…\n`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  } else {
    for (const name of missing) {
      process.stderr.write(
        `Browser tests will fail: no ${name} found. Install it with: ${installCommand(name)}\n`,
      );
    }
  }
}
