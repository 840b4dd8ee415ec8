// @vitest-environment node
/**
 * End to end in Debian's Chromium with the built extension loaded: marks and verdicts on a long
 * generated article, split figures, content added later, a hydrated React app, the card, the
 * popup, the draft checker and an imported figure set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { fileURLToPath } from 'node:url';
import { builtinSet, checkText, describeFigure, VERDICTS } from '@figure-check/core';
import { citationLine } from '../../src/lib/citation.ts';
import { articleHtml, articleParagraphs } from '../fixtures/article.ts';
import { App } from '../fixtures/react-app.ts';
import {
  highlightCounts,
  highlightTexts,
  htmlPage,
  launch,
  markCenter,
  recordStatus,
  serve,
  waitForScan,
  type Browser,
  type Route,
  openPage,
} from './harness.ts';
import type { Page } from 'playwright-core';

const paragraphs = articleParagraphs();
/** What the core says about the article, paragraph by paragraph: the extension must agree. */
const expected = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<string, number>;
/** Numbers the set says nothing about (no figure, no nearby one): the popup hides them by default. */
let unrelated = 0;
for (const p of paragraphs)
  for (const m of checkText(p.text, builtinSet()).mentions) {
    expected[m.verdict]!++;
    if (m.verdict === 'unverified' && !m.figure && m.alternatives.length === 0) unrelated++;
  }

const SPLIT = htmlPage(
  'Split figures',
  `<article>
    <p id="a">By the end of 2023, there were a total of <b>44,499</b> national standards and 4,164 national standard samples.</p>
    <p id="b">In 2023, a total of 56,700 cases of quality violations were investigated and handled, resulting in the recall of <span>6.728</span> million defective vehicles.</p>
    <p id="c">Skipped: <code>44,499 national standards</code> <textarea>44,499 national standards</textarea></p>
    <div contenteditable="true">By the end of 2023, there were a total of 44,499 national standards.</div>
    <p hidden>By the end of 2023, there were a total of 44,499 national standards.</p>
    <p style="display:none">By the end of 2023, there were a total of 44,499 national standards.</p>
  </article>`,
);

const LATER = htmlPage(
  'Added later',
  `<article id="story"><p id="first">Nothing to check here yet.</p></article>
  <script>
    setTimeout(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'By the end of 2023, there were a total of 44,499 national standards and 4,164 national standard samples.';
      document.getElementById('story').append(p);
      document.getElementById('first').firstChild.data = 'In 2023, 4,141 industry standards were filed.';
    }, 800);
  </script>`,
);

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

const open = (path: string): Promise<Page> => openPage(browser, server.url, path);

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../fixtures/react-client.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  const reactJs = bundle.outputFiles[0]!.contents;
  const routes: Record<string, Route> = {
    '/article.html': { body: articleHtml(paragraphs) },
    '/split.html': { body: SPLIT },
    '/later.html': { body: LATER },
    '/react.html': {
      body: htmlPage(
        'React',
        `<div id="root">${renderToString(createElement(App))}</div><script src="/react.js"></script>`,
      ),
    },
    '/react.js': { body: Buffer.from(reactJs), type: 'text/javascript' },
    '/custom.html': {
      body: htmlPage(
        'Custom',
        '<p>The Ledger Institute counted 7,321 tea houses in Hangzhou by the end of 2024.</p>',
      ),
    },
  };
  server = await serve(routes);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a long article quoting the built-in figures', () => {
  it('marks every figure with the verdict the core gives (unverified hidden by default)', async () => {
    expect(expected.verified).toBeGreaterThanOrEqual(100);
    expect(expected.contradicted).toBeGreaterThan(10);
    expect(expected.approximate).toBeGreaterThan(10);
    const page = await open('/article.html');
    const status = await waitForScan(page, (s) => s.counts.verified === expected.verified);
    expect(status.counts).toEqual(expected);
    expect(status.errors).toBe(0);
    // The core ran in the background, not on the page's main thread.
    expect(status.checkedInBackground).toBeGreaterThan(100);
    expect(status.checkedInPage).toBe(0);
    expect(status.failures).toBe(0);
    expect(await highlightCounts(page)).toEqual({ ...expected, unverified: 0 });
    const contradicted = await highlightTexts(page, 'contradicted');
    expect(contradicted.length).toBe(expected.contradicted);
    await page.close();
  });

  it('sets the badge to the number of contradicted figures and the popup shows the counts', async () => {
    const page = await open('/article.html');
    await waitForScan(page, (s) => s.counts.verified === expected.verified);
    await page.bringToFront();
    const tabId = (await browser.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    )) as number;
    await expect
      .poll(() => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), {
        timeout: 10_000,
      })
      .toBe(String(expected.contradicted));

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('body[data-ready="done"]');
    for (const verdict of VERDICTS) {
      expect(await popup.locator(`.count[data-verdict="${verdict}"] strong`).textContent()).toBe(
        String(expected[verdict]),
      );
    }
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(unrelated).toBeGreaterThan(0);
    expect(await popup.locator('#figures li').count()).toBe(total - unrelated);
    // Contradicted figures come first (the core's VERDICT_ORDER).
    expect(await popup.locator('#figures section').first().getAttribute('data-verdict')).toBe('contradicted');
    await popup.locator('#show-unrelated').check();
    expect(await popup.locator('#figures li').count()).toBe(total);
    // Clicking a listed figure scrolls the page to it and opens its card there.
    await popup.locator('#figures li[data-verdict="contradicted"] button').first().click();
    await expect.poll(() => page.locator('figure-check-ui .fc-card').count()).toBe(1);
    expect(await page.locator('figure-check-ui .fc-card').getAttribute('data-verdict')).toBe('contradicted');
    await popup.close();
    await page.close();
  });
});

describe('reading text as a reader sees it', () => {
  it('marks figures split across inline tags and skips code, fields, editors and hidden text', async () => {
    const page = await open('/split.html');
    const status = await waitForScan(page, (s) => s.counts.verified >= 2);
    expect(status.counts.verified).toBe(3);
    const verified = await highlightTexts(page, 'verified');
    expect(verified.sort()).toEqual(['4,164', '44,499', '6.728 million'].sort());
    // The split "6.728 million" is one range running from the <span> into the next text node.
    const crossesNodes = await page.evaluate(() => {
      const range = [...CSS.highlights.get('factcheck-verified')!].find(
        (r) => (r as Range).toString() === '6.728 million',
      ) as Range;
      return (
        range.startContainer !== range.endContainer && range.startContainer.parentElement?.tagName === 'SPAN'
      );
    });
    expect(crossesNodes).toBe(true);
    await page.close();
  });

  it('follows content added and changed after load', async () => {
    const page = await open('/later.html');
    const status = await waitForScan(page, (s) => s.counts.verified >= 3, 20_000);
    expect(status.counts.verified).toBe(3);
    expect((await highlightTexts(page, 'verified')).sort()).toEqual(['4,141', '4,164', '44,499'].sort());
    await page.close();
  });
});

describe('a React page', () => {
  it('hydrates, keeps rendering state updates and logs no errors', async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await recordStatus(page);
    await page.goto(`${server.url}/react.html`);
    await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true);
    await waitForScan(page, (s) => s.counts.verified >= 1);
    expect(await highlightTexts(page, 'verified')).toContain('44,499');
    await page.click('#more');
    await page.click('#more');
    await expect.poll(() => page.locator('#count').textContent()).toBe('2');
    expect(await page.locator('p.extra').count()).toBe(2);
    await waitForScan(page, (s) => s.counts.verified >= 3);
    expect((await highlightTexts(page, 'verified')).filter((t) => t === '2,902')).toHaveLength(2);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the card', () => {
  it('opens on hover with the verdict, official figure, source sentence and citation; Escape closes it', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await open('/split.html');
    await waitForScan(page, (s) => s.counts.verified >= 3);
    const figure = builtinSet().figures.find((f) => f.numberText === '44,499')!;
    const at = await markCenter(page, '44,499');
    await page.mouse.move(at.x, at.y);
    const card = page.locator('figure-check-ui .fc-card');
    await card.waitFor();
    expect(await card.getAttribute('data-verdict')).toBe('verified');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Verified');
    expect(text).toContain(describeFigure(figure));
    expect(text).toContain(figure.speaker);
    expect(text).toContain(figure.source.title);
    expect(await card.locator('.fc-quote .fc-number').textContent()).toBe('44,499');
    await card.locator('.fc-copy').click();
    await expect.poll(() => card.locator('.fc-status').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citationLine(figure));
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });

  it('opens on click for a contradicted figure with the likely error', async () => {
    const page = await open('/article.html');
    await waitForScan(page, (s) => s.counts.verified === expected.verified);
    const [first] = await highlightTexts(page, 'contradicted');
    const at = await markCenter(page, first!);
    await page.mouse.click(at.x, at.y);
    const card = page.locator('figure-check-ui .fc-card');
    await card.waitFor();
    expect(await card.getAttribute('data-verdict')).toBe('contradicted');
    expect(await card.textContent()).toContain('Likely error');
    await page.close();
  });
});

describe('extension pages', () => {
  it('the draft checker annotates typed text and lists each figure', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/draft.html`);
    await page.locator('#draft').fill('');
    await page
      .locator('#draft')
      .pressSequentially(
        'By the end of 2023, there were a total of 44,499 national standards and 4,164 national standard samples. ',
        { delay: 2 },
      );
    await page
      .locator('#draft')
      .pressSequentially('In 2023, 4,411 industry standards were filed.', { delay: 2 });
    await page.waitForSelector('body[data-checked="3"]');
    expect(await highlightCounts(page)).toMatchObject({ verified: 2, contradicted: 1 });
    expect(await page.locator('.count[data-verdict="contradicted"] strong').textContent()).toBe('1');
    await page.locator('#figures li[data-verdict="contradicted"] button').click();
    const card = page.locator('figure-check-ui .fc-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('4,141');
    expect(await card.textContent()).toContain('digits transposed');
    await page.close();
  });

  it('imports a custom figure set (rejecting a bad file with row and field) and uses it on pages', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const bad = 'value,measure,source title,date\nabc,tea houses,Ledger survey,2024-13-01\n';
    await options
      .locator('#import-file')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await options.locator('#import-result .issues li').first().waitFor();
    const issues = await options.locator('#import-result .issues li').allTextContents();
    expect(issues.some((t) => t.includes('row 2') && t.includes('value'))).toBe(true);
    expect(issues.some((t) => t.includes('row 2') && t.includes('date'))).toBe(true);
    expect(await options.locator('#sets tbody tr').count()).toBe(0);

    const good = [
      'value,unit,measure,qualifier,period,period end,source title,publisher,date,url,quote,speaker,keywords',
      '7321,count,tea houses in Hangzhou,exact,by the end of 2024,2024-12-31,Ledger Institute tea survey,The Ledger Institute,2025-01-15,https://example.org/tea,"Hangzhou had 7,321 tea houses by the end of 2024.",Ms Example,tea houses',
    ].join('\n');
    await options
      .locator('#import-file')
      .setInputFiles({ name: 'tea.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await options.locator('#import-result .ok').waitFor();
    expect(await options.locator('#sets tbody tr').count()).toBe(1);

    const page = await open('/custom.html');
    await waitForScan(page, (s) => s.counts.verified === 1);
    const at = await markCenter(page, '7,321');
    await page.mouse.click(at.x, at.y);
    const card = page.locator('figure-check-ui .fc-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('Ledger Institute tea survey');

    // Removing the set takes effect on open pages too.
    await options.locator('#sets tbody tr button', { hasText: 'Remove' }).click();
    await waitForScan(page, (s) => s.counts.verified === 0);
    await options.close();
    await page.close();
  });
});
