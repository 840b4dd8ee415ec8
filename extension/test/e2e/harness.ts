/**
 * End-to-end helpers: a static server on 127.0.0.1, Debian's Chromium with the built extension
 * loaded (playwright-core, headless), and readers of the page's highlight registry.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { PageStatus } from '../../src/lib/page-controller.ts';
import { findBrowser, requireBrowser } from '../../../scripts/browsers.ts';

export const CHROMIUM = findBrowser('chromium') ?? '/usr/bin/chromium';
export const EXTENSION_DIR = fileURLToPath(new URL('../../dist/chrome-mv3', import.meta.url));

export type Route = { body: string | Buffer; type?: string };

/** Serves fixed routes (path -> body) on a free loopback port. */
export async function serve(
  routes: Record<string, Route | (() => Route)>,
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const entry = routes[path];
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const route = typeof entry === 'function' ? entry() : entry;
    res
      .writeHead(200, {
        'content-type': route.type ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      })
      .end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

/**
 * Starts Chromium with the built extension; the extension id comes from its service worker.
 * `language` sets the browser's interface language (which the extension's i18n follows).
 */
export async function launch(options: { language?: string } = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'figure-check-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireBrowser('chromium'),
    headless: true,
    viewport: { width: 1200, height: 900 },
    ...(options.language
      ? {
          locale: options.language,
          env: {
            ...process.env,
            LANGUAGE: options.language.replace('-', '_'),
            LANG: `${options.language.replace('-', '_')}.UTF-8`,
          },
        }
      : {}),
    args: [
      ...(options.language ? [`--lang=${options.language}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Records the content script's status events (see STATUS_EVENT) in the page's main world. */
export async function recordStatus(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('figure-check:status', (event) => {
      (window as unknown as { __fcStatus: unknown }).__fcStatus = JSON.parse(
        (event as CustomEvent<string>).detail,
      );
    });
  });
}

/** The status the content script publishes after each scan. */
export type Status = PageStatus;

/** Waits for a finished scan whose status satisfies `ok` (default: any). */
export async function waitForScan(
  page: Page,
  ok: (s: Status) => boolean = () => true,
  timeout = 30_000,
): Promise<Status> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const status = (await page.evaluate(
      () => (window as unknown as { __fcStatus?: unknown }).__fcStatus ?? null,
    )) as Status | null;
    if (status && !status.busy && ok(status)) return status;
    if (Date.now() > deadline)
      throw new Error(`scan did not finish as expected; last status: ${JSON.stringify(status)}`);
    await page.waitForTimeout(100);
  }
}

/** Marks per verdict, read from the page's own CSS.highlights registry (main world). */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const verdict of ['verified', 'approximate', 'contradicted', 'unverified'])
      out[verdict] = CSS.highlights.get(`factcheck-${verdict}`)?.size ?? 0;
    return out;
  });
}

/** The text of every mark of one verdict, in registry order. */
export async function highlightTexts(page: Page, verdict: string): Promise<string[]> {
  return page.evaluate(
    (v) => [...(CSS.highlights.get(`factcheck-${v}`) ?? [])].map((r) => (r as Range).toString()),
    verdict,
  );
}

/** Centre of the first mark whose text is `text`, in viewport coordinates (scrolled into view). */
export async function markCenter(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((t) => {
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        if ((range as Range).toString() !== t) continue;
        (range as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = (range as Range).getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error(`no mark "${t}"`);
  }, text);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function htmlPage(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}</head><body>${body}</body></html>`;
}

/** Opens `path` of the test server in a new tab, recording the extension's scan status. */
export async function openPage(browser: Browser, serverUrl: string, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await recordStatus(page);
  await page.goto(`${serverUrl}${path}`);
  return page;
}
