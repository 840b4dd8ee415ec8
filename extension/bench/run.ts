/**
 * Benchmark in the real browser: a page without a single figure, and a ~1 MB article with
 * ~5,000 figures, Debian's Chromium with the built extension. The main-thread cost each page
 * pays is the content script's evaluation (from a Chromium trace) plus every task it runs
 * (timed inside its slices). Also prints the comparison with a bare TreeWalker pass reading the
 * same text and the time to the first highlight in the viewport; writes the tables to its
 * section of the repository's docs/benchmarks.md.
 *
 *   npm run bench -w extension            (builds first)
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { articleHtml, articleParagraphs } from '../test/fixtures/article.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, launch, recordStatus, serve, waitForScan, type Status } from '../test/e2e/harness.ts';
import { BATCH_CHARS } from '../src/lib/background-batcher.ts';
import { BENCHMARKS_FILE, writeBenchmarkSection } from '../../core/bench/write-section.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** A news page without figures: headline, navigation, a few paragraphs of prose. */
const QUIET_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Opinion</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>Why standards matter to everyone</h1>
${Array.from({ length: 12 }, () => '<p>Standards shape the things we use every day, from the plugs in our walls to the food on our tables, and most of the time nobody notices them at all.</p>').join('\n')}
</article></main><footer><p>About us · Contact · Privacy</p></footer></body></html>`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface TraceEvent {
  name: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

/**
 * Loads `url` in a new tab while tracing, waits for the extension's scan, and returns its status
 * with the time the browser spent evaluating the content script (compile and run of the file,
 * which the script's own timing cannot see).
 */
async function tracedLoad(
  context: BrowserContext,
  url: string,
  done: (s: Status) => boolean,
): Promise<{ page: Page; status: Status; evaluateMs: number; scriptKb: number }> {
  const page = await context.newPage();
  await recordStatus(page);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => {
    events.push(...(event.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.goto(url);
  const status = await waitForScan(page, done, 300_000);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const ours = (e: TraceEvent) => e.args?.data?.url?.endsWith('/content-scripts/content.js') ?? false;
  const evaluateMs =
    events.filter((e) => e.name === 'EvaluateScript' && ours(e)).reduce((sum, e) => sum + (e.dur ?? 0), 0) /
    1000;
  const file = join(root, 'dist/chrome-mv3/content-scripts/content.js');
  const scriptKb = (await import('node:fs')).statSync(file).size / 1024;
  return { page, status, evaluateMs, scriptKb };
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Debian's Chromium is needed at ${CHROMIUM} (apt-get install -y chromium)`);
  const cli = [
    join(root, 'node_modules/wxt/bin/wxt.mjs'),
    join(dirname(root), 'node_modules/wxt/bin/wxt.mjs'),
  ].find((p) => existsSync(p))!;
  execFileSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });

  // ~1 MB of article text with ~5,000 figures.
  // Unique paragraphs (no verdict cache hits) with plain prose between the figures.
  let repeat = 1;
  const make = () => articleParagraphs({ repeat, unique: true, filler: 1 });
  let paragraphs = make();
  const size = () => paragraphs.reduce((n, p) => n + p.text.length + 1, 0);
  while (size() < 1_000_000) {
    repeat++;
    paragraphs = make();
  }
  const html = articleHtml(paragraphs, 'Benchmark: a very long article');

  // The core bundled for the page: the "core only" reference (TreeWalker + checkText per block).
  const coreBundle = await build({
    stdin: {
      contents: "import * as core from '@figure-check/core'; (window as any).FigureCheckCore = core;",
      loader: 'ts',
      resolveDir: root,
    },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
  });
  const server = await serve({
    '/bench.html': { body: html },
    '/core.js': { body: Buffer.from(coreBundle.outputFiles[0]!.contents), type: 'text/javascript' },
    '/quiet.html': { body: QUIET_PAGE },
  });
  const browser = await launch();
  const rows: Array<Record<string, number>> = [];
  const phaseRows: Array<Record<string, number>> = [];
  const quiet: Array<{ evaluateMs: number; workMs: number; longestMs: number; scriptKb: number }> = [];
  try {
    const longTaskScript = () => {
      const w = window as unknown as { __longTasks: number[]; __firstHighlight: number | null };
      w.__longTasks = [];
      w.__firstHighlight = null;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      const timer = setInterval(() => {
        const any = ['verified', 'approximate', 'contradicted'].some(
          (v) => (CSS.highlights.get(`factcheck-${v}`)?.size ?? 0) > 0,
        );
        if (any) {
          w.__firstHighlight = performance.now();
          clearInterval(timer);
        }
      }, 5);
    };
    await browser.context.addInitScript(longTaskScript);
    // A page without a single figure: what every page pays for having the extension on.
    for (let run = 0; run < RUNS; run++) {
      const { page, status, evaluateMs, scriptKb } = await tracedLoad(
        browser.context,
        `${server.url}/quiet.html`,
        () => true,
      );
      quiet.push({ evaluateMs, workMs: status.totalMs, longestMs: status.longestMs, scriptKb });
      console.log(`quiet page run ${run + 1}:`, JSON.stringify(quiet.at(-1)));
      await page.close();
    }
    for (let run = 0; run < RUNS; run++) {
      const { page, status, evaluateMs } = await tracedLoad(
        browser.context,
        `${server.url}/bench.html`,
        (s) => s.counts.verified > 500,
      );
      const loadEnd = await page.evaluate(() =>
        performance.getEntriesByType('navigation')[0]
          ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd
          : 0,
      );
      const page1 = await page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[]; __firstHighlight: number | null };
        return { longTasks: w.__longTasks, firstHighlight: w.__firstHighlight };
      });
      // Bare TreeWalker pass over the same text (median of 5, after the page settled).
      const bare = await page.evaluate(() => {
        const times: number[] = [];
        let chars = 0;
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let text = '';
          for (let n = walker.nextNode(); n; n = walker.nextNode()) text += (n as Text).data;
          times.push(performance.now() - t);
          chars = text.length;
        }
        times.sort((a, b) => a - b);
        return { ms: times[2]!, chars };
      });
      // Core only: the same TreeWalker pass handing each paragraph to checkText (no DOM work).
      await page.addScriptTag({ url: `${server.url}/core.js` });
      const coreOnly = await page.evaluate(() => {
        const core = (
          window as unknown as {
            FigureCheckCore: {
              builtinSet: () => unknown;
              checkText: (t: string, s: unknown) => { mentions: unknown[] };
            };
          }
        ).FigureCheckCore;
        const set = core.builtinSet();
        core.checkText('warm up 1,000 standards', set);
        const t = performance.now();
        let mentions = 0;
        for (const p of document.querySelectorAll('article p'))
          mentions += core.checkText(p.textContent ?? '', set).mentions.length;
        return { ms: performance.now() - t, mentions };
      });
      const total =
        status.counts.verified +
        status.counts.approximate +
        status.counts.contradicted +
        status.counts.unverified;
      rows.push({
        chars: bare.chars,
        figures: total,
        extensionMs: status.totalMs,
        evaluateMs,
        mainThreadMs: status.totalMs + evaluateMs,
        slices: status.slices,
        longestSliceMs: status.longestMs,
        longTasks: page1.longTasks.length,
        longestLongTaskMs: page1.longTasks.length ? Math.max(...page1.longTasks) : 0,
        bareMs: bare.ms,
        coreOnlyMs: coreOnly.ms,
        firstVisibleFromScanMs: status.firstVisibleMs ?? -1,
        firstHighlightFromNavMs: page1.firstHighlight ?? -1,
        loadEventEndMs: loadEnd,
        checkedInBackground: status.checkedInBackground,
        checkedInPage: status.checkedInPage,
        failures: status.failures,
      });
      phaseRows.push(status.phases);
      console.log(
        `run ${run + 1}:`,
        JSON.stringify(rows.at(-1)),
        'longest task:',
        JSON.stringify(status.longestDetail),
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const m = (key: string) => median(rows.map((r) => r[key]!));
  const ratioBare = m('extensionMs') / m('bareMs');
  const ratioCore = m('extensionMs') / m('coreOnlyMs');
  const phaseNames = [...new Set(phaseRows.flatMap((r) => Object.keys(r)))];
  const phaseMedian = (name: string) => median(phaseRows.map((r) => r[name] ?? 0));
  const phasedMs = phaseNames.reduce((sum, name) => sum + phaseMedian(name), 0);
  const phaseTable = [
    '| Kind of work (median of the runs) | ms | share |',
    '|---|---|---|',
    ...phaseNames.map(
      (name) =>
        `| ${name} | ${phaseMedian(name).toFixed(1)} | ${((phaseMedian(name) / m('extensionMs')) * 100).toFixed(0)}% |`,
    ),
    `| scheduling and bookkeeping (slice loop, counts, status; the rest of the total) | ${Math.max(0, m('extensionMs') - phasedMs).toFixed(1)} | ${((Math.max(0, m('extensionMs') - phasedMs) / m('extensionMs')) * 100).toFixed(0)}% |`,
  ].join('\n');
  const chromiumVersion = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
  const q = (key: 'evaluateMs' | 'workMs' | 'longestMs' | 'scriptKb') => median(quiet.map((r) => r[key]));
  const quietTotal = median(quiet.map((r) => r.evaluateMs + r.workMs));
  const loadTable = [
    `| What every page pays (median of ${quiet.length} runs for the page without figures, ${rows.length} for the 1 MB page) | Value | Target |`,
    '|---|---|---|',
    `| Content script size | ${q('scriptKb').toFixed(0)} KB (the core is in the background) | small |`,
    `| Page without figures: evaluating the content script (trace) + its tasks (own timing) | ${q('evaluateMs').toFixed(1)} + ${q('workMs').toFixed(1)} = **${quietTotal.toFixed(1)} ms** (longest task ${Math.max(q('evaluateMs'), q('longestMs')).toFixed(1)} ms) | ≤ 16 ms |`,
    `| 1 MB page with ${m('figures')} figures: evaluating the content script + its tasks | ${m('evaluateMs').toFixed(1)} + ${m('extensionMs').toFixed(0)} = **${m('mainThreadMs').toFixed(0)} ms** | ≤ 100 ms |`,
    `| 1 MB page: longest task of the extension | **${m('longestSliceMs').toFixed(1)} ms** | ≤ 50 ms |`,
  ].join('\n');
  const table = [
    `| Measure (median of ${rows.length} runs) | Value | Target |`,
    '|---|---|---|',
    `| Page text | ${(m('chars') / 1e6).toFixed(2)} MB, ${m('figures')} figures found | ~1 MB, ~5,000 figures |`,
    `| Where the core ran | background: ${m('checkedInBackground')} blocks; page: ${m('checkedInPage')} blocks; failures: ${m('failures')} | background |`,
    `| Extension main-thread time (sum of its tasks) | ${m('extensionMs').toFixed(0)} ms in ${m('slices')} tasks | |`,
    `| Bare TreeWalker pass reading the same text | ${m('bareMs').toFixed(1)} ms | |`,
    `| **Ratio extension / bare TreeWalker** | **${ratioBare.toFixed(1)}×** | ≤ 3× |`,
    `| Core only, if it ran in the page (TreeWalker + core \`checkText\` per paragraph, one blocking pass) | ${m('coreOnlyMs').toFixed(0)} ms | |`,
    `| Ratio extension / core only | ${ratioCore.toFixed(2)}× | |`,
    `| Longest task of the extension (own timing) | ${m('longestSliceMs').toFixed(1)} ms | ≤ 50 ms |`,
    `| Long tasks (> 50 ms) seen by PerformanceObserver during load + scan | ${m('longTasks')} (longest ${m('longestLongTaskMs').toFixed(0)} ms) | 0 from the extension |`,
    `| First highlight in the viewport, from scan start | ${m('firstVisibleFromScanMs').toFixed(0)} ms | |`,
    `| First highlight painted, from navigation start (page load ends at ${m('loadEventEndMs').toFixed(0)} ms) | ${m('firstHighlightFromNavMs').toFixed(0)} ms | |`,
  ].join('\n');
  const doc = `## Browser extension

Measured by \`npm run bench -w extension\` (extension/bench/run.ts) on ${new Date().toISOString().slice(0, 10)} with ${chromiumVersion}, headless, on this machine (2 cores; load average ${loadavg()[0]!.toFixed(1)} when the runs ended: other work shares the cores, and every number here grows with it).
The page is a generated article (the built-in figures' quotes, rounded, wrong and unrelated variants, repeated) served on 127.0.0.1.

${loadTable}

The content script starts its work when the page is idle (\`requestIdleCallback\`), after the page's own loading. *Evaluating* is the \`EvaluateScript\` time of \`content.js\` in a Chromium trace of the load (compiling and running the file); *its tasks* are the extension's time slices, each timed with \`performance.now()\`.

The core (extraction, matching, verdicts) runs in the extension's background (the MV3 service worker; the background page in Firefox's MV2), not on the page's main thread. On the page, the content script finds and reads the blocks of text, sends them in batches (visible blocks first, at most ${BATCH_CHARS / 1024}K characters a message, one message in flight while the next batch is read), decodes the compact answers, and makes the Ranges and highlights. The content script does not contain the core: a batch the background does not answer stays unmarked until the next scan (the *failures* count).

${table}

**Against the 3× target: missed.** 3× the bare TreeWalker pass is ${(3 * m('bareMs')).toFixed(1)} ms for ${m('figures')} figures; what is left on the page after moving the core out costs more than that by itself. A bare walk only concatenates text nodes; the extension must also find which blocks are rendered and in the viewport (\`checkVisibility\`, layout reads), map flat text back to nodes, serialise 1 MB of text into messages, and make one Range per figure and register it in a Highlight. Each of these alone is above the target; the table below says how much.

Where the extension's main-thread time goes (each kind timed with \`performance.now()\` inside the extension's slices):

${phaseTable}

How each number is taken:
- *Extension main-thread time* is the sum of the durations of every task the content script ran (each time slice is timed with \`performance.now()\`), from the first scan to the end, including serialising the texts it sends. It does not include the browser's own style and paint work for the highlights, nor the browser's deserialising of the background's answers before the content script's callback runs (the answers are compact: figure details once per page, explanations once per answer, a few numbers per mention).
- *Bare TreeWalker pass* walks every text node of \`<body>\` and concatenates it, in the page, median of 5.
- *Core only* is the work now done in the background: the same text handed to the core's \`checkText\` paragraph by paragraph in one blocking pass, in the page (it would freeze the page for that long).
- *Long tasks* are counted by a \`PerformanceObserver({type: 'longtask'})\` registered before the page loads; they include the page's own parsing and layout of 1 MB of HTML, not only the extension's tasks (whose own longest task is the row above).

Runs:

| run | extension ms | tasks | longest task ms | bare ms | core only ms | long tasks | first highlight (scan) ms | first highlight (nav) ms |
|---|---|---|---|---|---|---|---|---|
${rows.map((r, i) => `| ${i + 1} | ${r.extensionMs!.toFixed(0)} | ${r.slices} | ${r.longestSliceMs!.toFixed(1)} | ${r.bareMs!.toFixed(1)} | ${r.coreOnlyMs!.toFixed(0)} | ${r.longTasks} | ${r.firstVisibleFromScanMs!.toFixed(0)} | ${r.firstHighlightFromNavMs!.toFixed(0)} |`).join('\n')}
`;
  writeBenchmarkSection('extension', doc);
  console.log(
    `\n${loadTable}\n\n${table}\n\n${phaseTable}\n\nratio extension/bare TreeWalker: ${ratioBare.toFixed(1)}x (target <= 3x)\nwritten to the extension section of ${BENCHMARKS_FILE}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
