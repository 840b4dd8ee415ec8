/** Saves the repository's docs/card.png: the card open on a contradicted figure of the demo article (built extension needed). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, markCenter, recordStatus, serve, waitForScan, highlightTexts } from '../test/e2e/harness.ts';

const root = new URL('..', import.meta.url);
const server = await serve({ '/': { body: readFileSync(new URL('demo/index.html', root)) } });
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await recordStatus(page);
  await page.goto(`${server.url}/`);
  await waitForScan(page, (s) => s.counts.contradicted > 0);
  const [text] = await highlightTexts(page, 'contradicted');
  const at = await markCenter(page, text!);
  await page.evaluate((y) => window.scrollBy(0, y - 220), at.y);
  const again = await markCenter(page, text!);
  await page.mouse.click(again.x, again.y);
  await page.locator('figure-check-ui .fc-card').waitFor();
  await page.screenshot({ path: fileURLToPath(new URL('../docs/card.png', root)) });
  console.log('wrote ../docs/card.png');
} finally {
  await browser.close();
  await server.close();
}
