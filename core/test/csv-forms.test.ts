import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../src/set/csv.ts';
import { cli, file } from './cli-harness.ts';

interface CellJson {
  row: number;
  col: number;
  verdict: string;
  checkedValue: number;
  figure: string | null;
}

describe('CSV forms people export', () => {
  it('reads a one-column CSV', () => {
    expect(parseCsvTable('National standards\n44499\n2100\n')).toEqual({
      rows: [['National standards'], ['44499'], ['2100']],
      delimiter: ',',
    });
  });

  it('checks a one-column sheet from the CLI', async () => {
    const { code, stderr } = await cli(['sheet', file('one.csv', 'National standards\n44499\n'), '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('detects semicolons, and then reads numbers with a decimal comma', async () => {
    const text =
      'Indicator;2023\nNational standards (end of year);44.499\nEffective implementation rate of national standards (%);93,7\n';
    expect(parseCsvTable(text).delimiter).toBe(';');
    const { stdout, code } = await cli(['sheet', file('semi.csv', text), '--json']);
    expect(code).toBe(0);
    const { cells } = JSON.parse(stdout) as { cells: CellJson[] };
    const at = (row: number) => cells.find((c) => c.row === row && c.col === 1);
    expect(at(1)?.verdict).toBe('verified');
    expect(at(1)?.checkedValue).toBe(44499);
    expect(at(2)?.verdict).toBe('verified');
    expect(at(2)?.checkedValue).toBeCloseTo(93.7);
  });

  it('leaves comma-separated numbers in the decimal-point convention', () => {
    expect(parseCsvTable('a,b\nx,"44,499"\n').rows[1]).toEqual(['x', '44,499']);
  });
});
