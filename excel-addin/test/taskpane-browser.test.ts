/**
 * The built task pane in real Chromium (Debian's, driven by playwright-core), served over http
 * on 127.0.0.1, with the real Office.js: the pane keeps its CDN reference and the test answers
 * every request for appsforoffice.microsoft.com from the `@microsoft/office-js` npm package.
 * Nothing else leaves the machine: any other outside request is aborted and fails the test.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { installFakeOffice } from './browser-host.ts';
import { requireBrowser } from '../../scripts/browsers.ts';

const CDN_HOST = 'appsforoffice.microsoft.com';
const CDN_PREFIX = '/lib/1/hosted/';
const OFFICE_DIST = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')),
  'dist',
);
// The screenshot for the README is refreshed with `npm run screenshot -w excel-addin`; a plain test
// run writes it to a temporary folder so that tests never change tracked files.
const docs = process.env.FIGURE_CHECK_SCREENSHOTS ?? join(tmpdir(), 'figure-check-screenshots');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

let server: Server;
let base = '';
let browser: Browser;

beforeAll(async () => {
  const dist = inject('distDir');
  server = createServer((req, res) => {
    const file = join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: requireBrowser('chromium'),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Pane {
  page: Page;
  errors: string[];
  /** Office.js files served from the npm package (paths under /lib/1/hosted/). */
  office: string[];
  /** Requests to anywhere but the test server and the Office CDN: must stay empty. */
  outside: string[];
}

async function openPane(withHost: boolean): Promise<Pane> {
  const page = await browser.newPage({ viewport: { width: 360, height: 760 }, deviceScaleFactor: 2 });
  const pane: Pane = { page, errors: [], office: [], outside: [] };
  page.on('pageerror', (e) => pane.errors.push(e.message));
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === base) return route.fallback();
    if (url.hostname === CDN_HOST && url.pathname.startsWith(CDN_PREFIX)) {
      const file = normalize(join(OFFICE_DIST, url.pathname.slice(CDN_PREFIX.length)));
      if (file.startsWith(OFFICE_DIST) && existsSync(file) && statSync(file).isFile()) {
        pane.office.push(url.pathname.slice(CDN_PREFIX.length));
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
      }
    }
    pane.outside.push(url.href);
    return route.abort();
  });
  if (withHost)
    await page.addInitScript(installFakeOffice, [
      ['Indicator', 'Value'],
      ['defective vehicles recalled in 2023', 6728000],
      ['defective vehicles recalled in 2023', 7280000],
      ['effective implementation rate of national standards', 0.937],
      ['national standards in force', 44499],
      ['local standards filed', 10751],
      ['Note', 'more than 45,000 national standards'],
    ]);
  await page.goto(`${base}/taskpane.html`);
  return pane;
}

describe('task pane in Chromium', () => {
  it('outside Excel, the real Office.onReady reports no host and the pane says to open it in Excel', async () => {
    const { page, errors, office, outside } = await openPane(false);
    await page.getByTestId('outside-office').waitFor();
    expect(await page.getByRole('heading', { name: 'Open this in Excel' }).isVisible()).toBe(true);
    // The real library ran: it loaded its own file map and reports no host outside Office.
    expect(office).toContain('office.js');
    expect(office.length).toBeGreaterThan(1);
    expect(await page.evaluate(() => Office.onReady().then((i) => i.host))).toBeNull();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('with a scripted Excel host on the real Office object, checks a small sheet and lists the results', async () => {
    const { page, errors, office, outside } = await openPane(true);
    await page.getByRole('button', { name: 'Check selection' }).click();
    await page.getByTestId('results').waitFor();
    const items = page.locator('.result');
    expect(await items.count()).toBe(6);
    expect(await items.first().getAttribute('data-verdict')).toBe('contradicted');
    expect(await items.first().locator('.official').innerText()).toContain('Source says 6,728,000');
    expect(await page.getByTestId('status').innerText()).toMatch(/^Checked Figures!A1:B7: 1 contradicted/);
    expect(await page.locator('.chip[data-verdict="verified"] .count').innerText()).toBe('5');
    // Click: the cell is selected in Excel.
    await items.first().click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __fakeExcel: { selected: string | null } }).__fakeExcel.selected ===
        'Figures!B3',
    );
    mkdirSync(docs, { recursive: true });
    await page.screenshot({ path: join(docs, 'taskpane.png'), fullPage: true });
    // The host was scripted on top of the real library, which itself saw no host.
    expect(office).toContain('office.js');
    expect(
      await page.evaluate(
        () => (window as unknown as { __fakeExcel: { realHost: unknown } }).__fakeExcel.realHost,
      ),
    ).toBeNull();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
