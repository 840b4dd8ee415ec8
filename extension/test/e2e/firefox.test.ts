// @vitest-environment node
/**
 * The core browser scenarios in a real Firefox (Debian's firefox-esr over WebDriver BiDi, the
 * Firefox MV2 build installed as a temporary add-on): marks on an article with the core's
 * verdicts, the card on hover, a hydrated React page without errors, and the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { fileURLToPath } from 'node:url';
import { builtinSet, checkText, describeFigure, VERDICTS } from '@figure-check/core';
import { articleHtml, articleParagraphs } from '../fixtures/article.ts';
import { App } from '../fixtures/react-app.ts';
import { htmlPage, serve, type Route } from './harness.ts';
import {
  firefoxHighlightCounts,
  firefoxMarkCenter,
  launchFirefox,
  openAddonPage,
  openFirefoxPage,
  requireFirefox,
  waitForFirefoxScan,
  type FirefoxSession,
} from './firefox-harness.ts';

// Missing Firefox fails this file with the command that installs it (never a silent skip).
requireFirefox();

const paragraphs = articleParagraphs();
const expected = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<string, number>;
/** Numbers the set says nothing about: the popup lists them only when asked. */
let unrelated = 0;
for (const p of paragraphs)
  for (const m of checkText(p.text, builtinSet()).mentions) {
    expected[m.verdict]!++;
    if (m.verdict === 'unverified' && !m.figure && m.alternatives.length === 0) unrelated++;
  }

let firefox: FirefoxSession;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../fixtures/react-client.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  const routes: Record<string, Route> = {
    '/article.html': { body: articleHtml(paragraphs) },
    '/react.html': {
      body: htmlPage(
        'React',
        `<div id="root">${renderToString(createElement(App))}</div><script src="/react.js"></script>`,
      ),
    },
    '/react.js': { body: Buffer.from(bundle.outputFiles[0]!.contents), type: 'text/javascript' },
  };
  server = await serve(routes);
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('marks every figure of an article with the verdict the core gives, checked in the background', async () => {
    const page = await openFirefoxPage(firefox, `${server.url}/article.html`);
    const status = await waitForFirefoxScan(page, (s) => s.counts.verified === expected.verified);
    expect(status.counts).toEqual(expected);
    expect(status.errors).toBe(0);
    expect(status.checkedInBackground).toBeGreaterThan(100);
    expect(status.checkedInPage).toBe(0);
    expect(await firefoxHighlightCounts(page)).toEqual({ ...expected, unverified: 0 });
    await page.close();
  });

  it('opens the card on hover with the verdict and the official figure', async () => {
    const page = await openFirefoxPage(firefox, `${server.url}/article.html`);
    await waitForFirefoxScan(page, (s) => s.counts.verified === expected.verified);
    const figure = builtinSet().figures.find((f) => f.numberText === '44,499')!;
    const at = await firefoxMarkCenter(page, '44,499');
    await page.mouse.move(at.x - 3, at.y);
    await page.mouse.move(at.x, at.y);
    const card = await page.waitForFunction(
      () => {
        const el = document.querySelector('figure-check-ui')?.shadowRoot?.querySelector('.fc-card');
        return el ? { verdict: (el as HTMLElement).dataset.verdict, text: el.textContent } : null;
      },
      { timeout: 10_000 },
    );
    const seen = (await card.jsonValue()) as { verdict: string; text: string };
    expect(seen.verdict).toBe('verified');
    expect(seen.text).toContain(describeFigure(figure));
    expect(seen.text).toContain('Copy citation');
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => !document.querySelector('figure-check-ui')?.shadowRoot?.querySelector('.fc-card'),
    );
    await page.close();
  });

  it('a React page hydrates and keeps rendering, with no errors', async () => {
    const page = await firefox.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('figure-check:status', (event) => {
        (window as unknown as { __fcStatus: unknown }).__fcStatus = JSON.parse(
          (event as CustomEvent<string>).detail,
        );
      });
    });
    await page.goto(`${server.url}/react.html`);
    await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true);
    await waitForFirefoxScan(page, (s) => s.counts.verified >= 1);
    await page.click('#more');
    await page.click('#more');
    await page.waitForFunction(() => document.getElementById('count')?.textContent === '2');
    expect(await page.$$eval('p.extra', (nodes) => nodes.length)).toBe(2);
    await waitForFirefoxScan(page, (s) => s.counts.verified >= 3);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the popup shows the counts of the page’s figures', async () => {
    const article = await openFirefoxPage(firefox, `${server.url}/article.html`);
    await waitForFirefoxScan(article, (s) => s.counts.verified === expected.verified);
    // Opened as a tab of its own, the popup reports on the tab used last: the article.
    const popup = await openAddonPage(firefox, '/popup.html', () => document.body.dataset.ready === 'done');
    const counts = await popup.evaluate(() => document.getElementById('counts')?.textContent ?? '');
    expect(counts).toContain(String(expected.contradicted));
    expect(counts).toContain(String(expected.verified));
    const listed = await popup.evaluate(() => document.querySelectorAll('#figures li').length);
    expect(listed).toBe(Object.values(expected).reduce((a, b) => a + b, 0) - unrelated);
    expect(
      await popup.evaluate(() => document.querySelector('#figures section')?.getAttribute('data-verdict')),
    ).toBe('contradicted');
    await popup.close();
    await article.close();
  });
});
