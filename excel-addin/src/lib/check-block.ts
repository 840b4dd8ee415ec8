/**
 * Checking one block of a range with core's `checkTable`: the add-in adds only what it read
 * around the block (the sheet's header row above a selection, label cells left of it, the
 * range's own header rows for blocks after the first). All matching is core's.
 */
import {
  checkTable,
  detectHeaderRows,
  isFigureCell,
  type CellValue,
  type CheckedCell,
  type FigureSet,
  type NumberCulture,
} from '@figure-check/core';
import type { Block } from './block-plan.ts';

export type Grid<T> = ReadonlyArray<ReadonlyArray<T>>;

/** What was read for one block, plus the context around it. */
export interface BlockRead {
  block: Block;
  sheetName: string;
  values: Grid<CellValue>;
  numberFormats?: Grid<string | null | undefined>;
  /** Excel's number format categories ("Date", "Time", ...): dates and times are not figures. */
  numberFormatCategories?: Grid<string | null | undefined>;
  /** The workbook's decimal separator, for numbers typed as text ("93,7%"). */
  numberCulture?: NumberCulture;
  /** Header text per column of the range, from the sheet's header row above the range. */
  columnLabels?: ReadonlyArray<string | undefined>;
  /** Label text per row of the block, from cells left of the range. */
  rowLabels?: ReadonlyArray<string | undefined>;
  /** The range's leading header rows (values, formats), repeated for blocks after the first. */
  lead?: LeadRows;
}

/** The leading rows of a range that hold no figures, i.e. its headers. */
export interface LeadRows {
  values: Grid<CellValue>;
  numberFormats?: Grid<string | null | undefined>;
}

function isEmpty(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * The leading header rows of a range's first block, as core's table check detects them:
 * repeated above later blocks so that core reads the same column headers for every block.
 */
export function leadRows(
  values: Grid<CellValue>,
  numberFormats?: Grid<string | null | undefined>,
  culture?: NumberCulture,
): LeadRows {
  const n = detectHeaderRows(values, culture);
  const lead: LeadRows = { values: values.slice(0, n) };
  if (numberFormats) lead.numberFormats = numberFormats.slice(0, n);
  return lead;
}

/** The header labels of a sheet row (text cells; numbers other than years are not labels). */
export function headerLabels(row: ReadonlyArray<CellValue>): (string | undefined)[] {
  return row.map((v) =>
    isEmpty(v) || isFigureCell(v) || typeof v === 'boolean' ? undefined : String(v).trim(),
  );
}

/** Joins the text cells left of a range into one label per row. */
export function rowLabelsFrom(left: Grid<CellValue>): (string | undefined)[] {
  return left.map((row) => {
    const text = row
      .filter((v) => !isEmpty(v) && !isFigureCell(v) && typeof v !== 'boolean')
      .map((v) => String(v).trim());
    return text.length > 0 ? text.join(' ') : undefined;
  });
}

/** Checks one block; cells come back with sheet-absolute zero-based row and col. */
export function checkBlock(read: BlockRead, set: FigureSet): CheckedCell[] {
  const { block } = read;
  const first = block.index === 0;
  // Later blocks get the range's header rows repeated above them, and say so, so that core reads
  // the same column headers for every block and never takes a block's first rows for headers.
  const prefix: Grid<CellValue> = first ? [] : (read.lead?.values ?? []);
  const prefixFormats: Grid<string | null | undefined> = first
    ? []
    : (read.lead?.numberFormats ?? prefix.map(() => []));
  const values = prefix.length > 0 ? [...prefix, ...read.values] : read.values;
  const input: Parameters<typeof checkTable>[0] = {
    values,
    sheetName: read.sheetName,
    rowOffset: block.startRow - prefix.length,
    colOffset: block.columnIndex,
  };
  if (!first) input.headerRows = prefix.length;
  if (read.numberFormats)
    input.numberFormats = prefix.length > 0 ? [...prefixFormats, ...read.numberFormats] : read.numberFormats;
  if (read.numberFormatCategories)
    input.numberFormatCategories =
      prefix.length > 0
        ? [...prefix.map(() => []), ...read.numberFormatCategories]
        : read.numberFormatCategories;
  if (read.numberCulture) input.numberCulture = read.numberCulture;
  if (read.columnLabels) input.columnLabels = read.columnLabels;
  if (read.rowLabels)
    input.rowLabels =
      prefix.length > 0 ? [...prefix.map(() => undefined), ...read.rowLabels] : read.rowLabels;
  const report = checkTable(input, set);
  return prefix.length > 0 ? report.cells.filter((c) => c.row >= block.startRow) : report.cells;
}
