/**
 * The Excel code paths against office-addin-mock objects (test/fake-excel.ts): block reads and
 * their syncs, marks, and "Clear marks" restoring exactly what the cells had.
 */
import { describe, expect, it } from 'vitest';
import { builtinSet } from '@figure-check/core';
import { WRITE_BATCH_BYTES, runCheck } from '../src/excel/check-runner.ts';
import { runClear } from '../src/excel/clear-runner.ts';
import { selectCell } from '../src/excel/select-cell.ts';
import { STORE_SHEET } from '../src/excel/store.ts';
import type { HostCapabilities } from '../src/excel/host.ts';
import { NOTE_MARK, VERDICT_FILL } from '../src/lib/marks.ts';
import { EMPTY_MESSAGE, NOTHING_TO_CHECK_MESSAGE } from '../src/lib/results-model.ts';
import { FakeWorkbook, NO_FILL } from './fake-excel.ts';

const set = builtinSet();
const CAPS: HostCapabilities = { notes: true, comments: true, fillPattern: true, entities: false };
const YELLOW = { color: '#FFFF00', pattern: 'Solid', patternColor: '#000000' };
const HATCHED = { color: '#DDEBF7', pattern: 'Gray50', patternColor: '#4472C4' };

/** A small sheet: header row, labels in A, figures in B; B2 has a yellow fill and a note of the user's. */
function smallBook(): FakeWorkbook {
  const book = new FakeWorkbook();
  const s = book.sheet('Recalls');
  s.put(0, 0, [
    ['Indicator', 'Value'],
    ['defective vehicles recalled in 2023', 6728000],
    ['defective vehicles recalled in 2023', 7280000],
    ['effective implementation rate of national standards', 0.937],
    ['national standards in force', 44499],
  ]);
  s.cell(3, 1).format = '0.0%';
  s.cell(1, 1).fill = { ...YELLOW };
  s.cell(1, 1).note = 'my note: check with Li';
  s.cell(4, 1).fill = { ...HATCHED };
  book.select('Recalls', 'A1:B5');
  return book;
}

const check = (book: FakeWorkbook, scope: 'selection' | 'sheet' = 'selection', caps = CAPS) =>
  runCheck({ scope, set, run: book.run, caps });

describe('check: block reads', () => {
  it('reads 36,003 cells in 5,000-row blocks with a fixed number of syncs per block, never per cell', async () => {
    const book = new FakeWorkbook();
    const s = book.sheet('Big');
    s.put(0, 0, [['Indicator', 'Official', 'Quoted']]);
    const rows = Array.from({ length: 12_000 }, (_, i) => [
      'defective vehicles recalled in 2023',
      6728000,
      i % 2 ? 7280000 : 'n/a',
    ]);
    s.put(1, 0, rows);
    book.select('Big', 'A1:C12001');
    const progress: number[] = [];
    const { results } = await runCheck({
      scope: 'selection',
      set,
      run: book.run,
      caps: CAPS,
      mark: false,
      onProgress: (d) => progress.push(d),
    });
    // 12,001 rows x 3 columns = 3 blocks (5,000 + 5,000 + 2,001 rows).
    expect(progress).toEqual([0, 15_000, 30_000, 36_003]);
    expect(book.syncs).toBe(2 + 3); // set-up (2) + one read per block
    expect(book.cellsLoaded).toBe(36_003); // each cell's values read once (numberFormat along with them)
    expect(results.counts.verified).toBe(12_000);
    expect(results.counts.contradicted).toBe(6_000);
  });

  it('with marking: a few syncs per block, writes bounded by request size', async () => {
    const book = new FakeWorkbook();
    const s = book.sheet('Big');
    s.put(0, 0, [['defective vehicles recalled in 2023']]);
    s.put(
      1,
      0,
      Array.from({ length: 6_000 }, (_, i) => [i % 3 ? 6728000 : 7280000]),
    );
    book.select('Big', 'A1:A6001');
    const { results } = await check(book);
    // Per block: read, read fills and notes, then one write per batch of at most WRITE_BATCH_BYTES.
    expect(book.syncs).toBeLessThanOrEqual(2 + 2 * 6);
    expect(book.largestRequest).toBeGreaterThan(0);
    expect(book.largestRequest).toBeLessThanOrEqual(WRITE_BATCH_BYTES);
    expect(results.counts).toMatchObject({ verified: 4_000, contradicted: 2_000 });
    expect(s.at('A3').fill?.color).toBe(VERDICT_FILL.verified);
    expect(s.at('A2').fill?.color).toBe(VERDICT_FILL.contradicted);
    // Every later block still reads the column header from the first block.
    expect(s.at('A6001').note).toMatch(/^Figure Check: /);
  });
});

describe('check: marks', () => {
  it('fills each checked cell by verdict and attaches a note with verdict and citation', async () => {
    const book = smallBook();
    const { results, sheet, address } = await check(book);
    expect([sheet, address]).toEqual(['Recalls', 'A1:B5']);
    expect(results.counts).toMatchObject({ verified: 3, contradicted: 1 });
    const s = book.sheet('Recalls');
    expect(s.at('B2').fill?.color).toBe(VERDICT_FILL.verified);
    expect(s.at('B3').fill?.color).toBe(VERDICT_FILL.contradicted);
    expect(s.at('B4').fill?.color).toBe(VERDICT_FILL.verified);
    expect(s.at('B3').note).toContain(`${NOTE_MARK}contradicted`);
    expect(s.at('B3').note).toContain('Source: Liu Sanjiang');
    // The note carries the measure's series (core's formatSeries), the checked year bracketed.
    expect(s.at('B3').note).toContain('\nSeries: 2022: 4,488,000 · [2023: 6,728,000] · 2024: 11,237,000');
    expect(s.at('B4').note).not.toContain('Series:'); // stated for one date only
    expect(s.at('A2').fill).toBeUndefined(); // labels are not marked
    const store = book.sheets.find((x) => x.name === STORE_SHEET);
    expect(store?.visibility).toBe('VeryHidden');
    expect(store?.at('A1').value).toBe('Figure Check marks v2');
    expect(store?.usedBox()?.rowCount).toBe(5); // header + 4 marked cells
  });

  it('takes labels from outside a selection: the sheet header above, the label column left', async () => {
    const book = smallBook();
    book.select('Recalls', 'B3:B3');
    const { results } = await check(book);
    expect(results.items).toHaveLength(1);
    expect(results.items[0]).toMatchObject({ address: 'B3', verdict: 'contradicted', official: '6,728,000' });
    expect(results.items[0]?.labels).toContain('defective vehicles recalled in 2023');
  });

  it('says so for an empty or a non-numeric selection, and marks nothing', async () => {
    const book = smallBook();
    book.select('Recalls', 'E1:F3');
    expect((await check(book)).results.message).toBe(EMPTY_MESSAGE);
    book.select('Recalls', 'A1:A3');
    expect((await check(book)).results.message).toBe(NOTHING_TO_CHECK_MESSAGE);
    expect(book.sheets.some((s) => s.name === STORE_SHEET)).toBe(false);
  });

  it('"Check sheet" checks the used range', async () => {
    const book = smallBook();
    book.select('Recalls', 'A1:A1');
    const { results, address } = await check(book, 'sheet');
    expect(address).toBe('A1:B5');
    expect(results.items).toHaveLength(4);
  });
});

describe('clear marks', () => {
  it("restores fills (none, solid, patterned) and notes (none, the user's) exactly, from the workbook alone", async () => {
    const book = smallBook();
    const s = book.sheet('Recalls');
    const before = JSON.parse(JSON.stringify([...s.cells.entries()])) as Array<
      [string, Record<string, unknown>]
    >;
    await check(book);
    await check(book); // checking twice must not record the add-in's own marks as originals
    expect(book.sheets.find((x) => x.name === STORE_SHEET)?.usedBox()?.rowCount).toBe(5);

    // The pane was closed: a new run with no memory of the check.
    const result = await runClear({ run: book.run, caps: CAPS });
    expect(result).toEqual({ restored: 4, keptUserChanges: 0, missing: 0, legacy: 0 });
    const after = JSON.parse(JSON.stringify([...s.cells.entries()])) as Array<
      [string, Record<string, unknown>]
    >;
    // Cells that had no fill were given one by the mark; "no fill" is back (white, pattern None).
    const normalized = after.map(([k, c]) => [
      k,
      c.fill &&
      JSON.stringify(c.fill) === JSON.stringify(NO_FILL) &&
      !before.find(([bk]) => bk === k)?.[1]?.fill
        ? { ...c, fill: undefined }
        : c,
    ]);
    expect(JSON.parse(JSON.stringify(normalized))).toEqual(before);
    expect(s.at('B2').fill).toEqual(YELLOW);
    expect(s.at('B2').note).toBe('my note: check with Li');
    expect(s.at('B5').fill).toEqual(HATCHED);
    expect(s.at('B3').fill).toEqual(NO_FILL);
    expect(s.at('B3').note).toBeUndefined();
    expect(book.sheets.some((x) => x.name === STORE_SHEET)).toBe(false);
    expect(await runClear({ run: book.run, caps: CAPS })).toEqual({
      restored: 0,
      keptUserChanges: 0,
      missing: 0,
      legacy: 0,
    });
  });

  it('keeps a fill or note the user changed after checking', async () => {
    const book = smallBook();
    const s = book.sheet('Recalls');
    await check(book);
    s.at('B3').fill = { color: '#0070C0', pattern: 'Solid', patternColor: '#000000' };
    s.at('B4').note = 'rewritten by me';
    const result = await runClear({ run: book.run, caps: CAPS });
    expect(result).toMatchObject({ restored: 2, keptUserChanges: 2 });
    expect(s.at('B3').fill?.color).toBe('#0070C0');
    expect(s.at('B3').note).toBeUndefined(); // the add-in's own note on it is gone
    expect(s.at('B4').note).toBe('rewritten by me');
  });

  it("uses comments where notes are unavailable, never touching the user's", async () => {
    const book = smallBook();
    const s = book.sheet('Recalls');
    s.at('B4').comment = 'user thread';
    const caps = { ...CAPS, notes: false };
    await check(book, 'selection', caps);
    expect(s.at('B3').comment).toMatch(/^Figure Check: contradicted/);
    expect(s.at('B4').comment).toBe('user thread');
    expect(s.at('B2').note).toBe('my note: check with Li');
    await runClear({ run: book.run, caps });
    expect(s.at('B3').comment).toBeUndefined();
    expect(s.at('B4').comment).toBe('user thread');
    expect(s.at('B2').fill).toEqual(YELLOW);
  });
});

describe('results list', () => {
  it('selects the cell of a clicked result', async () => {
    const book = smallBook();
    await selectCell(book.run, 'Recalls', 'B3');
    expect(book.selection).toEqual({
      sheet: 'Recalls',
      areas: [{ rowIndex: 2, columnIndex: 1, rowCount: 1, columnCount: 1 }],
    });
  });
});
