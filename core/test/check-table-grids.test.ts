/**
 * checkTable on grids as the Excel add-in and `factcheck sheet` hand them over.
 * (Written from the add-in's side; the add-in itself has no table logic.)
 */
import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkTable, type CellValue } from '../src/check/check-table.ts';

const set = builtinSet();
const check = (values: CellValue[][], extra: Partial<Parameters<typeof checkTable>[0]> = {}) =>
  checkTable({ values, ...extra }, set);
const at = (report: ReturnType<typeof check>, row: number, col: number) =>
  report.cells.find((c) => c.row === row && c.col === col);

describe('table logic (core checkTable from the add-in)', () => {
  it('reads the label to the left of a value', () => {
    const r = check([
      ['defective vehicles recalled', 6728000],
      ['defective vehicles recalled', 7280000],
    ]);
    expect(at(r, 0, 1)?.verdict).toBe('verified');
    expect(at(r, 1, 1)?.verdict).toBe('contradicted');
    expect(at(r, 1, 1)?.figure?.measureKey).toBe('defective-vehicles-recalled');
    expect(r.summary).toMatchObject({ verified: 1, contradicted: 1, total: 2 });
  });

  it('reads the header above a column', () => {
    const r = check([
      ['national standards in force', 'local standards filed'],
      [44499, 10751],
    ]);
    expect(at(r, 1, 0)?.verdict).toBe('verified');
    expect(at(r, 1, 1)?.verdict).toBe('verified');
    expect(at(r, 1, 0)?.labels).toContain('national standards in force');
  });

  it('combines a row label and a column header', () => {
    const r = check([
      ['Measure', 'Official', 'Quoted'],
      ['defective vehicles recalled', 6728000, 6280000],
    ]);
    expect(at(r, 1, 1)?.verdict).toBe('verified');
    expect(at(r, 1, 2)?.verdict).toBe('contradicted');
  });

  it('takes labels and offsets from outside the range (a selection below the sheet header)', () => {
    const r = check([[6728000]], {
      columnLabels: ['defective vehicles recalled'],
      rowOffset: 9,
      colOffset: 2,
      sheetName: 'Recalls',
    });
    expect(r.cells[0]).toMatchObject({ row: 9, col: 2, verdict: 'verified' });
  });

  it('understands a rate stored as a fraction with a % number format', () => {
    const r = check([['effective implementation rate of national standards', 0.937]], {
      numberFormats: [['General', '0.0%']],
    });
    expect(at(r, 0, 1)).toMatchObject({ checkedValue: 93.7, unit: 'percent', verdict: 'verified' });
  });

  it('understands a fraction next to a rate label without a format, and a written percentage', () => {
    const r = check([
      ['effective implementation rate of national standards', 0.937],
      ['effective implementation rate of national standards', '93.7%'],
      ['effective implementation rate of national standards', '39.7%'],
    ]);
    expect(at(r, 0, 1)?.verdict).toBe('verified');
    expect(at(r, 1, 1)?.verdict).toBe('verified');
    expect(at(r, 2, 1)?.verdict).toBe('contradicted');
  });

  it('checks a text cell that states a figure', () => {
    const r = check([['Note', 'There were 44,499 national standards in force by the end of 2023']]);
    const cell = at(r, 0, 1);
    expect(cell?.text).toBe('44,499');
    expect(cell?.verdict).toBe('verified');
  });

  it('skips empty cells and plain text, and counts what is checkable', () => {
    const r = check([
      ['', null, 'just words'],
      [undefined, 'national standards in force', 44499],
      ['', '', ''],
    ]);
    expect(r.checkable).toBe(1);
    expect(r.cells).toHaveLength(1);
    expect(
      check([
        ['a', 'b'],
        ['c', ''],
      ]).checkable,
    ).toBe(0);
  });

  it('carries a merged-looking header over the blank cells to its right', () => {
    const r = check([
      ['national standards', '', ''],
      ['in force', 'approved and released', 'samples'],
      [44499, 2902, 'n/a'],
    ]);
    expect(at(r, 2, 0)?.verdict).toBe('verified');
    expect(at(r, 2, 1)?.verdict).toBe('verified');
    expect(at(r, 2, 1)?.labels).toContain('national standards');
  });

  it('applies a scale word in the label', () => {
    const r = check([['defective vehicles recalled (million)', 6.728]]);
    expect(at(r, 0, 1)).toMatchObject({ checkedValue: 6728000, verdict: 'verified' });
  });

  it('leaves a year in a label column alone', () => {
    const r = check([[2023, 'defective vehicles recalled', 6728000]]);
    expect(r.cells.map((c) => c.col)).toEqual([2]);
  });
});
