/**
 * The built task pane in real Chromium (Debian's, driven by playwright-core), served over http
 * on 127.0.0.1. Office.js is never fetched: the CDN request is answered by the test.
 */
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { installFakeOffice } from './browser-host.ts';
import { requireBrowser } from '../../scripts/browsers.ts';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';
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

async function openPane(withHost: boolean): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 760 }, deviceScaleFactor: 2 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (withHost) {
    // The host's Office object is already there; office.js itself is answered empty.
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
    );
    await page.addInitScript(installFakeOffice, [
      ['Indicator', 'Value'],
      ['defective vehicles recalled in 2023', 6728000],
      ['defective vehicles recalled in 2023', 7280000],
      ['effective implementation rate of national standards', 0.937],
      ['national standards in force', 44499],
      ['local standards filed', 10751],
      ['Note', 'more than 45,000 national standards'],
    ]);
  } else {
    await page.route(OFFICE_JS, (route) => route.abort());
  }
  await page.goto(`${base}/taskpane.html`);
  return { page, errors };
}

describe('task pane in Chromium', () => {
  it('outside Excel, says to open it in Excel instead of failing', async () => {
    const { page, errors } = await openPane(false);
    await page.getByTestId('outside-office').waitFor();
    expect(await page.getByRole('heading', { name: 'Open this in Excel' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with a stand-in Excel host, checks a small sheet and lists the results', async () => {
    const { page, errors } = await openPane(true);
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
    expect(errors).toEqual([]);
    await page.close();
  });
});
