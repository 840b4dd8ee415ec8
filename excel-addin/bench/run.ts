/**
 * npm run bench -w excel-addin: (1) the pure check of 100,000 labelled value cells, block by
 * block as the pane does it; (2) the context.sync() calls the add-in makes for 100,000 cells,
 * counted with the office-addin-mock workbook of the tests. Writes its section of the repository's docs/benchmarks.md.
 */
import { builtinSet, type CellValue } from '@figure-check/core';
import { planBlocks } from '../src/lib/block-plan.ts';
import { checkBlock, leadRows } from '../src/lib/check-block.ts';
import { runCheck } from '../src/excel/check-runner.ts';
import { FakeWorkbook } from '../test/fake-excel.ts';
import { BENCHMARKS_FILE, writeBenchmarkSection } from '../../core/bench/write-section.ts';

const N = 100_000;
const LABELS: Array<[string, number]> = [
  ['defective vehicles recalled', 6728000],
  ['national standards in force', 44499],
  ['local standards filed', 10751],
  ['effective implementation rate of national standards', 0.937],
  ['operating revenue of the certification industry (yuan)', 123456],
];
const rows: CellValue[][] = [['Indicator', 'Value']];
for (let i = 0; i < N; i++) {
  const [label, value] = LABELS[i % LABELS.length]!;
  rows.push([label, i % 7 === 0 ? value * 1.1 : value]);
}

const set = builtinSet();
const shape = { rowIndex: 0, columnIndex: 0, rowCount: rows.length, columnCount: 2 };

function pureRun(): { ms: number; checked: number } {
  const t0 = performance.now();
  let checked = 0;
  let lead;
  for (const block of planBlocks(shape)) {
    const values = rows.slice(block.startRow, block.startRow + block.rowCount);
    if (block.index === 0) lead = leadRows(values);
    checked += checkBlock({ block, sheetName: 'Bench', values, ...(lead ? { lead } : {}) }, set).length;
  }
  return { ms: performance.now() - t0, checked };
}

pureRun(); // warm-up: indexes built, JIT warmed
const runs = [pureRun(), pureRun(), pureRun()];
const median = runs.map((r) => r.ms).sort((a, b) => a - b)[1]!;
console.log(
  `pure check: ${runs[0]!.checked} value cells (${rows.length * 2} cells with labels): median ${median.toFixed(0)} ms`,
);

async function syncs(mark: boolean, cols: number): Promise<{ syncs: number; blocks: number; runs: number }> {
  const book = new FakeWorkbook();
  const sheet = book.sheet('Bench');
  const width = cols;
  const height = N / width;
  sheet.put(0, 0, [Array.from({ length: width }, (_, c) => LABELS[c % LABELS.length]![0])]);
  sheet.put(
    1,
    0,
    Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => (r % 7 === 0 ? 1 : LABELS[c % LABELS.length]![1])),
    ),
  );
  book.select('Bench', `A1:${String.fromCharCode(64 + width)}${height + 1}`);
  await runCheck({
    scope: 'selection',
    set,
    run: book.run,
    caps: { notes: true, comments: true, fillPattern: true, entities: false },
    mark,
  });
  return {
    syncs: book.syncs,
    blocks: planBlocks({ rowIndex: 0, columnIndex: 0, rowCount: height + 1, columnCount: width }).length,
    runs: book.runs,
  };
}

const oneCol = await syncs(false, 1);
const fiveCol = await syncs(false, 5);
const marked = await syncs(true, 5);
console.log(`syncs, 100,000 cells in 1 column, no marks: ${oneCol.syncs} (${oneCol.blocks} blocks)`);
console.log(`syncs, 100,000 cells in 5 columns, no marks: ${fiveCol.syncs} (${fiveCol.blocks} blocks)`);
console.log(
  `syncs, 100,000 cells in 5 columns, marking every checked cell: ${marked.syncs} (${marked.blocks} blocks)`,
);

const md = `## Excel add-in

Measured by \`npm run bench -w excel-addin\` (Node ${process.version}, ${new Date().toISOString().slice(0, 10)}).

### Pure check of 100,000 labelled cells

${N.toLocaleString('en-US')} value cells, each with a label cell to its left (${(rows.length * 2).toLocaleString('en-US')} cells read), one in seven off
by 10%, checked with core's \`checkTable\` block by block (5,000 rows per block) as the pane does it:

| run | time |
| --- | --- |
${runs.map((r, i) => `| ${i + 1} | ${r.ms.toFixed(0)} ms |`).join('\n')}
| **median** | **${median.toFixed(0)} ms per 100k cells** |

### context.sync() calls for 100,000 cells

Counted with the office-addin-mock workbook of the tests (\`test/fake-excel.ts\`). Set-up is 2 syncs
(range shapes, then the sheet header and the store's keys); each block is 1 sync to read values and
number formats, plus 2 when marking (read the checked cells' fills and notes; write marks and records).
Blocks are at most 5,000 rows and 50,000 cells.

| range | marks | blocks | syncs |
| --- | --- | --- | --- |
| 100,000 × 1 column | no | ${oneCol.blocks} | ${oneCol.syncs} |
| 20,000 × 5 columns | no | ${fiveCol.blocks} | ${fiveCol.syncs} |
| 20,000 × 5 columns | every checked cell | ${marked.blocks} | ${marked.syncs} |

The pane yields to Excel (a macrotask) between blocks and updates its progress bar, so a 100,000-cell
check never holds Excel for more than one block.
`;
writeBenchmarkSection('excel-addin', md);
console.log(`wrote the Excel add-in section of ${BENCHMARKS_FILE}`);
