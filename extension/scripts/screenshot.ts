/**
 * Saves the extension's screenshots in the repository's docs/ (built extension needed):
 * - card.png: the card on a contradicted figure of the demo article, on a 1366×650 laptop
 *   screen with the figure near the bottom edge (the card fits, verdict and buttons in sight);
 * - card-zh.png: the same card in a Chinese browser;
 * - popup.png: the popup's report of the demo article;
 * - source.png: the source viewer at the quoted sentence.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import {
  launch,
  markCenter,
  recordStatus,
  serve,
  waitForScan,
  highlightTexts,
  type Browser,
} from '../test/e2e/harness.ts';

const root = new URL('..', import.meta.url);
const docs = (name: string) => fileURLToPath(new URL(`../docs/${name}`, root));
const server = await serve({ '/': { body: readFileSync(new URL('demo/index.html', root)) } });

/** Opens the demo on a laptop screen and the card of its first contradicted figure, near the bottom. */
async function cardOnLaptop(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 650 });
  await recordStatus(page);
  await page.goto(`${server.url}/`);
  await waitForScan(page, (s) => s.counts.contradicted > 0);
  const [text] = await highlightTexts(page, 'contradicted');
  const at = await markCenter(page, text!);
  await page.evaluate((y) => window.scrollBy(0, y - 520), at.y);
  const again = await markCenter(page, text!);
  await page.mouse.click(again.x, again.y);
  await page.locator('figure-check-ui .fc-card').waitFor();
  return page;
}

const browser = await launch();
try {
  const page = await cardOnLaptop(browser);
  await page.screenshot({ path: docs('card.png') });

  await page.bringToFront();
  const tabId = (await browser.worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  )) as number;
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 820 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('body[data-ready="done"]');
  await popup.locator('#search').fill('national standards');
  await popup.locator('#results li').first().waitFor();
  await popup.screenshot({ path: docs('popup.png'), fullPage: true });

  const opened = browser.context.waitForEvent('page');
  await page.locator('figure-check-ui .fc-card .fc-open-source').click();
  const viewer = await opened;
  await viewer.setViewportSize({ width: 1100, height: 700 });
  await viewer.waitForSelector('body[data-ready="done"]');
  await viewer.evaluate(() => document.getElementById('quote')?.scrollIntoView({ block: 'center' }));
  await viewer.screenshot({ path: docs('source.png') });
} finally {
  await browser.close();
}

const zh = await launch({ language: 'zh-CN' });
try {
  const page = await cardOnLaptop(zh);
  await page.screenshot({ path: docs('card-zh.png') });
} finally {
  await zh.close();
  await server.close();
}
console.log('wrote docs/card.png, docs/card-zh.png, docs/popup.png, docs/source.png');
