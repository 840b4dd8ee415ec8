/**
 * A deterministic dump of every verdict the core gives on the project's own texts: the archived
 * sources one by one, the articles of every labeled set (labels stripped), the sample article and sheet, and
 * the benchmark's large inputs (as a hash: their dumps run to hundreds of megabytes). Written to
 * show that a change meant to be a refactoring or a speed-up changes no output: dump before,
 * dump after, compare the files.
 *
 *   npx tsx core/bench/verdict-snapshot.ts /tmp/before.json
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText, type TextReport } from '../src/check/check-text.ts';
import { checkTable, type TableReport } from '../src/check/check-table.ts';
import { parseCsv } from '../src/set/csv.ts';
import { loadCorpus, type CorpusName } from '../test/corpus-labels.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: verdict-snapshot.ts OUT.json');

const root = fileURLToPath(new URL('../../', import.meta.url));
const set = builtinSet();
const txtFiles = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') }));

/** Every field of a text's verdicts, figures named by id. */
function dumpText(report: TextReport): unknown {
  return {
    time: report.time,
    summary: report.summary,
    mentions: report.mentions.map((m) => ({
      span: [m.start, m.end],
      text: m.text,
      value: m.value,
      unit: m.unit,
      qualifier: m.qualifier,
      context: m.context,
      verdict: m.verdict,
      figure: m.figure?.id ?? null,
      alternatives: m.alternatives.map((f) => f.id),
      explanation: m.explanation,
      likelyError: m.likelyError ?? null,
      reason: m.reason ?? null,
      namedBy: m.namedBy ?? null,
      referredTo: m.referredTo ?? null,
    })),
  };
}

function dumpTable(report: TableReport): unknown {
  return {
    summary: report.summary,
    checkable: report.checkable,
    cells: report.cells.map((c) => ({
      at: [c.row, c.col],
      value: c.value,
      checkedValue: c.checkedValue,
      unit: c.unit,
      text: c.text,
      labels: c.labels,
      verdict: c.verdict,
      figure: c.figure?.id ?? null,
      alternatives: c.alternatives.map((f) => f.id),
      explanation: c.explanation,
      likelyError: c.likelyError ?? null,
    })),
  };
}

const sources = txtFiles('data/sources');
// Every labeled set, held-out ones too: the dump is compared, not read.
const corpusNames = readdirSync(join(root, 'core/test'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.startsWith('corpus'))
  .map((d) => d.name as CorpusName)
  .sort();
const articles = [
  ...corpusNames.flatMap((set) => loadCorpus(set).map((a) => ({ name: `${set}/${a.name}`, text: a.text }))),
  {
    name: 'data/samples/news-article.txt',
    text: readFileSync(join(root, 'data/samples/news-article.txt'), 'utf8'),
  },
];
const texts: Record<string, unknown> = {};
for (const { name, text } of [...sources, ...articles]) texts[name] = dumpText(checkText(text, set));

// The benchmark's inputs, built as core/bench/run.ts builds them (sources in directory order).
const allSources = sources.map((s) => s.text).join('\n\n');
const news = loadCorpus()
  .map((a) => a.text)
  .join('\n\n');
const large: Record<string, string> = {
  'sources joined': allSources,
  'sources x100': Array.from({ length: 100 }, () => allSources).join('\n\n'),
  'news repeated': Array.from({ length: Math.ceil(2e6 / Buffer.byteLength(news)) }, () => news).join('\n\n'),
};
const hashes: Record<string, unknown> = {};
for (const [name, text] of Object.entries(large)) {
  const report = checkText(text, set);
  hashes[name] = {
    mentions: report.mentions.length,
    sha256: createHash('sha256')
      .update(JSON.stringify(dumpText(report)))
      .digest('hex'),
  };
}

const sheet = parseCsv(readFileSync(join(root, 'data/samples/sheet.csv'), 'utf8'));
const table = dumpTable(checkTable({ values: sheet, sheetName: 'sheet' }, set));

writeFileSync(out, `${JSON.stringify({ texts, large: hashes, 'data/samples/sheet.csv': table }, null, 1)}\n`);
console.log(`wrote ${out}`);
