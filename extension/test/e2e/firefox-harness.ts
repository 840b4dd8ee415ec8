/**
 * End-to-end helpers for Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver
 * BiDi, with the Firefox build installed as a temporary add-on (`browser.installExtension`).
 * The add-on's internal UUID is fixed by a preference, so its pages have a known address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { PageStatus } from '../../src/lib/page-controller.ts';
import { requireBrowser } from '../../../scripts/browsers.ts';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../dist/firefox-mv2', import.meta.url));
/** The add-on id of the Firefox build (wxt.config.ts, browser_specific_settings.gecko.id). */
const ADDON_ID = 'figure-check@figure-check.invalid';
const ADDON_UUID = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

export interface FirefoxSession {
  browser: Browser;
  /** The moz-extension:// origin of the add-on's pages. */
  origin: string;
  close: () => Promise<void>;
}

/** Firefox's executable; fails (never skips) when it is missing, saying how to install it. */
export function requireFirefox(): string {
  return requireBrowser('firefox');
}

/** Starts headless Firefox and installs the built Firefox add-on. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const executablePath = requireFirefox();
  const profile = mkdtempSync(join(tmpdir(), 'figure-check-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    },
  });
  const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (id !== ADDON_ID) throw new Error(`installed add-on ${id}, expected ${ADDON_ID}`);
  return {
    browser,
    origin: `moz-extension://${ADDON_UUID}`,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens `url` in a new tab, recording the extension's status events in the page. */
export async function openFirefoxPage(session: FirefoxSession, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('figure-check:status', (event) => {
      (window as unknown as { __fcStatus: unknown }).__fcStatus = JSON.parse(
        (event as CustomEvent<string>).detail,
      );
    });
  });
  await page.goto(url);
  return page;
}

/**
 * Opens one of the add-on's pages. WebDriver does not report the load of a moz-extension://
 * page as finished, so the navigation is not awaited; the page's own `ready` test is polled.
 */
export async function openAddonPage(
  session: FirefoxSession,
  path: string,
  ready: () => boolean,
  timeout = 15_000,
): Promise<Page> {
  const page = await session.browser.newPage();
  void page.goto(`${session.origin}${path}`, { timeout }).catch(() => {
    // see above: the navigation itself completes, its load event is never reported
  });
  const deadline = Date.now() + timeout;
  for (;;) {
    const ok = await page.evaluate(ready).catch(() => false);
    if (ok) return page;
    if (Date.now() > deadline) throw new Error(`the add-on page ${path} did not get ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for a finished scan whose status satisfies `ok`. */
export async function waitForFirefoxScan(
  page: Page,
  ok: (s: PageStatus) => boolean = () => true,
  timeout = 30_000,
): Promise<PageStatus> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const status = (await page.evaluate(
      () => (window as unknown as { __fcStatus?: unknown }).__fcStatus ?? null,
    )) as PageStatus | null;
    if (status && !status.busy && ok(status)) return status;
    if (Date.now() > deadline)
      throw new Error(`scan did not finish as expected; last status: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Marks per verdict, read from the page's own CSS.highlights registry. */
export function firefoxHighlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const verdict of ['verified', 'approximate', 'contradicted', 'unverified'])
      out[verdict] = CSS.highlights.get(`factcheck-${verdict}`)?.size ?? 0;
    return out;
  });
}

/** Centre of the first mark whose text is `text`, scrolled into view. */
export function firefoxMarkCenter(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((t) => {
    for (const [, highlight] of CSS.highlights) {
      for (const item of highlight) {
        const range = item as Range;
        if (range.toString() !== t) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error(`no mark "${t}"`);
  }, text);
}
