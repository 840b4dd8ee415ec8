import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkTable, type CellValue } from '../src/check/check-table.ts';

const set = builtinSet();
const check = (values: CellValue[][], extra: Partial<Parameters<typeof checkTable>[0]> = {}) =>
  checkTable({ values, ...extra }, set);
const at = (report: ReturnType<typeof check>, row: number, col: number) =>
  report.cells.find((c) => c.row === row && c.col === col);
const cell = (report: ReturnType<typeof check>, row: number, col: number) => {
  const c = report.cells.find((x) => x.row === row && x.col === col);
  expect(c, `no checked cell at ${row},${col}`).toBeDefined();
  return c!;
};

describe('checkTable', () => {
  it('labels on the left', () => {
    const r = check([
      ['National standards', 44499],
      ['Defective vehicles recalled', 6728000],
      ['Stadium seats', 65000],
    ]);
    expect(cell(r, 0, 1).verdict).toBe('verified');
    expect(cell(r, 1, 1).verdict).toBe('verified');
    expect(cell(r, 2, 1).verdict).toBe('unverified');
  });

  it('headers on top', () => {
    const r = check([
      ['National standards', 'Industry standards filed', 'Local standards filed'],
      [44499, 80828, 69709],
    ]);
    expect(r.cells.map((c) => c.verdict)).toEqual(['verified', 'verified', 'verified']);
  });

  it('both, with the year in the header', () => {
    const r = check([
      ['Measure', '2023'],
      ['Defective vehicles recalled', 7280000],
      ['Defective consumer products recalled', 10420000],
    ]);
    expect(cell(r, 1, 1).verdict).toBe('contradicted');
    expect(cell(r, 1, 1).explanation).toMatch(/6,728,000/);
    expect(cell(r, 2, 1).verdict).toBe('verified');
  });

  it("a year in the header that is not the figure's period is not a contradiction", () => {
    const r = check([
      ['Measure', '2021'],
      ['National standards', 43000],
    ]);
    expect(cell(r, 1, 1).verdict).toBe('unverified');
  });

  it('fractions formatted as percent, and percentages', () => {
    const r = check(
      [
        ['Effective implementation rate of national standards', 0.937],
        ['Qualification rate of manufacturing products', '93.65%'],
      ],
      {
        numberFormats: [
          ['General', '0.0%'],
          ['General', 'General'],
        ],
      },
    );
    expect(cell(r, 0, 1).checkedValue).toBeCloseTo(93.7);
    expect(cell(r, 0, 1).verdict).toBe('verified');
    expect(cell(r, 1, 1).verdict).toBe('verified');
  });

  it('a rate label makes a fraction a percentage even without a format', () => {
    const r = check([['Effective implementation rate of national standards', 0.937]]);
    expect(cell(r, 0, 1).unit).toBe('percent');
    expect(cell(r, 0, 1).verdict).toBe('verified');
  });

  it('text cells that state figures', () => {
    const r = check([
      ['Standards', '44,499 national standards'],
      ['Recalls', 'nearly 6.73 million defective vehicles'],
    ]);
    expect(cell(r, 0, 1).verdict).toBe('verified');
    expect(cell(r, 1, 1).verdict).toBe('approximate');
  });

  it("a source column's date is when the source was published, not the row's period", () => {
    const r = check(
      [
        ['Jurisdiction', 'Campaigns', 'Vehicles affected (million)', 'Source'],
        ['China', 233, 11.237, 'SAMR notice, March 2025'],
      ],
      { caption: 'Table 1: Vehicle recalls, 2024' },
    );
    expect(cell(r, 1, 1).verdict).toBe('verified');
    expect(cell(r, 1, 2).verdict).toBe('verified');
  });

  it('skips empty cells and counts nothing checkable in a label-only range', () => {
    const r = check([
      ['Name', ''],
      ['', null],
    ]);
    expect(r.cells).toEqual([]);
    expect(r.checkable).toBe(0);
  });

  it('merged-looking headers carry over to the blank cells on their right', () => {
    const r = check([
      ['', 'Recalled in 2023', ''],
      ['', 'Defective vehicles', 'Defective consumer products'],
      ['China', 6728000, 10420000],
    ]);
    expect(cell(r, 2, 1).verdict).toBe('verified');
    expect(cell(r, 2, 2).verdict).toBe('verified');
    expect(cell(r, 2, 2).labels).toMatch(/Recalled in 2023/);
  });

  it('scale words in labels', () => {
    const r = check([['Defective vehicles recalled (million)', 6.728]]);
    expect(cell(r, 0, 1).checkedValue).toBe(6728000);
    expect(cell(r, 0, 1).verdict).toBe('verified');
  });

  it('reports cells at their sheet position when given offsets and outside labels', () => {
    const r = check([[44499]], { rowOffset: 4, colOffset: 2, columnLabels: ['National standards'] });
    expect(cell(r, 4, 2).verdict).toBe('verified');
  });
});

describe('checkTable: labels that name another measure', () => {
  it('does not verify a number against a figure the label does not name, even with the same value', () => {
    // 45.3% is the growth of group standards; the label names the implementation rate (93.7%).
    const r = check([['effective implementation rate of national standards', '45.3%']]);
    expect(cell(r, 0, 1).verdict).toBe('unverified');
  });

  it('"in force" makes a count a stock: the year\'s new standards do not verify it', () => {
    const r = check([['national standards in force', 2902]]);
    expect(cell(r, 0, 1).verdict).toBe('unverified');
    expect(cell(r, 0, 1).figure).toBeNull();
  });

  it('takes headerRows when given, so a block of text rows is not read as headers', () => {
    const r = check([['Defective vehicles recalled'], [6728000]], {
      headerRows: 0,
      columnLabels: ['Recalls 2023'],
    });
    expect(r.cells).toHaveLength(1);
    expect(cell(r, 1, 0).labels).toBe('Recalls 2023');
  });
});

// Grids as the Excel add-in and `factcheck sheet` hand them over (the add-in has no table logic).
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

describe('a label whose unit is a currency code glued to its scale ("RMBbn")', () => {
  it("scales the row's bare numbers and makes them yuan", () => {
    const values = [
      ['Item', '2023'],
      ['Certification revenue (RMBbn)', '50.3'],
    ];
    const report = checkTable({ values }, builtinSet());
    expect(report.cells.find((c) => c.text === '50.3')?.verdict).toBe('verified');
  });
});

describe('certification is not certificates (the stems the lexicon keeps apart)', () => {
  it('"Certification revenue … YoY +12%" is no growth of valid certificates (nearly 12%)', () => {
    const values = [
      ['Item', '2023', 'YoY'],
      ['Certification revenue (RMBbn)', '50.3', '+12%'],
    ];
    const report = checkTable({ values }, builtinSet());
    expect(report.cells.find((c) => c.text.includes('12%'))?.verdict).toBe('unverified');
  });
});
