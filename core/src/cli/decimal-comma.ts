/**
 * Semicolon-separated CSV is what spreadsheets in decimal-comma locales (German, French, Russian
 * ...) export: there "3,5" is three and a half and "1.234" is one thousand two hundred and
 * thirty-four. checkTable reads numbers in the decimal-point convention, so such cells are
 * handed to it as numbers already read.
 */
import type { CellValue } from '../check/check-table.ts';
import { parsePlainNumber } from '../rules/numbers.ts';

/**
 * The cells of a decimal-comma sheet, with every cell whose number reads differently in the
 * decimal-comma convention ("3,5", "1.234", "1 234,5") given as that number; all other cells,
 * years and labels among them, stay as written.
 */
export function readDecimalCommaCells(rows: readonly string[][]): CellValue[][] {
  return rows.map((row) =>
    row.map((cell) => {
      const comma = parsePlainNumber(cell, ',');
      return comma !== undefined && comma !== parsePlainNumber(cell, '.') ? comma : cell;
    }),
  );
}
