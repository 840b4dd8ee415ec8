/**
 * `npm start -w extension`: builds the extension and opens Debian's Chromium with it loaded on
 * the bundled demo article (served on 127.0.0.1). Without a display, prints what to do instead.
 */
import { findBrowser } from '../../scripts/browsers.ts';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = findBrowser('chromium') ?? '/usr/bin/chromium';
const dist = join(root, 'dist/chrome-mv3');

const cli = [
  join(root, 'node_modules/wxt/bin/wxt.mjs'),
  join(dirname(root), 'node_modules/wxt/bin/wxt.mjs'),
].find((p) => existsSync(p));
if (!cli) throw new Error('wxt is not installed: run `npm install` at the repository root.');
execFileSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });

const demo = readFileSync(join(root, 'demo/index.html'));
const server = createServer((req, res) => {
  if (req.url === '/' || req.url === '/index.html')
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demo);
  else res.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log(`
No display ($DISPLAY is not set), so no browser window can open.
The extension is built in ${dist}. To try it:
  - Chromium/Chrome: chrome://extensions → Developer mode → "Load unpacked" → ${dist}
  - Firefox: npm run build:firefox -w extension, then about:debugging → This Firefox →
    "Load Temporary Add-on…" → extension/dist/firefox-mv2/manifest.json
  - the demo article is extension/demo/index.html (open it in that browser).`);
    // Nothing to serve the demo to: stop here rather than hold the terminal.
    server.close();
    return;
  }
  if (!existsSync(chromium)) {
    console.log(
      `Chromium not found at ${chromium} (apt-get install -y chromium). Demo article: extension/demo/index.html`,
    );
    server.close();
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'figure-check-start-'));
  const browser = spawn(
    chromium,
    [
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      url,
    ],
    { stdio: 'ignore' },
  );
  console.log(`Chromium opened on ${url} with Figure Check loaded. Close the browser to stop.`);
  browser.on('exit', () => server.close());
});
