/**
 * `npm run bench`: throughput of the core on a large text, our extractor against
 * @microsoft/recognizers-text-number, and our indexed matcher against a plain fuse.js search.
 * All numbers in one run, on one machine, so the ratios are comparable.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import recognizers from '@microsoft/recognizers-text-number';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { extractFigures } from '../src/extract/extract.ts';
import { matcherFor } from '../src/judge/verdict.ts';
import { claimFromMention } from '../src/resolve/claim.ts';
import { loadCorpus, overlaps } from '../test/corpus-labels.ts';
import { writeBenchmarkSection } from './write-section.ts';

const sourcesDir = fileURLToPath(new URL('../../data/sources/', import.meta.url));
const sources = readdirSync(sourcesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(sourcesDir, f), 'utf8'))
  .join('\n\n');

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}
/** Best of `runs` (after one warm-up) to damp noise from the other core. */
function best<T>(runs: number, fn: () => T): { ms: number; result: T } {
  fn();
  let out = time(fn);
  for (let i = 1; i < runs; i++) {
    const t = time(fn);
    if (t.ms < out.ms) out = t;
  }
  return out;
}
const mb = (text: string) => Buffer.byteLength(text, 'utf8') / 1e6;
const fmt = (n: number, d = 1) => n.toFixed(d);

const set = builtinSet();
matcherFor(set); // indexes are built once per set; time the checks, not the index build
const rows: string[][] = [];

// 1. End-to-end check throughput on the sources concatenated 100 times.
const large = Array.from({ length: 100 }, () => sources).join('\n\n');
const bare = best(3, () => {
  let n = 0;
  const re = /\d+/g;
  while (re.exec(large)) n++;
  return n;
});
const e2e = best(3, () => checkText(large, set));
rows.push([
  'check (extract + match + verdict), sources x100',
  `${fmt(mb(large))} MB`,
  `${fmt(e2e.ms, 0)} ms`,
  `${fmt(mb(large) / (e2e.ms / 1000))} MB/s`,
  `${e2e.result.summary.total} figures`,
]);
// The same on news-style text: the labeled corpus articles (English and Chinese), repeated.
const news = loadCorpus()
  .map((a) => a.text)
  .join('\n\n');
const newsLarge = Array.from({ length: Math.ceil(2e6 / Buffer.byteLength(news)) }, () => news).join('\n\n');
const newsCheck = best(3, () => checkText(newsLarge, set));
rows.push([
  'check on news articles (the corpus, English and Chinese, repeated)',
  `${fmt(mb(newsLarge))} MB`,
  `${fmt(newsCheck.ms, 0)} ms`,
  `${fmt(mb(newsLarge) / (newsCheck.ms / 1000))} MB/s`,
  `${newsCheck.result.summary.total} figures`,
]);
rows.push([
  'bare text pass (/\\d+/g over the same text)',
  `${fmt(mb(large))} MB`,
  `${fmt(bare.ms, 0)} ms`,
  `${fmt(mb(large) / (bare.ms / 1000))} MB/s`,
  `check is ${fmt(e2e.ms / bare.ms)}x the bare pass`,
]);

// 2. Our extractor against Microsoft's number recognizer, on the same text (sources x5: the
// recognizer is too slow for x100 in a benchmark run).
const medium = Array.from({ length: 5 }, () => sources).join('\n\n');
const ours = best(3, () => extractFigures(medium));
const theirs = best(1, () => recognizers.recognizeNumber(medium, recognizers.Culture.English));
rows.push([
  'our extractor, sources x5',
  `${fmt(mb(medium), 2)} MB`,
  `${fmt(ours.ms, 1)} ms`,
  `${fmt(mb(medium) / (ours.ms / 1000))} MB/s`,
  `${ours.result.length} figures`,
]);
rows.push([
  'recognizers-text-number (English), same text',
  `${fmt(mb(medium), 2)} MB`,
  `${fmt(theirs.ms, 0)} ms`,
  `${fmt(mb(medium) / (theirs.ms / 1000), 2)} MB/s`,
  `ours is ${fmt(theirs.ms / ours.ms, 0)}x faster`,
]);

// Recall of figure spans on the labeled corpus (every labeled figure, any verdict).
const corpus = loadCorpus();
let labels = 0;
let foundOurs = 0;
let foundTheirs = 0;
for (const article of corpus) {
  const mine = extractFigures(article.text);
  const culture = article.language === 'zh' ? recognizers.Culture.Chinese : recognizers.Culture.English;
  const other = recognizers
    .recognizeNumber(article.text, culture)
    .map((r) => ({ start: r.start, end: r.end + 1 }));
  for (const label of article.labels) {
    labels++;
    if (mine.some((m) => overlaps(m, label))) foundOurs++;
    if (other.some((m) => overlaps(m, label))) foundTheirs++;
  }
}
const recallRow = `recall on the labeled corpus (${labels} figures in ${corpus.length} articles): ours ${fmt((100 * foundOurs) / labels)}%, recognizers ${fmt((100 * foundTheirs) / labels)}%`;

// 3. Indexed matcher against a plain fuse.js search of the whole set for every mention.
const matchText = Array.from({ length: 10 }, () => sources).join('\n\n');
const mentions = extractFigures(matchText);
const claims = mentions.map((m) => claimFromMention(matchText, m));
const matcher = matcherFor(set);
const indexed = best(3, () => claims.map((c) => matcher.judge(c)));
const plainFuse = new Fuse(set.figures as never[], {
  keys: ['measure', 'keywords.en', 'keywords.zh'],
  threshold: 0.4,
  ignoreLocation: true,
  includeScore: true,
});
// The plain search is slow: time it on the first 300 mentions and compare per mention.
const sample = claims.slice(0, 300);
const plain = best(1, () => sample.map((c) => plainFuse.search(c.near.slice(-60), { limit: 5 })));
rows.push([
  'indexed matcher (value index + vocabulary), per mention',
  `${claims.length} mentions`,
  `${fmt(indexed.ms, 0)} ms`,
  `${fmt((indexed.ms * 1000) / claims.length, 2)} µs/mention`,
  '',
]);
const plainPer = (plain.ms * 1000) / sample.length;
const indexedPer = (indexed.ms * 1000) / claims.length;
rows.push([
  'plain fuse.js search of the whole set, per mention',
  `${sample.length} mentions`,
  `${fmt(plain.ms, 0)} ms`,
  `${fmt(plainPer, 2)} µs/mention`,
  `indexed is ${fmt(plainPer / indexedPer, 0)}x faster per mention`,
]);

const table = [
  '| what | input | time | throughput | note |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
console.log(
  `Figure Check core benchmark: node ${process.version}, ${set.size} figures\n\n${table}\n\n${recallRow}`,
);
writeBenchmarkSection(
  'core',
  `## Core

Measured by \`npm run bench -w core\` (core/bench/run.ts), node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${set.size} figures.
Inputs: the archived sources (five English, ten Chinese) concatenated (x100 for throughput, x5 for the extractor comparison
because the recognizer is slow, x10 for the matcher comparison). Times are the best of three runs after a warm-up.

${table}

Extraction ${recallRow}.
`,
);

// Big inputs through the CLI as a child process: time and peak memory (writes its own section).
await import('./big-input.ts');
