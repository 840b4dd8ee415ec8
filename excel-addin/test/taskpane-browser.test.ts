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

interface PaneOptions {
  width?: number;
  colorScheme?: 'light' | 'dark';
  /** Office.context.officeTheme's body background, as the scripted host reports it. */
  officeBackground?: string;
}

async function openPane(withHost: boolean, opts: PaneOptions = {}): Promise<Pane> {
  const page = await browser.newPage({
    viewport: { width: opts.width ?? 360, height: 760 },
    deviceScaleFactor: 2,
    colorScheme: opts.colorScheme ?? 'light',
  });
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
  if (opts.officeBackground)
    await page.addInitScript((bg: string) => {
      (window as unknown as { __officeTheme: unknown }).__officeTheme = { bodyBackgroundColor: bg };
    }, opts.officeBackground);
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

/** Roles and names as Chromium's own accessibility tree has them (Fluent's elements set their roles through ElementInternals, which only the browser's tree sees). */
async function axNodes(page: Page): Promise<Array<{ role: string; name: string }>> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: Array<{ ignored?: boolean; role?: { value?: string }; name?: { value?: string } }>;
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '') }));
}

const AXE = join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: unknown[] }>;
}

/** Runs axe-core in the page; the serious and critical violations. */
async function axeSerious(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes)}`);
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
    // Fluent buttons: a button named "Check selection" in the browser's accessibility tree.
    await page.locator('#check-selection').waitFor();
    expect(await axNodes(page)).toContainEqual({ role: 'button', name: 'Check selection' });
    await page.locator('#check-selection').click();
    await page.getByTestId('results').waitFor();
    const items = page.locator('.result');
    expect(await items.count()).toBe(6);
    expect(await items.first().getAttribute('data-verdict')).toBe('contradicted');
    expect(await items.first().locator('.official').innerText()).toContain('Source says 6,728,000');
    expect(await page.getByTestId('status').innerText()).toMatch(/^Checked Figures!A1:B7: 1 contradicted/);
    expect(await page.locator('.chip[data-verdict="verified"] .count').innerText()).toBe('5');
    // The contradicted 2023 figure shows its measure's series, as text and as a chart with 2023 marked.
    const series = items.first().getByTestId('series');
    expect(await series.locator('.series-line').innerText()).toContain('[2023: 6,728,000]');
    const bars = series.locator('svg.series-chart g.bar');
    expect(await bars.count()).toBeGreaterThanOrEqual(3);
    expect(await series.locator('svg.series-chart g.bar.current').count()).toBe(1);
    expect(await series.locator('svg.series-chart g.bar.current .bar-label').textContent()).toBe('2023');
    // Click: the cell is selected in Excel.
    await items.first().click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __fakeExcel: { selected: string | null } }).__fakeExcel.selected ===
        'Figures!B3',
    );
    // Enter on a result selects its cell and keeps the focus on that result after the list re-renders.
    const second = items.nth(1).locator('.result-button');
    const secondId = await second.getAttribute('data-id');
    await second.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        (window as unknown as { __fakeExcel: { selected: string | null } }).__fakeExcel.selected ===
        'Figures!B2',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(secondId);
    await items.first().click();
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

  it('at 300 px in dark mode: no sideways scrolling, one live region, no serious axe violations', async () => {
    const { page, errors, outside } = await openPane(true, { width: 300, colorScheme: 'dark' });
    await page.locator('#check-selection').click();
    await page.getByTestId('results').waitFor();
    // No Office theme from this host: the system's dark scheme is followed.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    // aria-live only on the status line.
    const live = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]')].map((e) =>
        e.getAttribute('data-testid'),
      ),
    );
    expect(live).toEqual(['status']);
    expect(await axeSerious(page)).toEqual([]);
    // Every button in the browser's accessibility tree has a name.
    expect((await axNodes(page)).filter((n) => n.role === 'button' && n.name.trim() === '')).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it("follows Office's theme where the host gives one, over the system's scheme", async () => {
    const { page, errors } = await openPane(true, { colorScheme: 'light', officeBackground: '#262626' });
    await page.locator('#check-selection').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeSerious(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
