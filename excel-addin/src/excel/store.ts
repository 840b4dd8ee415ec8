/**
 * The hidden store of original fills and notes: a very hidden worksheet, "FactCheckMarks",
 * one text row per touched cell (see lib/marks.ts for the columns). It lives in the workbook,
 * so "Clear marks" works after the pane is closed, Excel restarts or the file is shared.
 */
import { STORE_COLUMNS, STORE_HEADER, encodeRecord, type MarkRecord } from '../lib/marks.ts';

export const STORE_SHEET = 'FactCheckMarks';

/** Queues the store sheet's creation (very hidden, text columns, header row) if it is missing. */
export function ensureStoreSheet(context: Excel.RequestContext, exists: boolean): Excel.Worksheet {
  if (exists) return context.workbook.worksheets.getItem(STORE_SHEET);
  const sheet = context.workbook.worksheets.add(STORE_SHEET);
  sheet.visibility = 'VeryHidden';
  writeRows(sheet, 0, [[...STORE_HEADER]]);
  return sheet;
}

/** Queues rows of text at `startRow` (the cells are formatted as text first, so "=1" stays text). */
export function writeRows(sheet: Excel.Worksheet, startRow: number, rows: string[][]): void {
  if (rows.length === 0) return;
  const range = sheet.getRangeByIndexes(startRow, 0, rows.length, STORE_COLUMNS);
  range.numberFormat = rows.map((r) => r.map(() => '@'));
  range.values = rows;
}

/** Queues records to be appended after `nextRow`. */
export function appendRecords(
  sheet: Excel.Worksheet,
  nextRow: number,
  records: readonly MarkRecord[],
): number {
  writeRows(sheet, nextRow, records.map(encodeRecord));
  return nextRow + records.length;
}
