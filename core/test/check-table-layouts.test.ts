/**
 * Table layouts as analysts keep them (issue #11): dates and identifiers beside values, years
 * that are figures, a row's own period cell followed by a source column, decimal-comma numbers,
 * unit columns, grouped labels, and very long or very wide tables.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkTable, type CellValue, type TableInput } from '../src/check/check-table.ts';
import { runCli } from '../src/cli/cli.ts';

const set = builtinSet();
const check = (values: CellValue[][], extra: Partial<TableInput> = {}) =>
  checkTable({ values, ...extra }, set);
const at = (report: ReturnType<typeof check>, row: number, col: number) =>
  report.cells.find((x) => x.row === row && x.col === col);
const cols = (report: ReturnType<typeof check>) => report.cells.map((c) => `${c.row},${c.col}`);

describe('dates and identifiers are not figures', () => {
  it('skips cells Excel reports as dates or times (numberFormatCategories)', () => {
    const r = check(
      [
        ['Indicator', 'Value', 'Checked on', 'At'],
        ['defective vehicles recalled', 6728000, 45351, 0.5],
      ],
      { numberFormatCategories: [[], ['General', 'Number', 'Date', 'Time']] },
    );
    expect(cols(r)).toEqual(['1,1']);
  });

  it('skips numbers shown with a date or time format when no categories are given', () => {
    const r = check(
      [
        ['Indicator', 'Value', 'Seen', 'Time'],
        ['defective vehicles recalled', 6728000, 45351, 0.75],
      ],
      { numberFormats: [[], ['General', '#,##0', 'yyyy-mm-dd', 'h:mm']] },
    );
    expect(cols(r)).toEqual(['1,1']);
  });

  it('skips error values (valueTypes)', () => {
    const r = check([['defective vehicles recalled', 6728000, 17870]], {
      valueTypes: [['String', 'Double', 'Error']],
    });
    expect(cols(r)).toEqual(['0,1']);
  });

  it('does not check ID, rank or code columns', () => {
    const r = check([
      ['ID', 'Rank', 'Region code', 'Indicator', 'Value'],
      [2056, 3, 110000, 'defective vehicles recalled', 6728000],
      [17870, 1, 120000, 'national standards in force', 44499],
    ]);
    expect(cols(r)).toEqual(['1,4', '2,4']);
    expect(r.cells.map((c) => c.verdict)).toEqual(['verified', 'verified']);
  });

  it('a Date or Updated column is not the period of the row', () => {
    const r = check([
      ['Indicator', 'Value', 'Updated'],
      ['defective vehicles recalled', 6728000, '2022'],
    ]);
    expect(at(r, 1, 1)?.verdict).toBe('verified');
    expect(cols(r)).toEqual(['1,1']);
  });
});

describe('years and periods', () => {
  it('checks a figure between 1900 and 2099 in a value column (2,056 specifications)', () => {
    const r = check([
      ['Indicator', 'Value'],
      ['national measurement technical specifications issued', 2056],
      ['national measurement technical specifications issued', 2065],
    ]);
    expect(at(r, 1, 1)?.verdict).toBe('verified');
    expect(at(r, 2, 1)?.verdict).toBe('contradicted');
  });

  it("takes the period from the row's Year column even when a Source column follows", () => {
    const r = check([
      ['Measure', 'Year', 'Value', 'Source'],
      ['defective vehicles recalled', 2019, 6728000, 'SCIO'],
      ['defective vehicles recalled', 2023, 6728000, 'SCIO'],
      ['national standards in force', 2021, 44499, 'NBS'],
      ['defective vehicles recalled', 2022, 6728000, 'SCIO'],
    ]);
    expect(cols(r)).toEqual(['1,2', '2,2', '3,2', '4,2']);
    // A year the set has no figure for: unverified; 2023: verified; 2022 has its own figure
    // (448.8万), so 2023's value written for 2022 is contradicted, with that year's figure.
    expect(at(r, 1, 2)?.verdict).toBe('unverified');
    expect(at(r, 2, 2)?.verdict).toBe('verified');
    expect(at(r, 3, 2)?.verdict).toBe('unverified');
    expect(at(r, 4, 2)).toMatchObject({ verdict: 'contradicted', figure: { value: 4488000 } });
  });
});

describe('numbers written with a decimal comma', () => {
  const euro = { numberCulture: { decimalSeparator: ',' as const } };
  it('reads "6.728.000", "44.499", "93,7%" and "0,9365" in text cells', () => {
    const r = check(
      [
        ['Indicator', 'Value'],
        ['defective vehicles recalled', '6.728.000'],
        ['national standards in force', '44.499'],
        ['effective implementation rate of national standards', '93,7%'],
        ['qualification rate of manufacturing products', '0,9365'],
        ['Note', 'more than 17.000 accredited conformity assessment bodies'],
      ],
      { ...euro, numberFormats: [[], [], [], [], ['', '0.00%'], []] },
    );
    expect(r.cells.map((c) => [c.checkedValue, c.verdict])).toEqual([
      [6728000, 'verified'],
      [44499, 'verified'],
      [93.7, 'verified'],
      [93.65, 'verified'],
      [17000, 'approximate'],
    ]);
  });

  it('keeps reading "44,499" as forty-four thousand without the option', () => {
    const r = check([['national standards in force', '44,499']]);
    expect(at(r, 0, 1)).toMatchObject({ checkedValue: 44499, verdict: 'verified' });
  });
});

describe('unit columns', () => {
  it('scale the value: million, billion yuan, 100 million yuan, 万, 亿元', () => {
    const revenue = 'annual revenue of the inspection and testing institutions';
    const r = check([
      ['Indicator', 'Value', 'Unit'],
      ['defective vehicles recalled', 6.728, 'million'],
      [revenue, 470, 'billion yuan'],
      [revenue, 4700, '100 million yuan'],
      ['defective vehicles recalled', 672.8, '万'],
      [revenue, 4700, '亿元'],
    ]);
    // The unit cells themselves ("100 million yuan") are not figures.
    expect(cols(r)).toEqual(['1,1', '2,1', '3,1', '4,1', '5,1']);
    expect(r.cells.map((c) => [c.checkedValue, c.verdict])).toEqual([
      [6728000, 'verified'],
      [470e9, 'verified'],
      [470e9, 'verified'],
      [6728000, 'verified'],
      [470e9, 'verified'],
    ]);
  });
});

describe('grouped labels', () => {
  it('carries a group label left blank under its first row', () => {
    const r = check([
      ['Group', 'Indicator', 'Value'],
      ['Recalls of defective', 'vehicles recalled', 6728000],
      ['', 'consumer products recalled', 10420000],
    ]);
    expect(at(r, 2, 2)?.labels).toContain('Recalls of defective');
    expect(at(r, 2, 2)?.verdict).toBe('verified');
  });
});

describe('size', () => {
  it('checks 150,000 rows without overflowing the call stack', () => {
    const values: CellValue[][] = Array.from({ length: 150_000 }, () => ['']);
    values[149_999] = ['defective vehicles recalled', 6728000];
    const r = check(values);
    expect(r.cells).toHaveLength(1);
    expect(r.cells[0]).toMatchObject({ row: 149_999, verdict: 'verified' });
  });

  it('labels a cell of a 3,000-column row with at most a handful of label cells', () => {
    const row: CellValue[] = ['defective vehicles recalled'];
    for (let i = 0; i < 1_500; i++) row.push(`note ${i}`, 6728000);
    const r = check([row]);
    const last = r.cells[r.cells.length - 1];
    expect(last?.labels.split('note').length).toBeLessThanOrEqual(8);
    expect(last?.labels).toContain('defective vehicles recalled');
  });
});

describe('factcheck sheet', () => {
  it("does not take the file's folders as context", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'fc-sheet-')), 'defective vehicles recalled');
    mkdirSync(dir);
    const path = join(dir, 'figures.csv');
    writeFileSync(path, 'Indicator,Value\nRecalled,6728000\n');
    let out = '';
    let err = '';
    await runCli(['sheet', path, '--json'], {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      readStdin: () => Promise.resolve(Buffer.from('')),
      stdinIsTTY: false,
    });
    expect(err).toBe('');
    const json = JSON.parse(out) as { cells: Array<{ verdict: string }> };
    expect(json.cells.map((c) => c.verdict)).toEqual(['unverified']);
  });
});
