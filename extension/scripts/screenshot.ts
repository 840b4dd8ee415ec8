/**
 * Saves the extension's screenshots in the repository's docs/ (built extension needed):
 * - card.png: the card on a contradicted figure of the demo article, on a 1366×650 laptop
 *   screen with the figure near the bottom edge (the card fits, verdict and buttons in sight);
 * - card-series.png: the card of a figure whose measure has several dates (its series drawn);
 * - card-zh.png: the card of a Chinese article in a Chinese browser (Chinese words, series);
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
const article = (lang: string, body: string) => ({
  type: 'text/html',
  body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Recalls</title></head><body style="font: 20px/1.6 serif; max-width: 760px; margin: 40px auto">${body}</body></html>`,
});
const server = await serve({
  '/': { body: readFileSync(new URL('demo/index.html', root)) },
  '/series': article(
    'en',
    '<h1>Car recalls fell in 2025</h1><p>BEIJING, March 20, 2026 -- China recalled 6.846 million defective vehicles in 2025, regulators said, after 11.237 million in 2024.</p>',
  ),
  '/series-zh': article(
    'zh',
    '<h1>去年汽车召回回落</h1><p>新华社北京2026年3月19日电 2025年，我国共实施汽车召回190次，涉及车辆684.6万辆。</p>',
  ),
});

/** Opens a short article and the card of its first verified figure: the measure's series shows. */
async function seriesCard(browser: Browser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 650 });
  await recordStatus(page);
  await page.goto(`${server.url}${path}`);
  await waitForScan(page, (s) => s.counts.verified > 0);
  const texts = await highlightTexts(page, 'verified');
  const text = texts.find((t) => /6\.846|684\.6/.test(t)) ?? texts[0]!;
  const at = await markCenter(page, text);
  await page.mouse.click(at.x, at.y);
  await page.locator('figure-check-ui .fc-card .fc-spark').waitFor();
  return page;
}

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
  const series = await seriesCard(browser, '/series');
  await series.screenshot({ path: docs('card-series.png') });
  await series.close();

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
  const page = await seriesCard(zh, '/series-zh');
  await page.screenshot({ path: docs('card-zh.png') });
} finally {
  await zh.close();
  await server.close();
}
console.log('wrote docs/card.png, docs/card-series.png, docs/card-zh.png, docs/popup.png, docs/source.png');
