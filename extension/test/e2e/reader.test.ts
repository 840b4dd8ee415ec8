// @vitest-environment node
/**
 * End to end in Debian's Chromium: what a reader relies on around the verdict. The card fits
 * the viewport on laptop and phone screens wherever the figure is, with the verdict header and
 * "Copy citation" in sight; the real shortcut keys step from where the reader is (scroll
 * position or keyboard focus), keep going after Escape, keep Tab inside the card and give
 * focus back on close.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinSet, checkText, verdictHeading } from '@figure-check/core';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import {
  escapeHtml,
  highlightCounts,
  htmlPage,
  launch,
  markCenter,
  openPage,
  serve,
  waitForScan,
  type Browser,
} from './harness.ts';

const set = builtinSet();
/** Quotes of the set with exactly one figure, verified: one mark per paragraph. */
const ONE_FIGURE = set.figures
  .map((f) => f.quote)
  .filter((quote) => {
    const mentions = checkText(quote, set).mentions;
    return mentions.length === 1 && mentions[0]!.verdict === 'verified';
  });
/**
 * The tallest card the set gives: a contradicted figure (digits swapped) with the longest source
 * sentence and the most other sources.
 */
const WRONG = (() => {
  let best = { score: -1, text: '' };
  for (const f of set.figures) {
    const digits = /\d[\d,]*\d/.exec(f.numberText ?? '')?.[0];
    if (!digits) continue;
    const swapped = digits.slice(0, -2) + digits.at(-1)! + digits.at(-2)!;
    if (swapped === digits) continue;
    const text = f.quote.replace(f.numberText, f.numberText.replace(digits, swapped));
    const mention = checkText(text, set).mentions.find((m) => m.text.includes(swapped));
    if (mention?.verdict !== 'contradicted') continue;
    const score = mention.alternatives.length * 200 + f.quote.length + text.length;
    if (score > best.score) best = { score, text };
  }
  return best.text;
})();
const FILLER =
  '<p class="filler">Background reporting without figures. '.repeat(1) + 'More words. '.repeat(40) + '</p>';

/** Figures near every edge: top and bottom are reached by scrolling; left and right by alignment. */
const EDGES = htmlPage(
  'Edges',
  `<style>body { margin: 0 8px; font: 16px/1.5 serif; } .right { text-align: right; }</style>
  <article>
    <p id="left">${escapeHtml(WRONG)}</p>
    ${FILLER.repeat(6)}
    <p id="right" class="right">${escapeHtml(WRONG)}</p>
    ${FILLER.repeat(6)}
  </article>`,
);

const STEPS = ONE_FIGURE.slice(0, 6);
const STEPPING = htmlPage(
  'Stepping',
  `<style>p.figure { margin: 0 0 70vh; }</style>
  <article>
    ${STEPS.map((quote, i) => `<p class="figure" id="f${i}">${escapeHtml(quote)}</p>${i === 1 ? '<p><a id="link" href="#here">A link between the second and third figures</a></p>' : ''}`).join('\n')}
  </article>`,
);

const INDUSTRY = 'In 2023, 4,411 industry standards were filed.';
const DISAGREE = htmlPage(
  'Disagree',
  `<article><p id="wrong">${escapeHtml(INDUSTRY)}</p><p>${escapeHtml(STEPS[0]!)}</p></article>`,
);

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  expect(STEPS).toHaveLength(6);
  server = await serve({
    '/edges.html': { body: EDGES },
    '/stepping.html': { body: STEPPING },
    '/disagree.html': { body: DISAGREE },
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The open card's box, its header's and its copy button's, and the viewport. */
async function cardGeometry(
  page: Page,
): Promise<{ card: Box; head: Box; copy: Box; vw: number; vh: number } | null> {
  return page.evaluate(() => {
    const card = document.querySelector('figure-check-ui')?.shadowRoot?.querySelector('.fc-card');
    if (!card) return null;
    const box = (el: Element | null | undefined) => {
      const r = el!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    return {
      card: box(card),
      head: box(card.querySelector('.fc-head')),
      copy: box(card.querySelector('.fc-copy')),
      vw: document.documentElement.clientWidth,
      vh: document.documentElement.clientHeight,
    };
  });
}

/** Scrolls the mark inside `#id` to the top or bottom edge of the viewport; returns its centre. */
async function placeMark(page: Page, id: string, edge: 'top' | 'bottom'): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([elementId, where]) => {
      for (const [, highlight] of CSS.highlights) {
        for (const range of highlight) {
          const r = range as Range;
          if (!document.getElementById(elementId)!.contains(r.startContainer)) continue;
          const rect = r.getBoundingClientRect();
          const target = where === 'top' ? 2 : innerHeight - 2 - rect.height;
          window.scrollBy(0, rect.top - target);
          const now = r.getBoundingClientRect();
          return { x: now.left + now.width / 2, y: now.top + now.height / 2 };
        }
      }
      throw new Error(`no mark in #${elementId}`);
    },
    [id, edge] as const,
  );
}

const within = (inner: Box, vw: number, vh: number) =>
  inner.top >= 0 && inner.left >= 0 && inner.bottom <= vh && inner.right <= vw;

describe('the card on a laptop and a phone', () => {
  for (const [width, height] of [
    [1366, 650],
    [1280, 720],
    [390, 844],
  ] as const) {
    it(`fits ${width}×${height} near every edge, verdict and Copy citation in sight`, async () => {
      const page = await openPage(browser, server.url, '/edges.html');
      await page.setViewportSize({ width, height });
      await waitForScan(page, (s) => s.counts.contradicted >= 2);
      for (const id of ['left', 'right'])
        for (const edge of ['top', 'bottom'] as const) {
          const at = await placeMark(page, id, edge);
          await page.mouse.click(at.x, at.y);
          const geometry = await cardGeometry(page);
          expect(geometry, `${id} ${edge}`).not.toBeNull();
          const { card, head, copy, vw, vh } = geometry!;
          expect(
            within(card, vw, vh),
            `card of #${id} at the ${edge}: ${JSON.stringify(card)} in ${vw}×${vh}`,
          ).toBe(true);
          expect(within(head, vw, vh), `header of #${id} at the ${edge}`).toBe(true);
          expect(within(copy, vw, vh), `Copy citation of #${id} at the ${edge}`).toBe(true);
          // The body scrolls when it has to; the card is never taller than the screen.
          expect(card.bottom - card.top).toBeLessThanOrEqual(vh - 16);
          await page.keyboard.press('Escape');
        }
      await page.close();
    });
  }
});

/** The number on the open card (its quoted figure), or null when no card is open. */
async function openFigure(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document.querySelector('figure-check-ui')?.shadowRoot?.querySelector('.fc-quoted')?.textContent ?? null,
  );
}

/** The figure text of paragraph `i` as the card quotes it. */
function quoted(i: number): string {
  return `“${checkText(STEPS[i]!, set).mentions[0]!.text}”`;
}

describe('stepping with the keyboard', () => {
  it('starts from the scroll position, not the first figure', async () => {
    const page = await openPage(browser, server.url, '/stepping.html');
    await waitForScan(page, (s) => s.counts.verified === 6);
    await page.evaluate(() => document.getElementById('f3')!.scrollIntoView({ block: 'start' }));
    await page.keyboard.press('Alt+Shift+Period');
    expect(await openFigure(page)).toBe(quoted(3));
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.getElementById('f3')!.scrollIntoView({ block: 'start' }));
    await page.keyboard.press('Alt+Shift+Comma');
    expect(await openFigure(page)).toBe(quoted(2));
    await page.close();
  });

  it('starts after the focused element, keeps Tab in the card, returns focus and continues after Escape', async () => {
    const page = await openPage(browser, server.url, '/stepping.html');
    await waitForScan(page, (s) => s.counts.verified === 6);
    await page.focus('#link');
    await page.keyboard.press('Alt+Shift+Period');
    expect(await openFigure(page)).toBe(quoted(2));
    const inCard = () =>
      page.evaluate(() => {
        const host = document.querySelector('figure-check-ui');
        return document.activeElement === host && !!host?.shadowRoot?.activeElement?.closest('.fc-card');
      });
    expect(await inCard()).toBe(true);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
      await page.keyboard.press('Tab');
      expect(await inCard()).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await openFigure(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
    // Escape did not reset where stepping was.
    await page.keyboard.press('Alt+Shift+Period');
    expect(await openFigure(page)).toBe(quoted(3));
    await page.keyboard.press('Alt+Shift+Period');
    expect(await openFigure(page)).toBe(quoted(4));
    await page.keyboard.press('Escape');
    // Focus goes back to the link the reader started from, not to a card of the chain.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
    await page.close();
  });
});

/** Clicks a button of the open card. */
async function cardButton(page: Page, selector: string): Promise<void> {
  await page.locator(`figure-check-ui .fc-card ${selector}`).click();
}

describe('disagreeing with a verdict and reading the source', () => {
  it('"Report a problem" copies a complete report; "Not this figure" dismisses, is remembered and undone in the popup', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await openPage(browser, server.url, '/disagree.html');
    await waitForScan(page, (s) => s.counts.contradicted === 1);
    const mention = checkText(INDUSTRY, set).mentions[0]!;
    let at = await markCenter(page, '4,411');
    await page.mouse.click(at.x, at.y);
    await cardButton(page, '.fc-report');
    await expect.poll(() => page.locator('figure-check-ui .fc-status').textContent()).toBe('Report copied');
    const report = await page.evaluate(() => navigator.clipboard.readText());
    for (const part of [
      `${server.url}/disagree.html`,
      `Sentence: ${INDUSTRY}`,
      'Number: 4,411',
      'Verdict: contradicted',
      `Figure id: ${mention.figure!.id}`,
      'Extension version: 0.1.0',
    ])
      expect(report).toContain(part);

    await cardButton(page, '.fc-dismiss');
    await expect.poll(async () => (await highlightCounts(page)).contradicted).toBe(0);
    expect(await page.locator('figure-check-ui .fc-card').count()).toBe(0);
    // Remembered for this page.
    await page.reload();
    await waitForScan(page, (s) => s.counts.contradicted === 1);
    expect((await highlightCounts(page)).contradicted).toBe(0);
    expect((await highlightCounts(page)).verified).toBe(1);

    // Undone from the popup.
    await page.bringToFront();
    const tabId = (await browser.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    )) as number;
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('body[data-ready="done"]');
    expect(await popup.locator('#figures li[data-verdict="contradicted"]').count()).toBe(0);
    await popup.locator('#dismissed-box summary').click();
    expect(await popup.locator('#dismissed li').textContent()).toContain('4,411');
    await popup.locator('#dismissed li button.undo').click();
    await expect.poll(async () => (await highlightCounts(page)).contradicted).toBe(1);
    await popup.close();
    at = await markCenter(page, '4,411');
    expect(at.x).toBeGreaterThan(0);
    await page.close();
  });

  it('exports the page report as Markdown and CSV with the page address and the time checked', async () => {
    const page = await openPage(browser, server.url, '/disagree.html');
    await waitForScan(page, (s) => s.counts.contradicted === 1);
    await page.bringToFront();
    const tabId = (await browser.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    )) as number;
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('body[data-ready="done"]');
    for (const [button, first] of [
      ['#export-md', '# Figure Check report'],
      ['#export-csv', 'page,checked,figure,verdict'],
    ] as const) {
      const download = popup.waitForEvent('download');
      await popup.locator(button).click();
      const file = await (await download).path();
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith(first)).toBe(true);
      expect(text).toContain(`${server.url}/disagree.html`);
      expect(text).toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expect(text).toContain('4,411');
    }
    await popup.close();
    await page.close();
  });

  it('"Read the source" opens the archived source with the quoted sentence marked and in view', async () => {
    const page = await openPage(browser, server.url, '/disagree.html');
    await waitForScan(page, (s) => s.counts.contradicted === 1);
    const figure = checkText(INDUSTRY, set).mentions[0]!.figure!;
    const at = await markCenter(page, '4,411');
    await page.mouse.click(at.x, at.y);
    const opened = browser.context.waitForEvent('page');
    await cardButton(page, '.fc-open-source');
    const viewer = await opened;
    await viewer.waitForSelector('body[data-ready="done"]');
    expect(viewer.url()).toContain('/source.html?figure=');
    expect(await viewer.locator('#quote').textContent()).toBe(figure.quote);
    expect(await viewer.locator('#title').textContent()).toBe(figure.source.title);
    const inView = await viewer.evaluate(() => {
      const r = document.getElementById('quote')!.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight;
    });
    expect(inView).toBe(true);
    expect(await viewer.locator('#original').getAttribute('href')).toBe(new URL(figure.source.url!).href);
    await viewer.close();
    await page.close();
  });
});

describe('a Chinese browser', () => {
  it('shows the card and the popup in Chinese, with the core’s Chinese verdict words', async () => {
    const zh = await launch({ language: 'zh-CN' });
    try {
      const page = await openPage(zh, server.url, '/disagree.html');
      await waitForScan(page, (s) => s.counts.contradicted === 1);
      const at = await markCenter(page, '4,411');
      await page.mouse.click(at.x, at.y);
      const card = page.locator('figure-check-ui .fc-card');
      await card.waitFor();
      expect(await card.locator('.fc-verdict').textContent()).toBe(verdictHeading('contradicted', 'zh'));
      expect(await card.locator('.fc-copy').textContent()).toBe('复制引文');
      expect(await card.getAttribute('lang')).toBe('zh-CN');
      await page.bringToFront();
      const tabId = (await zh.worker.evaluate(
        async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
      )) as number;
      const popup = await zh.context.newPage();
      await popup.goto(`chrome-extension://${zh.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('body[data-ready="done"]');
      expect(await popup.locator('#report-title').textContent()).toBe('本页的数字');
      expect(await popup.locator('#figures section h3').first().textContent()).toContain(
        verdictHeading('contradicted', 'zh'),
      );
      await popup.close();
      await page.close();
    } finally {
      await zh.close();
    }
  });
});
