/**
 * Marks that can always be cleared, exactly (issue #11), in the fake workbook: a fixed value
 * checked again, a renamed sheet, sorted rows, inserted rows, a failure part way, a protected
 * sheet; merged cells, hidden and filtered rows, several selected areas, conditional formats,
 * contradicted marks that differ without colour, and marking contradicted cells only.
 */
import { describe, expect, it } from 'vitest';
import { builtinSet } from '@figure-check/core';
import {
  CONDITIONAL_FORMAT_MESSAGE,
  PROTECTED_MESSAGE,
  runCheck,
  type CheckRunOptions,
} from '../src/excel/check-runner.ts';
import { runClear } from '../src/excel/clear-runner.ts';
import { STORE_SHEET } from '../src/excel/store.ts';
import { CONTRADICTED_PATTERN, NOTE_MARK, VERDICT_FILL, markIdOf } from '../src/lib/marks.ts';
import { FAKE_CAPABILITIES, FakeWorkbook, NO_FILL, type FakeSheet } from './fake-excel.ts';

const set = builtinSet();
const CAPS = FAKE_CAPABILITIES;
const YELLOW = { color: '#FFFF00', pattern: 'Solid', patternColor: '#000000' };
const BLUE = { color: '#DDEBF7', pattern: 'Solid', patternColor: '#000000' };

/** Header row, labels in A, figures in B; B2 yellow with the user's note, B4 blue. */
function book(): { book: FakeWorkbook; s: FakeSheet } {
  const b = new FakeWorkbook();
  const s = b.sheet('Recalls');
  s.put(0, 0, [
    ['Indicator', 'Value'],
    ['defective vehicles recalled in 2023', 6728000],
    ['defective vehicles recalled in 2023', 7280000],
    ['national standards in force', 44499],
    ['local standards filed', 10751],
  ]);
  s.at('B2').fill = { ...YELLOW };
  s.at('B2').note = 'my note: check with Li';
  s.at('B4').fill = { ...BLUE };
  b.select('Recalls', 'A1:B5');
  return { book: b, s };
}

const check = (b: FakeWorkbook, over: Partial<CheckRunOptions> = {}) =>
  runCheck({ scope: 'selection', set, run: b.run, caps: CAPS, ...over });
const clear = (b: FakeWorkbook) => runClear({ run: b.run, caps: CAPS });

/** The sheet's cells as the user sees them: value, fill (none left out), note. */
function snapshot(s: FakeSheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, c] of [...s.cells.entries()].sort()) {
    const fill = c.fill && JSON.stringify(c.fill) !== JSON.stringify(NO_FILL) ? c.fill : undefined;
    if (c.value === undefined && !fill && c.note === undefined) continue;
    out[key] = JSON.parse(JSON.stringify({ v: c.value, fill, note: c.note })) as unknown;
  }
  return out;
}

const marked = (s: FakeSheet) =>
  [...s.cells.values()].filter(
    (c) => c.note?.startsWith(NOTE_MARK) || Object.values(VERDICT_FILL).includes(c.fill?.color ?? ''),
  ).length;

describe('marks can always be cleared, exactly', () => {
  it('a value fixed and checked again is cleared back to its original fill', async () => {
    const { book: b, s } = book();
    const before = snapshot(s);
    await check(b);
    expect(s.at('B3').fill?.color).toBe(VERDICT_FILL.contradicted);
    s.at('B3').value = 6728000; // the analyst fixes the figure
    before['2,1'] = { v: 6728000 };
    await check(b);
    expect(s.at('B3').fill?.color).toBe(VERDICT_FILL.verified);
    const result = await clear(b);
    expect(result).toMatchObject({ keptUserChanges: 0, missing: 0 });
    expect(snapshot(s)).toEqual(before);
  });

  it('a renamed sheet is still cleared (records are keyed by the worksheet id)', async () => {
    const { book: b, s } = book();
    const before = snapshot(s);
    await check(b);
    s.name = 'Recalls 2023';
    expect(await clear(b)).toMatchObject({ restored: 4, missing: 0 });
    expect(snapshot(s)).toEqual(before);
  });

  it('after sorting, each note and fill goes back to the cell that had it', async () => {
    const { book: b, s } = book();
    await check(b);
    s.sortRows(1, 4, 1); // ascending by value: 10751, 44499, 6728000, 7280000
    await clear(b);
    expect(s.at('B4').value).toBe(6728000);
    expect(s.at('B4').note).toBe('my note: check with Li');
    expect(s.at('B4').fill).toEqual(YELLOW);
    expect(s.at('B3').value).toBe(44499);
    expect(s.at('B3').fill).toEqual(BLUE);
    expect(s.at('B5').note).toBeUndefined();
    expect(s.at('B5').fill ?? NO_FILL).toEqual(NO_FILL);
    expect(marked(s)).toBe(0);
  });

  it('after inserting rows above, each note and fill goes back to the cell that had it', async () => {
    const { book: b, s } = book();
    await check(b);
    s.insertRows(1, 2);
    await clear(b);
    expect(s.at('B4').note).toBe('my note: check with Li');
    expect(s.at('B4').fill).toEqual(YELLOW);
    expect(s.at('B6').fill).toEqual(BLUE);
    expect(s.at('B2').fill ?? NO_FILL).toEqual(NO_FILL);
    expect(marked(s)).toBe(0);
  });

  it('a check that fails part way leaves no mark without its record', async () => {
    const { book: b, s } = book();
    const before = snapshot(s);
    b.failAtWrite = 9; // somewhere among the fills and notes of the write request
    await expect(check(b)).rejects.toThrow(/protected/);
    expect(marked(s)).toBeGreaterThan(0);
    b.failAtWrite = null;
    await clear(b);
    expect(snapshot(s)).toEqual(before);
  });

  it('refuses to mark a protected sheet, says why, and still lists the figures', async () => {
    const { book: b, s } = book();
    s.protected = true;
    const before = snapshot(s);
    const run = await check(b);
    expect(run.warnings).toContain(PROTECTED_MESSAGE);
    expect(run.results.items).toHaveLength(4);
    expect(snapshot(s)).toEqual(before);
    expect(b.sheets.some((x) => x.name === STORE_SHEET)).toBe(false);
  });

  it('writes each mark id into its note', async () => {
    const { book: b, s } = book();
    await check(b);
    const ids = ['B2', 'B3', 'B4', 'B5'].map((a) => markIdOf(s.at(a).note));
    expect(ids.every((id) => id !== null)).toBe(true);
    expect(new Set(ids).size).toBe(4);
  });
});

describe('sheets as analysts keep them', () => {
  it('reads a merged label for every row it spans', async () => {
    const b = new FakeWorkbook();
    const s = b.sheet('Merged');
    s.put(0, 0, [
      ['Indicator', 'Year', 'Value'],
      ['Vehicles', 2023, 6728000],
      ['', 2023, 7280000],
    ]);
    s.put(1, 0, [['defective vehicles recalled in 2023']]);
    s.merges.push('A2:A3');
    b.select('Merged', 'A1:C3');
    const { results } = await check(b);
    expect(results.items.map((i) => [i.address, i.verdict])).toEqual([
      ['C3', 'contradicted'],
      ['C2', 'verified'],
    ]);
  });

  it('skips hidden and filtered rows and hidden columns: not checked, not marked', async () => {
    const { book: b, s } = book();
    s.hiddenRows.add(2); // B3, filtered out
    const { results } = await check(b);
    expect(results.items.map((i) => i.address).sort()).toEqual(['B2', 'B4', 'B5']);
    expect(s.at('B3').fill).toBeUndefined();
    expect(s.at('B3').note).toBeUndefined();
  });

  it('checks every area of a multi-area selection, with the sheet header above each', async () => {
    const { book: b, s } = book();
    b.select('Recalls', 'B3:B3,B5:B5');
    const { results } = await check(b);
    expect(results.items.map((i) => [i.address, i.verdict])).toEqual([
      ['B3', 'contradicted'],
      ['B5', 'verified'],
    ]);
    expect(s.at('B2').fill).toEqual(YELLOW);
    expect(s.at('B4').fill).toEqual(BLUE);
  });

  it('warns that conditional formatting can hide the marks', async () => {
    const { book: b, s } = book();
    s.conditionalFormats = 2;
    expect((await check(b)).warnings).toContain(CONDITIONAL_FORMAT_MESSAGE);
  });

  it('reads text numbers in the workbook culture ("6.728.000" with a decimal comma)', async () => {
    const b = new FakeWorkbook();
    b.decimalSeparator = ',';
    b.sheet('EU').put(0, 0, [
      ['Indicator', 'Wert'],
      ['defective vehicles recalled in 2023', '6.728.000'],
      ['effective implementation rate of national standards', '93,7%'],
    ]);
    b.select('EU', 'A1:B3');
    const { results } = await check(b);
    expect(results.items.map((i) => i.verdict)).toEqual(['verified', 'verified']);
  });

  it('skips dates beside the values', async () => {
    const b = new FakeWorkbook();
    const s = b.sheet('Dated');
    s.put(0, 0, [
      ['Indicator', 'Value', 'Checked'],
      ['defective vehicles recalled in 2023', 6728000, 45351],
    ]);
    s.at('C2').format = 'yyyy-mm-dd';
    b.select('Dated', 'A1:C2');
    const { results } = await check(b);
    expect(results.items.map((i) => i.address)).toEqual(['B2']);
  });
});

describe('marks that differ without colour, and fewer marks', () => {
  it('gives contradicted marks a pattern as well as a fill, and clears it', async () => {
    const { book: b, s } = book();
    const before = snapshot(s);
    await check(b);
    expect(s.at('B3').fill).toMatchObject({ color: VERDICT_FILL.contradicted, ...CONTRADICTED_PATTERN });
    expect(s.at('B5').fill?.pattern).toBe('Solid');
    await clear(b);
    expect(snapshot(s)).toEqual(before);
  });

  it('marks contradicted cells only when asked, listing every figure', async () => {
    const { book: b, s } = book();
    const { results } = await check(b, { markVerdicts: new Set(['contradicted'] as const) });
    expect(results.items).toHaveLength(4);
    expect(s.at('B3').fill?.color).toBe(VERDICT_FILL.contradicted);
    expect(s.at('B5').fill).toBeUndefined();
    expect(s.at('B2').fill).toEqual(YELLOW);
  });

  it("leaves an earlier version's records and marks in place, and keeps its store", async () => {
    const { book: b, s } = book();
    // A mark of the first version: its note has no mark id; its record is keyed by sheet name and address.
    s.put(6, 0, [['local standards filed', 10751]]);
    s.at('B7').fill = { color: VERDICT_FILL.verified, pattern: 'Solid', patternColor: '#000000' };
    s.at('B7').note = 'Figure Check: verified\nMatches the official figure.';
    const v1 = [
      ['Figure Check marks v1', 'address', 'hadFill', 'color', 'hadNote', 'noteText'],
      ['Recalls', 'B7', '0', '', '0', ''],
    ];
    const store = b.sheet(STORE_SHEET);
    store.visibility = 'VeryHidden';
    store.put(0, 0, v1);
    const before = snapshot(s);
    await check(b);
    expect(s.at('B2').fill?.color).toBe(VERDICT_FILL.verified);
    const result = await clear(b);
    expect(result.legacy).toBe(1);
    expect(result.restored).toBeGreaterThan(0);
    // This version's marks are gone; the earlier one's cell and records are as they were.
    expect(snapshot(s)).toEqual(before);
    const kept = b.sheets.find((x) => x.name === STORE_SHEET);
    expect(kept?.usedBox()).toMatchObject({ rowIndex: 0, rowCount: 2 });
    expect(kept?.at('A2').value).toBe('Recalls');
    // Clearing again finds nothing of this version's and still keeps the earlier records.
    expect(await clear(b)).toMatchObject({ restored: 0, keptUserChanges: 0, legacy: 1 });
  });
});
