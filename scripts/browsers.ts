/**
 * Where the real browsers for the end-to-end tests are, and how to get them. Test tools cannot
 * download browsers on our machines, so the tests use installed ones: Debian's `chromium` and
 * `firefox-esr`, or any Chrome, Chromium or Firefox named by CHROME_PATH / FIREFOX_PATH.
 */
import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserName, { env: string[]; paths: string[]; apt: string; other: string }> = {
  chromium: {
    env: ['CHROME_PATH', 'CHROMIUM_PATH'],
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    apt: 'chromium',
    other: 'install Chrome or Chromium, or set CHROME_PATH to its executable',
  },
  firefox: {
    env: ['FIREFOX_PATH'],
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    apt: 'firefox-esr',
    other: 'install Firefox, or set FIREFOX_PATH to its executable',
  },
};

/** The executable of an installed browser, or undefined. An env variable, when set, wins. */
export function findBrowser(name: BrowserName): string | undefined {
  const spec = CANDIDATES[name];
  for (const variable of spec.env) {
    const value = process.env[variable];
    if (value) return value;
  }
  return spec.paths.find((path) => existsSync(path));
}

/** True on Debian or Ubuntu, where apt installs the browsers the tests expect. */
export function isDebianLike(): boolean {
  return existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/** The one command that installs a browser on this machine. */
export function installCommand(name: BrowserName): string {
  const spec = CANDIDATES[name];
  if (isDebianLike()) return `apt-get install -y ${spec.apt}`;
  if (process.platform === 'darwin')
    return name === 'chromium' ? 'brew install --cask chromium' : 'brew install --cask firefox';
  return spec.other;
}

/** The apt package of a browser (for the pretest installer). */
export function aptPackage(name: BrowserName): string {
  return CANDIDATES[name].apt;
}

/** The browser's executable; throws the message that says how to install it when there is none. */
export function requireBrowser(name: BrowserName): string {
  const found = findBrowser(name);
  if (found && existsSync(found)) return found;
  const what = name === 'chromium' ? 'Chromium (or Chrome)' : 'Firefox';
  const where = found ? ` (${found} does not exist)` : '';
  throw new Error(`Browser tests need ${what}${where}: ${installCommand(name)}`);
}
