/**
 * npm run bench -w excel-addin: 100,000 and 1,000,000 cells.
 * (1) The add-in's own work, without Excel: each block checked with core's `checkTable` and added
 *     to the results list, as the pane does it.
 * (2) The whole runner against the office-addin-mock workbook of the tests: time, `context.sync()`
 *     calls, and the largest write request (bytes of values, formats and note text in one sync,
 *     as the fake workbook records them; Office's limit is 5 MB).
 * Writes its section of the repository's docs/benchmarks.md.
 */
import { builtinSet, type CellValue } from '@figure-check/core';
import { planBlocks } from '../src/lib/block-plan.ts';
import { checkBlock, leadRows, type LeadRows } from '../src/lib/check-block.ts';
import { ResultsBuilder } from '../src/lib/results-model.ts';
import { WRITE_BATCH_BYTES, runCheck } from '../src/excel/check-runner.ts';
import { FAKE_CAPABILITIES, FakeWorkbook } from '../test/fake-excel.ts';
import { BENCHMARKS_FILE, writeBenchmarkSection } from '../../core/bench/write-section.ts';

const WIDTH = 5;
const LABELS: Array<[string, number]> = [
  ['defective vehicles recalled', 6728000],
  ['national standards in force', 44499],
  ['local standards filed', 10751],
  ['effective implementation rate of national standards', 0.937],
  ['operating revenue of the certification industry (yuan)', 123456],
];
const CAPS = FAKE_CAPABILITIES;
const set = builtinSet();
const fmt = (n: number) => n.toLocaleString('en-US');

/** A header row of labels over `cells / 5` rows of values; one row in 100 off by 10%, one in 7 unrelated. */
function grid(cells: number): CellValue[][] {
  const rows: CellValue[][] = [LABELS.map((l) => l[0])];
  for (let r = 0; r < cells / WIDTH; r++)
    rows.push(
      LABELS.map(([, v]) => (r % 100 === 0 ? Math.round(v * 1.1 * 1000) / 1000 : r % 7 === 0 ? 1 : v)),
    );
  return rows;
}

/** The pure part: blocks checked by core and listed, no Excel. */
function pureRun(rows: CellValue[][]): { ms: number; checked: number } {
  const t0 = performance.now();
  const results = new ResultsBuilder(set);
  let lead: LeadRows | undefined;
  for (const block of planBlocks({
    rowIndex: 0,
    columnIndex: 0,
    rowCount: rows.length,
    columnCount: WIDTH,
  })) {
    const values = rows.slice(block.startRow, block.startRow + block.rowCount);
    if (block.index === 0) lead = leadRows(values);
    const cells = checkBlock({ block, sheetName: 'Bench', values, ...(lead ? { lead } : {}) }, set);
    results.add('Bench', cells, values.length * WIDTH, values.length * WIDTH);
  }
  return { ms: performance.now() - t0, checked: results.build().items.length };
}

interface MockRun {
  cells: number;
  marks: string;
  ms: number;
  blocks: number;
  syncs: number;
  largestRequest: number;
  marked: number;
}

async function mockRun(rows: CellValue[][], marks: 'none' | 'all' | 'contradicted'): Promise<MockRun> {
  const book = new FakeWorkbook();
  const sheet = book.sheet('Bench');
  sheet.put(0, 0, rows);
  book.select('Bench', `A1:E${rows.length}`);
  const t0 = performance.now();
  const { results } = await runCheck({
    scope: 'selection',
    set,
    run: book.run,
    caps: CAPS,
    mark: marks !== 'none',
    ...(marks === 'contradicted' ? { markVerdicts: new Set(['contradicted'] as const) } : {}),
  });
  const ms = performance.now() - t0;
  const cells = (rows.length - 1) * WIDTH;
  return {
    cells,
    marks: marks === 'none' ? 'none' : marks === 'all' ? 'every checked cell' : 'contradicted only',
    ms,
    blocks: planBlocks({ rowIndex: 0, columnIndex: 0, rowCount: rows.length, columnCount: WIDTH }).length,
    syncs: book.syncs,
    largestRequest: book.largestRequest,
    marked: marks === 'none' ? 0 : marks === 'all' ? results.items.length : results.counts.contradicted,
  };
}

const small = grid(100_000);
const large = grid(1_000_000);

pureRun(small); // warm-up: indexes built, JIT warmed
const pureSmall = [pureRun(small), pureRun(small), pureRun(small)];
const medianSmall = pureSmall.map((r) => r.ms).sort((a, b) => a - b)[1]!;
console.log(`pure, 100,000 cells: median ${medianSmall.toFixed(0)} ms (${pureSmall[0]!.checked} checked)`);
const pureLarge = pureRun(large);
console.log(`pure, 1,000,000 cells: ${pureLarge.ms.toFixed(0)} ms (${pureLarge.checked} checked)`);

const runs: MockRun[] = [];
for (const [rows, marks] of [
  [small, 'none'],
  [small, 'all'],
  [large, 'none'],
  [large, 'contradicted'],
] as const) {
  const r = await mockRun(rows, marks);
  runs.push(r);
  console.log(
    `mock, ${fmt(r.cells)} cells, marks ${r.marks}: ${r.ms.toFixed(0)} ms, ${r.syncs} syncs, largest request ${fmt(r.largestRequest)} bytes, ${fmt(r.marked)} marked`,
  );
}

const md = `## Excel add-in

Measured by \`npm run bench -w excel-addin\` (Node ${process.version}, ${new Date().toISOString().slice(0, 10)}).
The sheet: five label columns in a header row over 20,000 or 200,000 rows of values; one row in
100 off by 10% (contradicted), one in 7 an unrelated number.

### The add-in's own work

Each block (at most 5,000 rows and 50,000 cells) checked with core's \`checkTable\` and added to
the results list, as the pane does it, without Excel:

| cells | time |
| --- | --- |
| 100,000 | ${medianSmall.toFixed(0)} ms (median of 3) |
| 1,000,000 | ${pureLarge.ms.toFixed(0)} ms (1 run) |

### Through the runner, on the mock workbook

The whole check (read, check, mark with notes and records) against the office-addin-mock workbook
of the tests (\`test/fake-excel.ts\`). Times include the mock's own bookkeeping, which dominates
when marking: they bound the add-in's cost from above, they are not Excel's. Syncs: 2 to set up,
per block 1 to read, and when marking 1 to read the checked cells' fills and notes plus 1 per write
batch; batches are cut at ${fmt(WRITE_BATCH_BYTES)} bytes (Office's request limit is 5 MB). Each mark is
a fill, a note (verdict, explanation, series, citation) and a record row, so marking every cell of a
20,000-cell block takes about 16 write requests.

| cells | marks | blocks | time | \`context.sync()\` | largest write request | cells marked |
| --- | --- | --- | --- | --- | --- | --- |
${runs.map((r) => `| ${fmt(r.cells)} | ${r.marks} | ${r.blocks} | ${(r.ms / 1000).toFixed(1)} s | ${r.syncs} | ${fmt(r.largestRequest)} bytes | ${fmt(r.marked)} |`).join('\n')}

Marking every cell of a million is not run: the mock keeps an object per touched cell and needs
well over 4 GB for it. The pane yields to Excel (a macrotask) between blocks and updates its
progress bar, so no check holds Excel for more than one block.
`;
writeBenchmarkSection('excel-addin', md);
console.log(`wrote the Excel add-in section of ${BENCHMARKS_FILE}`);
