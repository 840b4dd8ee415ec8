/**
 * What Excel's layout means for one block before core checks it: cells in hidden or filtered
 * rows and columns are not checked, and a merged label stands for every cell it covers.
 */
import type { CellValue } from '@figure-check/core';
import type { Rect } from './address.ts';

/**
 * Blanks the cells outside the visible areas (rows hidden by hand or by a filter, hidden
 * columns) so that they are neither checked nor marked. `visible` null means all are visible.
 */
export function blankHidden(
  values: CellValue[][],
  origin: { rowIndex: number; columnIndex: number },
  visible: readonly Rect[] | null,
): number {
  if (visible === null) return 0;
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const shown: boolean[][] = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  for (const a of visible) {
    const r0 = Math.max(0, a.rowIndex - origin.rowIndex);
    const r1 = Math.min(rows, a.rowIndex + a.rowCount - origin.rowIndex);
    const c0 = Math.max(0, a.columnIndex - origin.columnIndex);
    const c1 = Math.min(cols, a.columnIndex + a.columnCount - origin.columnIndex);
    for (let r = r0; r < r1; r++) {
      const line = shown[r];
      if (line) for (let c = c0; c < c1; c++) line[c] = true;
    }
  }
  let hidden = 0;
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (shown[r]?.[c]) return;
      if (v !== '' && v !== null && v !== undefined) hidden++;
      row[c] = '';
    }),
  );
  return hidden;
}

/**
 * Spreads a merged cell's label (text) over the cells it covers, so each row or column under a
 * merged group label is read with it. Numbers stay in their one cell: a merged figure is one figure.
 */
export function spreadMergedLabels(
  values: CellValue[][],
  origin: { rowIndex: number; columnIndex: number },
  merged: readonly Rect[],
): void {
  for (const a of merged) {
    const r0 = a.rowIndex - origin.rowIndex;
    const c0 = a.columnIndex - origin.columnIndex;
    const top = values[r0]?.[c0];
    if (typeof top !== 'string' || top.trim() === '' || /^[\d\s.,%+-]+$/.test(top)) continue;
    for (let r = Math.max(0, r0); r < Math.min(values.length, r0 + a.rowCount); r++) {
      const row = values[r];
      if (!row) continue;
      for (let c = Math.max(0, c0); c < Math.min(row.length, c0 + a.columnCount); c++)
        if (row[c] === '' || row[c] === null || row[c] === undefined) row[c] = top;
    }
  }
}
