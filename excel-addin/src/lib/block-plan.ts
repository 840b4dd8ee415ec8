/**
 * Planning the reads of a large range: blocks of whole rows, small enough that one block's
 * values and number formats come back in one `context.sync()` without stalling Excel.
 */

/** A rectangular range by zero-based indexes, as `Range.rowIndex`/`columnIndex` give them. */
export interface RangeShape {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** One block: rows [startRow, startRow + rowCount) of the range, all its columns. Rows are sheet rows. */
export interface Block {
  index: number;
  startRow: number;
  rowCount: number;
  columnIndex: number;
  columnCount: number;
}

/** Rows per block at most (the suggestion), and cells per block at most (for wide ranges). */
const MAX_BLOCK_ROWS = 5_000;
const MAX_BLOCK_CELLS = 50_000;

/** Splits a range into row blocks; an empty range has no blocks. */
export function planBlocks(shape: RangeShape, maxRows = MAX_BLOCK_ROWS, maxCells = MAX_BLOCK_CELLS): Block[] {
  if (shape.rowCount <= 0 || shape.columnCount <= 0) return [];
  const rowsPerBlock = Math.max(1, Math.min(maxRows, Math.floor(maxCells / shape.columnCount)));
  const blocks: Block[] = [];
  for (let start = 0; start < shape.rowCount; start += rowsPerBlock) {
    blocks.push({
      index: blocks.length,
      startRow: shape.rowIndex + start,
      rowCount: Math.min(rowsPerBlock, shape.rowCount - start),
      columnIndex: shape.columnIndex,
      columnCount: shape.columnCount,
    });
  }
  return blocks;
}

/** Cells in a range: the size the progress bar counts. */
export function cellCount(shape: RangeShape): number {
  return Math.max(0, shape.rowCount) * Math.max(0, shape.columnCount);
}

/** The part of `shape` inside `used` (a whole-column selection is clipped to the used range). */
export function clipToUsed(shape: RangeShape, used: RangeShape | null): RangeShape {
  if (!used) return { ...shape, rowCount: 0, columnCount: 0 };
  const top = Math.max(shape.rowIndex, used.rowIndex);
  const left = Math.max(shape.columnIndex, used.columnIndex);
  const bottom = Math.min(shape.rowIndex + shape.rowCount, used.rowIndex + used.rowCount);
  const right = Math.min(shape.columnIndex + shape.columnCount, used.columnIndex + used.columnCount);
  return {
    rowIndex: top,
    columnIndex: left,
    rowCount: Math.max(0, bottom - top),
    columnCount: Math.max(0, right - left),
  };
}
